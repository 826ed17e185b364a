/**
 * Bundles the CLI into one file, dist/clausecheck.cjs (esbuild), then writes its V8 code cache
 * (dist/clausecheck.cjs.cache) by running it once on the examples: see bin/bundle-loader.cjs.
 * Run by `npm run build` after tsc. CommonJS, because Node.js 20 can use a code cache only for
 * scripts (vm.Script), not for ES modules; modules the CLI imports dynamically (formatters, the
 * worker pool, the spinner) stay unevaluated until used.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = path.join(root, 'dist/clausecheck.cjs');

const result = await build({
  entryPoints: [path.join(root, 'src/cli/bundle-entry.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  write: false,
  outfile,
  // import.meta does not exist in CommonJS: give the modules that use it the bundle's own URL.
  define: { 'import.meta.url': '__clausecheck_import_meta_url' },
  banner: { js: 'var __clausecheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  legalComments: 'none',
  // Alibaba Cloud's SDK (optional dependencies, for `import --live` only) stays out of the bundle and is required only when used.
  external: ['@alicloud/*'],
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const id = createHash('sha256').update(code).digest('hex').slice(0, 24);
rmSync(`${outfile}.cache`, { force: true });
writeFileSync(outfile, `// clausecheck-build ${id}\n${code}`);

// Warm the cache on a representative run: the examples, text and JSON (exit 0–2 are results; 2 is expected, one example is invalid on purpose).
const scratch = mkdtempSync(path.join(tmpdir(), 'clausecheck-bundle-'));
const run = spawnSync(process.execPath, [path.join(root, 'bin/clausecheck.js'), 'check', 'examples', '--as-of', '2026-11-26', '--format', 'text', '--format', `json=${path.join(scratch, 'r.json')}`], {
  cwd: root,
  env: { ...process.env, CLAUSECHECK_CODE_CACHE: 'write', CLAUSECHECK_BUNDLE: '1' },
  encoding: 'utf8',
});
rmSync(scratch, { recursive: true, force: true });
if (run.status === null || run.status > 2 || run.stderr) {
  console.error(`bundle: the warm-up run failed (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
