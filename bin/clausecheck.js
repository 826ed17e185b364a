#!/usr/bin/env node
'use strict';
// Launcher: runs the bundled CLI (dist/clausecheck.cjs, loaded with its code cache by
// bundle-loader.cjs). CommonJS (bin/package.json), which starts a few milliseconds sooner than an
// ES module. Without a build (a fresh clone before `npm install`), a one-line hint and exit code 2.
const bundle = require('./bundle-loader.cjs').loadBundle();
if (bundle) bundle.main(process.argv.slice(2));
else {
  const root = require('node:path').join(__dirname, '..');
  process.stderr.write(`clausecheck: not built yet: run "npm install" (or "npm run build") in ${root}\n`);
  process.exitCode = 2;
}
