/**
 * Bundles the CLI into one file, dist/clausecheck.cjs (esbuild), then writes its V8 code cache
 * (dist/clausecheck.cjs.cache) by running it once on the examples: see bin/bundle-loader.cjs.
 * Run by `npm run build` after tsc. CommonJS, because Node.js 20 can use a code cache only for
 * scripts (vm.Script), not for ES modules; modules the CLI imports dynamically (formatters, the
 * worker pool, the spinner) stay unevaluated until used.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = path.join(root, 'dist/clausecheck.cjs');

/**
 * Start-up trims, each measured (docs/performance.md): zod's locales reduced to English (its 60
 * locales were a fifth of the bundle and only `en` is used), and commander's `child_process`
 * required on first use (it is needed only for executable subcommands, which clausecheck has none
 * of, and it pulls in net, dgram and streams), and string-width's segmenter and regular expressions
 * built on its first call.
 */
const startupTrims = {
  name: 'startup-trims',
  setup(b) {
    b.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: path.join(path.dirname(args.importer), args.path), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(path.join(path.dirname(args.path), 'en.js'))};`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error('bundle: commander changed; update the lazy child_process trim');
      const lazy = "const childProcess = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });";
      return { contents: source.replace(eager, lazy), loader: 'js' };
    });
    // string-width builds an Intl.Segmenter and four Unicode-property regular expressions when
    // loaded (40-80 ms, a third of a one-profile check); build them on its first call instead.
    // The text formatter measures printable ASCII itself, so a report without wide characters
    // on a pipe never calls it.
    b.onLoad({ filter: /string-width[\\/]index\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const imports = "import stripAnsi from 'strip-ansi';\nimport {eastAsianWidth} from 'get-east-asian-width';\n";
      const entry = 'export default function stringWidth(input, options = {}) {';
      if (!source.startsWith(imports) || source.split(entry).length !== 2 || /\bexport\b/.test(source.replace(entry, ''))) throw new Error('bundle: string-width changed; update the lazy string-width trim');
      const body = source.slice(imports.length).replace(entry, 'function stringWidth(input, options = {}) {');
      const contents = `${imports}let loaded;\nexport default function lazyStringWidth(input, options) {\n  loaded ??= (() => {\n${body}\nreturn stringWidth;\n})();\n  return loaded(input, options);\n}\n`;
      return { contents, loader: 'js' };
    });
  },
};

const result = await build({
  plugins: [startupTrims],
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
// Every character outside ASCII as an escape (they sit in comments and strings, where an escape means
// the same): an ASCII source is a one-byte string in V8 (and reads the same as Latin-1), read and hashed faster at start-up.
const code = result.outputFiles[0].text.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
const id = createHash('sha256').update(code).digest('hex').slice(0, 24);
mkdirSync(path.dirname(outfile), { recursive: true });
rmSync(`${outfile}.cache`, { force: true });
writeFileSync(outfile, `// clausecheck-build ${id}\n${code}`);

// Warm the cache on a representative run: the examples, text and JSON (exit 0–2 are results; 2 is expected, one example is invalid on purpose).
const scratch = mkdtempSync(path.join(tmpdir(), 'clausecheck-bundle-'));
const run = spawnSync(process.execPath, [path.join(root, 'bin/clausecheck.js'), 'check', 'examples', '--as-of', '2026-11-26', '--format', 'text', '--format', `json=${path.join(scratch, 'r.json')}`], {
  cwd: root,
  env: { ...process.env, CLAUSECHECK_CODE_CACHE: 'write' },
  encoding: 'utf8',
});
rmSync(scratch, { recursive: true, force: true });
if (run.status === null || run.status > 2 || run.stderr) {
  console.error(`bundle: the warm-up run failed (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
