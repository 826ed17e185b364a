#!/usr/bin/env node
// Launcher: everything lives in the CLI module.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2));
