/**
 * Bundles the CLI so that each command reads, compiles and runs only what it uses (esbuild), then
 * writes a V8 code cache beside each file by running the CLI on representative commands: see
 * bin/bundle-loader.cjs. Run by `npm run build` and `npm test`; it does nothing when dist/ already
 * holds the build of the current sources (scripts/bundle-stamp.mjs), unless given --force.
 *
 * esbuild splits the code at every dynamic import (each command's code, each formatter, the worker
 * pool, the spinner, and the lazy imports of scripts/bundle-trims.mjs). Each piece becomes a
 * CommonJS module factory, and scripts/bundle-files.mjs groups them into files: dist/clausecheck.cjs
 * (what every command runs) and dist/chunks/*.cjs. The code is minified (whitespace and syntax;
 * names stay): in start-up, bytes read and compiled cost more than anything else. CommonJS, because
 * Node.js 20 can use a code cache only for scripts (vm.Script), not for ES modules.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { groupPieces } from './bundle-files.mjs';
import { toPiece } from './bundle-pieces.mjs';
import { forgetStamp, upToDate, writeStamp } from './bundle-stamp.mjs';
import { startupTrims } from './bundle-trims.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const ENTRY = 'clausecheck.cjs';
/** The code of the commands that must start fast (see scripts/bundle-files.mjs). */
const HOT = ['src/cli/check-run.ts', 'src/cli/agenda-run.ts', 'src/cli/info-run.ts', 'src/model/json-schema.ts', 'src/report/formatters/text.ts'];

// Nothing it is built from changed since the last build (scripts/bundle-stamp.mjs): keep it. --force builds anyway.
if (!process.argv.includes('--force') && upToDate(root, dist)) process.exit(0);
// Until this build has finished, dist/ holds no build that a stamp vouches for.
forgetStamp(dist);

// esbuild prints its own errors (with file, line and column); a failed build then exits 1 without a stack trace.
const result = await build({
  plugins: [startupTrims(root)],
  entryPoints: [path.join(root, 'src/cli/bundle-entry.ts')],
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  metafile: true,
  outdir: dist,
  entryNames: 'clausecheck',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  // import.meta does not exist in CommonJS: give the modules that use it their file's own URL.
  define: { 'import.meta.url': '__clausecheck_import_meta_url' },
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // Alibaba Cloud's SDK (optional dependencies, for `import --live` only) stays out of the bundle and is required only when used.
  external: ['@alicloud/*'],
  logLevel: 'warning',
}).catch(() => process.exit(1));

/** A piece's name: its path in dist, with / separators. */
const nameOf = (file) => path.relative(dist, path.resolve(root, file)).split(path.sep).join('/');

/**
 * Each piece (scripts/bundle-pieces.mjs), with the pieces it imports statically and dynamically.
 * Every character outside ASCII becomes an escape (they sit in comments and strings, where an
 * escape means the same): an ASCII source is a one-byte string in V8 (and reads the same as
 * Latin-1), read and hashed faster at start-up.
 */
