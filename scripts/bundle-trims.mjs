/**
 * What scripts/bundle.mjs changes in the code it bundles so that the CLI starts sooner, each change
 * checked against the source it expects (the build stops when a dependency or a file changed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const evaluated = new Map();

/** A source module as it runs (built from the sources with esbuild into a temporary file, then imported), for what the build computes or checks. */
function evaluate(root, file) {
  let module = evaluated.get(file);
  if (!module) {
    module = (async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'clausecheck-evaluate-'));
      try {
        const outfile = path.join(dir, 'module.mjs');
        // CommonJS dependencies bundled into an ES module need `require`.
        const banner = "import { createRequire as __clausecheck_require } from 'node:module'; const require = __clausecheck_require(import.meta.url);";
        await build({ entryPoints: [path.join(root, file)], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, banner: { js: banner }, external: ['@alicloud/*'], logLevel: 'warning' });
        return await import(pathToFileURL(outfile).href);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })();
    evaluated.set(file, module);
  }
  return module;
}

/**
 * Makes a package whose index.js is `imports`, then code, then one `export default function` (named
 * in `entry`), run that code on the first call of the function instead of when loaded.
 */
function lazyDefault(b, name, imports, entry) {
  const filter = new RegExp(`${name}[\\\\/]index\\.js$`);
  b.onLoad({ filter }, async (args) => {
    const source = await readFile(args.path, 'utf8');
    const exported = `export default ${entry}`;
    if (!source.startsWith(imports) || source.split(exported).length !== 2 || /\bexport\b/.test(source.replace(exported, ''))) throw new Error(`bundle: ${name} changed; update its lazy trim`);
    const body = source.slice(imports.length).replace(exported, entry);
    const fn = /^function (\w+)\(/.exec(entry)[1];
    return { contents: `${imports}let loaded;\nexport default function ${fn}Lazily(...args) {\n  loaded ??= (() => {\n${body}\nreturn ${fn};\n})();\n  return loaded(...args);\n}\n`, loader: 'js' };
  });
}

/**
 * Imports the bundle loads on first use instead of with their importer, for modules a common run
 * never needs: the `yaml` parser (the fast path reads valid profiles; `yaml` words what it
 * declines); zod, through the profile's schema (the compiled validator reads valid profiles; zod
 * words the errors of the others), the config's (most runs have no config file) and the rules'
 * options schemas (rules/options/table.ts has the catalog's defaults); the rules' zh-CN words; and
 * chalk, for a report in colour.
 * Each name the importer takes becomes a function that loads the module synchronously (the loader
 * reads bundle files synchronously) and calls or constructs the real one; so only functions and
 * classes can be imported this way (the build checks).
 */
const LAZY_IMPORTS = [
  { importer: 'src/load/yaml-document.ts', specifier: 'yaml' },
  { importer: 'src/model/validate.ts', specifier: './profile.js' },
  { importer: 'rules/i18n/index.ts', specifier: '../zh-CN/index.js' },
  { importer: 'rules/options/index.ts', specifier: '../../src/engine/rule-options.js' },
  { importer: 'src/config/load-config.ts', specifier: './schema.js' },
  { importer: 'src/config/waivers.ts', specifier: './schema.js' },
  { importer: 'src/report/paint.ts', specifier: 'chalk' },
];

/** The module that stands for `specifier` in `importer`: each name it takes, loading the real module on first use. */
async function lazyFacade(b, root, importer, specifier, resolveDir) {
  const source = await readFile(path.join(root, importer), 'utf8');
  const line = new RegExp(`^import \\{([^}]*)\\} from '${specifier.replace(/[.]/g, '\\.')}';$`, 'm').exec(source);
  if (!line) throw new Error(`bundle: ${importer} no longer imports { ... } from '${specifier}'; update LAZY_IMPORTS`);
  const names = line[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
  const real = await b.resolve(specifier, { resolveDir, kind: 'import-statement', pluginData: { real: true } });
  if (real.errors.length) throw new Error(`bundle: cannot resolve ${specifier} from ${importer}`);
  const module = real.path.endsWith('.ts') ? await evaluate(root, path.relative(root, real.path)) : await import(pathToFileURL(real.path).href);
  for (const name of names) if (typeof module[name] !== 'function') throw new Error(`bundle: ${importer} imports ${name} from '${specifier}', not a function or class; it cannot be loaded lazily`);
  const exports = names.map((n) => `export function ${n}(...args) {\n  return new.target ? new (load().${n})(...args) : load().${n}(...args);\n}\n`);
  // A CommonJS module (yaml's Node.js build) comes as the default export of its namespace.
  const pick = `(m) => (${JSON.stringify(names)}.every((n) => n in m) ? m : m.default)`;
  return `let real;\nconst load = () => (real ??= (${pick})(__clausecheck_sync(import(${JSON.stringify(real.path)}))));\n${exports.join('')}`;
}

/**
 * The esbuild plugin of the start-up trims, each measured (docs/performance.md): zod's locales
 * reduced to English (its 60 locales were a fifth of the bundle and only `en` is used), commander's
 * `child_process` required on first use (it is needed only for executable subcommands, which
 * clausecheck has none of, and it pulls in net, dgram and streams), string-width's and wrap-ansi's
 * set-up run on their first call, the profile's JSON Schema computed at build time, and the lazy
 * imports above.
 */
export const startupTrims = (root) => ({
  name: 'startup-trims',
  setup(b) {
    for (const { importer, specifier } of LAZY_IMPORTS) {
      b.onResolve({ filter: new RegExp(`^${specifier.replace(/[.]/g, '\\.')}$`) }, (args) =>
        args.namespace === 'file' && !args.pluginData?.real && path.relative(root, args.importer).split(path.sep).join('/') === importer ? { path: `${importer}:${specifier}`, namespace: 'lazy-import', pluginData: { importer, specifier, resolveDir: args.resolveDir } } : undefined,
      );
    }
    b.onLoad({ filter: /.*/, namespace: 'lazy-import' }, async (args) => ({ contents: await lazyFacade(b, root, args.pluginData.importer, args.pluginData.specifier, args.pluginData.resolveDir), loader: 'js', resolveDir: args.pluginData.resolveDir }));
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
    // string-width and wrap-ansi each build an Intl.Segmenter (and string-width four Unicode-property
    // regular expressions) when loaded: 40-80 ms, a third of a one-profile check. They are built on
    // the first call instead. The text formatter measures printable ASCII itself and wraps only for a
    // terminal, so a report without wide characters on a pipe calls neither.
    lazyDefault(b, 'string-width', "import stripAnsi from 'strip-ansi';\nimport {eastAsianWidth} from 'get-east-asian-width';\n", 'function stringWidth(input, options = {}) {');
    lazyDefault(b, 'wrap-ansi', "import stringWidth from 'string-width';\nimport ansiStyles from 'ansi-styles';\n", 'function wrapAnsi(string, columns, options) {');
    // The profile's JSON Schema is a constant of the build: computed here instead of by zod at every
    // `clausecheck schema`.
    b.onLoad({ filter: /src[\\/]model[\\/]json-schema\.ts$/ }, async () => {
      const module = await evaluate(root, 'src/model/json-schema.ts');
      if (Object.keys(module).join() !== 'profileJsonSchema') throw new Error('bundle: src/model/json-schema.ts changed its exports; update the bundle script');
      const json = JSON.stringify(JSON.stringify(module.profileJsonSchema()));
      return { contents: `export function profileJsonSchema() {\n  return JSON.parse(${json});\n}\n`, loader: 'js' };
    });
  },
});
