#!/usr/bin/env node
'use strict';
// Launcher: runs the bundled CLI (dist/clausecheck.cjs, loaded with its code cache by
// bundle-loader.cjs) or, when only `tsc` has been run or CLAUSECHECK_BUNDLE=0, the modules in
// dist/src. CommonJS (bin/package.json), which starts a few milliseconds sooner than an ES module.
const bundle = process.env.CLAUSECHECK_BUNDLE === '0' ? undefined : require('./bundle-loader.cjs').loadBundle();
if (bundle) bundle.main(process.argv.slice(2));
else import('../dist/src/cli/main.js').then(({ main }) => main(process.argv.slice(2)));
