'use strict';
/**
 * Loads the bundled CLI (built by scripts/bundle.mjs) with the V8 code caches `npm run build` writes
 * beside it: compiling is then mostly skipped, which is much of what starting clausecheck costs.
 *
 * The bundle is CommonJS module factories in files (scripts/bundle-files.mjs): dist/clausecheck.cjs
 * holds what every command runs, each file in dist/chunks what a dynamic import (a command's code, a
 * formatter, the worker pool...) or several of them add, so a command reads and compiles only what
 * it uses. A file is read when one of its modules is first required; each module runs once per
 * thread, on its first require, as Node.js runs a CommonJS module.
 *
 * Each file has its own cache (FILE.cache), used only when its header names the build id on the
 * file's first line; V8 itself refuses a cache from another Node.js version or other V8 flags.
 * Either way the file still runs, only compiled afresh. Batch worker threads load the bundle
 * through this file too.
 *
 * CLAUSECHECK_CODE_CACHE=off ignores the caches; =write (used by the build) writes them at exit.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'clausecheck.cjs');
const ENTRY = 'clausecheck.cjs';
const mode = process.env.CLAUSECHECK_CODE_CACHE;
const nodeRequire = Module.createRequire(BUNDLE);
/** Module factories by name (a path relative to dist, with / separators), from the files read so far. */
const factories = new Map();
/** The file of each module that is not named after its file (the entry lists them). */
let homes = {};
/** Modules that have run, by name. */
const modules = new Map();
/** The files read so far, with their scripts and cache headers (to write the caches). */
const files = [];
let loaded;

/** Reads, compiles and runs one file of factories (with its cache); false when the file does not exist. */
function readFactories(file, optional) {
  let source;
  try {
    source = fs.readFileSync(file, 'latin1'); // the build writes ASCII only (scripts/bundle.mjs)
  } catch (error) {
    if (optional && error.code === 'ENOENT') return false;
    throw error;
  }
  const id = /^\/\/ clausecheck-build ([0-9a-f]+)\n/.exec(source)?.[1];
  const header = Buffer.from(`clausecheck-code-cache ${id}\n`, 'latin1');
  let cachedData;
  if (id && mode !== 'off' && mode !== 'write') {
    try {
      const bytes = fs.readFileSync(`${file}.cache`);
      if (bytes.subarray(0, header.length).equals(header)) cachedData = bytes.subarray(header.length);
    } catch {
      // no cache: compile
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, nodeRequire, module, file, path.dirname(file));
  for (const [name, factory] of Object.entries(module.exports.modules)) if (!factories.has(name)) factories.set(name, factory);
  if (module.exports.homes) homes = module.exports.homes;
  if (id) files.push({ file, script, header });
  return true;
}

/** A module's exports by name, running it on first use; its file is read when no file read so far has it. */
function requireModule(name) {
  const done = modules.get(name);
  if (done) return done.exports;
  if (!factories.has(name)) readFactories(path.join(DIST, homes[name] ?? name), false);
  const factory = factories.get(name);
  if (!factory) throw new Error(`clausecheck: the bundle has no module ${name}; run "npm run build"`);
  const module = { exports: {} };
  modules.set(name, module);
  const file = path.join(DIST, name);
  factory.call(module.exports, module.exports, requireFrom(path.posix.dirname(name)), module, file, path.dirname(file));
  return module.exports;
}

/** The `require` of the modules in one folder: bundle modules by relative path, anything else from Node.js. */
function requireFrom(dir) {
  const prefix = dir === '.' ? '' : `${dir}/`;
  return (specifier) => {
    if (specifier.startsWith('./')) return requireModule(prefix + specifier.slice(2)); // the build's own paths: no ../, no ./ inside
    return specifier.startsWith('../') ? requireModule(path.posix.join(dir, specifier)) : nodeRequire(specifier);
  };
}

/** Writes the cache of every file read, for the build's warm-up run (main thread only). */
function writeCaches() {
  if (!require('node:worker_threads').isMainThread) return;
  for (const { file, script, header } of files) fs.writeFileSync(`${file}.cache`, Buffer.concat([header, script.createCachedData()]));
}

/**
 * V8's optimising compiler inlines at most this much bytecode into one function (V8's default 920).
 * Checking spends much of its CPU compiling its code (each thread again). Counted on 2,000 profiles
 * (cachegrind, --single-threaded so the compiler counts): on Node.js 20 (V8 11) 230 took 7.6% fewer
 * instructions than the default (16.90 G against 18.29 G; 345: 17.12 G, 115: 17.19 G, no inlining:
 * 18.95 G), and in wall time two threads ran about 9% faster, one thread the same with 11% less CPU
 * (ten interleaved pairs); on Node.js 22 (V8 12) 3.1% fewer (14.72 G against 15.19 G; 460: 14.85 G).
 * On Node.js 24 (V8 13) it took 1.9% more (14.03 G against 13.77 G; 460: 13.71 G, 1380: 13.94 G,
 * all within its noise), so from V8 13 on the default stays.
 */
const INLINING_BUDGET = 230;
const TUNED_BELOW_V8 = 13;

/** The V8 flags the loader sets for this Node.js (none when the user gave Node.js the flag on its command line). */
function compilerFlags() {
  if (Number.parseInt(process.versions.v8, 10) >= TUNED_BELOW_V8) return [];
  if (process.execArgv.join(' ').replace(/_/g, '-').includes('--max-inlined-bytecode-size-cumulative')) return [];
  return [`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`];
}

/**
 * Sets the flags before the first file is compiled (NODE_OPTIONS may not hold this one). V8's flags
 * are part of a code cache's check, and the build's warm-up run loads the bundle through here too,
 * so the caches it writes match.
 */
function tuneCompiler() {
  const flags = compilerFlags();
  if (flags.length > 0) require('node:v8').setFlagsFromString(flags.join(' '));
}

exports.compilerFlags = compilerFlags;
exports.tuneCompiler = tuneCompiler;

/** The bundle's exports ({ main, runWorker, … }), or undefined when it has not been built. */
exports.loadBundle = function loadBundle() {
  if (loaded) return loaded;
  tuneCompiler();
  if (!readFactories(BUNDLE, true)) return undefined;
  globalThis.__clausecheckLoader = __filename;
  if (mode === 'write') process.once('exit', writeCaches);
  loaded = requireModule(ENTRY);
  return loaded;
};
