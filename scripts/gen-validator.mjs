// Writes src/model/validate-compiled.ts from the zod model (run by `npm run build` through tsx, before tsc); rewrites it only when it changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateValidator } from '../src/model/validate-codegen.ts';

const file = new URL('../src/model/validate-compiled.ts', import.meta.url);
const next = generateValidator();
let current;
try {
  current = readFileSync(file, 'utf8');
} catch {
  current = undefined;
}
if (current !== next) {
  writeFileSync(file, next);
  console.error('build: src/model/validate-compiled.ts regenerated from the model');
}
