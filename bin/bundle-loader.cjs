'use strict';
/**
 * Loads the bundled CLI, dist/clausecheck.cjs, with the V8 code cache `npm run build` writes beside
 * it (dist/clausecheck.cjs.cache): compiling the bundle is then mostly skipped, which is most of what
 * starting clausecheck costs. The cache is used only when its header names the bundle's build id
 * (a hash written into the bundle's first line), and V8 itself refuses a cache from another Node.js
 * version; either way the bundle still runs, only compiled afresh. Batch worker threads load the
 * bundle through this file too.
 *
 * CLAUSECHECK_CODE_CACHE=off ignores the cache; =write (used by the build) writes it at exit.
 */
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'clausecheck.cjs');
const CACHE = `${BUNDLE}.cache`;
let loaded;

/** The bundle's exports ({ main, runWorker, … }), or undefined when it has not been built. */
exports.loadBundle = function loadBundle() {
  if (loaded) return loaded;
  let source;
  try {
    source = fs.readFileSync(BUNDLE, 'latin1'); // the build writes ASCII only (scripts/bundle.mjs)
  } catch (error) {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  }
  const mode = process.env.CLAUSECHECK_CODE_CACHE;
  const id = /^\/\/ clausecheck-build ([0-9a-f]+)\n/.exec(source)?.[1];
  const header = Buffer.from(`clausecheck-code-cache ${id}\n`, 'latin1');
  let cachedData;
  if (id && mode !== 'off' && mode !== 'write') {
    try {
      const bytes = fs.readFileSync(CACHE);
      if (bytes.subarray(0, header.length).equals(header)) cachedData = bytes.subarray(header.length);
    } catch {
      // no cache: compile
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  globalThis.__clausecheckLoader = __filename;
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  if (mode === 'write' && id) process.once('exit', () => fs.writeFileSync(CACHE, Buffer.concat([header, script.createCachedData()])));
  loaded = module.exports;
  return loaded;
};