const pieces = new Map();
for (const output of result.outputFiles) {
  const name = nameOf(output.path);
  // A lazy import's load (see LAZY_IMPORTS) is synchronous: the loader's require.
  const text = output.text.replace(/__clausecheck_sync\(import\(("[^"]+")\)\)/g, 'require($1)');
  if (text.includes('__clausecheck_sync')) throw new Error(`bundle: a lazy import in ${name} was not made synchronous`);
  const meta = result.metafile.outputs[path.relative(root, output.path).split(path.sep).join('/')];
  const imports = meta.imports.filter((i) => !i.external);
  const { helpers, code } = await toPiece(name, text);
  const url = code.includes('__clausecheck_import_meta_url') ? 'var __clausecheck_import_meta_url = require("node:url").pathToFileURL(__filename).href;\n' : '';
  pieces.set(name, {
    helpers,
    source: meta.entryPoint,
    code: `${url}${code}`.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
    static: imports.filter((i) => i.kind === 'import-statement').map((i) => nameOf(i.path)),
    dynamic: imports.filter((i) => i.kind === 'dynamic-import').map((i) => nameOf(i.path)),
  });
}

const files = groupPieces(pieces, ENTRY, (root) => HOT.includes(pieces.get(root).source));

/** The helpers a file's pieces use, each defined once, minified. */
async function fileHelpers(members) {
  const all = new Map();
  for (const m of members) {
    for (const [name, text] of pieces.get(m).helpers) {
      const known = all.get(name);
      // esbuild renames a helper's locals (name2, key2) where they would shadow a piece's own names: the same helper.
      if (known !== undefined && known.replace(/\b([a-z]+)\d+\b/g, '$1') !== text.replace(/\b([a-z]+)\d+\b/g, '$1')) throw new Error(`bundle: esbuild's helper ${name} differs between pieces; update the bundle script`);
      if (known === undefined) all.set(name, text);
    }
  }
  return (await transform([...all.values()].join(''), { minifyWhitespace: true, legalComments: 'none', logLevel: 'warning' })).code;
}
const where = Object.fromEntries([...files].flatMap(([file, members]) => members.filter((m) => m !== file).map((m) => [m, file])).sort());
const texts = await Promise.all(
  [...files].map(async ([file, members]) => {
    const factories = members.map((m) => `${JSON.stringify(m)}: function (exports, require, module, __filename, __dirname) {\n${pieces.get(m).code}},\n`);
    const homesTable = file === ENTRY ? `exports.homes = ${JSON.stringify(where)};\n` : '';
    return { name: file, text: `${await fileHelpers(members)}exports.modules = {\n${factories.join('')}};\n${homesTable}` };
  }),
);
const id = createHash('sha256').update(texts.map((g) => `${g.name}\n${g.text}`).join('\n')).digest('hex').slice(0, 24);
rmSync(path.join(dist, 'chunks'), { recursive: true, force: true });
rmSync(path.join(dist, `${ENTRY}.cache`), { force: true });
mkdirSync(path.join(dist, 'chunks'), { recursive: true });
for (const { name, text } of texts) writeFileSync(path.join(dist, name), `// clausecheck-build ${id}\n${text}`);

// Warm the caches on representative runs in one process: checks of the examples (text and JSON;
// with a config that sets options and a waiver), an agenda, and the commands that describe the
// tool. Exit codes 0-2 are results (one example is invalid on purpose); nothing may reach stderr.
const scratch = mkdtempSync(path.join(tmpdir(), 'clausecheck-bundle-'));
const config = path.join(scratch, 'config.yaml');
writeFileSync(config, 'rules:\n  access-key-age:\n    options:\n      warn_age_days: 60\nwaivers:\n  - rule: arrears\n    reason: a payment plan\n    owner: finance\n    expires: 2027-01-01\n');
const runs = [
  ['check', 'examples', '--as-of', '2026-11-26', '--format', 'text', '--format', `json=${path.join(scratch, 'r.json')}`],
  ['check', 'examples/overdue.yaml', '--as-of', '2026-11-26', '--config', config],
  ['agenda', 'examples/compliant.yaml', 'examples/overdue.yaml', '--as-of', '2026-11-26'],
  ['rules'],
  ['explain', 'arrears'],
  ['coverage'],
  ['schema'],
  ['--help'],
];
const warm = `const cli = require(${JSON.stringify(path.join(root, 'bin/bundle-loader.cjs'))}).loadBundle();
(async () => { for (const args of ${JSON.stringify(runs)}) await cli.main(args); })();`;
const run = spawnSync(process.execPath, ['-e', warm], {
  cwd: root,
  env: { ...process.env, CLAUSECHECK_CODE_CACHE: 'write' },
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
rmSync(scratch, { recursive: true, force: true });
if (run.status === null || run.status > 2 || run.stderr) {
  console.error(`bundle: the warm-up run failed (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
writeStamp(
  root,
  dist,
  Object.keys(result.metafile.inputs),
  [ENTRY, `${ENTRY}.cache`, ...readdirSync(path.join(dist, 'chunks')).map((name) => `chunks/${name}`)],
);
