/** Hostile strings in every free-text field and in file names, through every format: nothing reaches a terminal or a log raw. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formatters/names.js';
import { ROOT } from '../cli/run-cli.js';
import { cli, HOSTILE, plant, scalarPaths } from './harness.js';

/** Raw characters no human format may carry from an input (newline aside, checked per format). */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2028\u2029]/;

const BASE = readFileSync(path.join(ROOT, 'examples/overdue.yaml'), 'utf8');

describe('hostile strings in every field × every format', () => {
  it('no raw control or bidi character, no forged line, no mention or autolink', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-hostile-'));
    mkdirSync(path.join(dir, 'in'));
    const paths = scalarPaths(BASE);
    HOSTILE.forEach((value, h) => paths.forEach((p, i) => i % HOSTILE.length !== h || writeFileSync(path.join(dir, 'in', `h${h}-${i}.yaml`), plant(BASE, p, value))));
    // Hostile file names too (newline, escape, bidi).
    writeFileSync(path.join(dir, 'in', 'name\u001b[31m\u202e.yaml'), BASE.replace('  site: cn', '  site: nope'));
    writeFileSync(path.join(dir, 'in', 'line\n::error::x.yaml'), BASE);
    writeFileSync(path.join(dir, 'waivers.yaml'), `waivers:\n  - rule: arrears\n    reason: ${JSON.stringify(HOSTILE.join(' | '))}\n    owner: ${JSON.stringify(HOSTILE[7])}\n    expires: 2026-12-31\n`);
    const out = path.join(dir, 'out');
    const formats = FORMAT_NAMES.flatMap((name) => ['--format', `${name}=${path.join(out, `r.${name}`)}`]);
    const result = await cli(['check', path.join(dir, 'in'), '--as-of', '2026-11-26', '--quiet', '--verbose', '--waivers', path.join(dir, 'waivers.yaml'), ...formats]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: '' });
    const outputs = new Map(readdirSync(out).map((n) => [n, readFileSync(path.join(out, n), 'utf8')]));
    expect(outputs.size).toBe(FORMAT_NAMES.length);
    for (const name of ['r.text', 'r.markdown', 'r.html', 'r.csv', 'r.csv-bom', 'r.junit', 'r.github']) {
      const text = outputs.get(name)!;
      expect({ name, raw: RAW.exec(text)?.[0] }).toEqual({ name, raw: undefined });
      expect({ name, forged: /(^|\n)\s*::error file=forged/.test(text) }).toEqual({ name, forged: false });
      expect(text).toContain('u001b');
    }
    const markdown = outputs.get('r.markdown')!;
    expect(markdown).not.toMatch(/@octocat|https:\/\/evil|www\.evil/);
    expect(markdown).toContain('&#64;octocat');
    // JSON holds the exact value; github annotations stay one line each, each a workflow command or our own line.
    const json = JSON.parse(outputs.get('r.json')!);
    expect(JSON.stringify(json)).toContain(JSON.stringify(HOSTILE[0]).slice(1, -1));
    for (const line of outputs.get('r.github')!.split('\n')) expect(line === '' || /^(::|sha256 |clausecheck[ :])/.test(line)).toBe(true);
    expect(result.stderr).not.toMatch(RAW);
  });
});
