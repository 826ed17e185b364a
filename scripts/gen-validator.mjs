// Writes the generated sources (run by `npm run build` through tsx, before tsc); rewrites each only when it changed:
// src/model/validate-compiled.ts from the zod model, and rules/options/table.ts from the rules' options schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateValidator } from '../src/model/validate-codegen.ts';
import { optionsTableSource } from '../src/engine/rule-options.ts';
import { RULES } from '../rules/index.ts';

for (const [name, next] of [
  ['src/model/validate-compiled.ts', generateValidator()],
  ['rules/options/table.ts', optionsTableSource(RULES)],
]) {
  const file = new URL(`../${name}`, import.meta.url);
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current !== next) {
    writeFileSync(file, next);
    console.error(`build: ${name} regenerated`);
  }
}
