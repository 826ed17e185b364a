import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetStamp, upToDate, writeStamp } from '../../scripts/bundle-stamp.mjs';

describe('the build stamp (npm test and npm run build skip a build of unchanged sources)', () => {
  it('vouches for a build until an input changes, an output goes missing, or a new build starts', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'clausecheck-stamp-'));
    const dist = path.join(root, 'dist');
    mkdirSync(path.join(root, 'src'));
    mkdirSync(path.join(dist, 'chunks'), { recursive: true });
    writeFileSync(path.join(root, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
    for (const out of ['clausecheck.cjs', 'chunks/x.cjs']) writeFileSync(path.join(dist, out), '');
    expect(upToDate(root, dist)).toBe(false); // no stamp yet
    writeStamp(root, dist, ['src/a.ts'], ['clausecheck.cjs', 'chunks/x.cjs']);
    expect(upToDate(root, dist)).toBe(true);
    appendFileSync(path.join(root, 'src/a.ts'), '// edited\n');
    expect(upToDate(root, dist)).toBe(false);
    writeStamp(root, dist, ['src/a.ts'], ['clausecheck.cjs', 'chunks/x.cjs']);
    appendFileSync(path.join(root, 'package-lock.json'), ' ');
    expect(upToDate(root, dist)).toBe(false); // a dependency changed
    writeStamp(root, dist, ['src/a.ts'], ['clausecheck.cjs', 'chunks/x.cjs']);
    rmSync(path.join(dist, 'chunks/x.cjs'));
    expect(upToDate(root, dist)).toBe(false);
    writeFileSync(path.join(dist, 'chunks/x.cjs'), '');
    expect(upToDate(root, dist)).toBe(true);
    forgetStamp(dist);
    expect(upToDate(root, dist)).toBe(false);
  });
});
