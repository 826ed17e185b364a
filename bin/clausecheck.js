#!/usr/bin/env node
'use strict';
// Launcher: runs the bundled CLI (dist/clausecheck.cjs, loaded with its code cache by
// bundle-loader.cjs) or, when only `tsc` has been run or CLAUSECHECK_BUNDLE=0, the modules in
// dist/src. CommonJS (bin/package.json), which starts a few milliseconds sooner than an ES module.
// Without either build (a fresh clone before `npm install`), a one-line hint and exit code 2.
const bundle = process.env.CLAUSECHECK_BUNDLE === '0' ? undefined : require('./bundle-loader.cjs').loadBundle();
if (bundle) bundle.main(process.argv.slice(2));
else {
  const path = require('node:path');
  const main = path.join(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
  if (require('node:fs').existsSync(main)) import(require('node:url').pathToFileURL(main).href).then((cli) => cli.main(process.argv.slice(2)));
  else {
    const root = path.join(__dirname, '..');
    process.stderr.write(`clausecheck: not built yet: run "npm install" (or "npm run build") in ${root}\n`);
    process.exitCode = 2;
  }
}
