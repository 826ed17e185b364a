// Regenerates the generated parts of the docs (rule pages, README table, profile field reference, JSON Schemas) from the sources (run with tsx: `npm run docs`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../rules/index.js';
import { updateDecisions, updateReadme, updateRuleDoc } from '../src/report/rule-docs.js';

mkdirSync('docs/rules', { recursive: true });
for (const rule of RULES) {
  const file = `docs/rules/${rule.id}.md`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const next = updateRuleDoc(rule, current);
  if (next !== current) writeFileSync(file, next);
}
writeFileSync('README.md', updateReadme(readFileSync('README.md', 'utf8'), RULES));
writeFileSync('docs/decisions.md', updateDecisions(readFileSync('docs/decisions.md', 'utf8'), RULES));
console.log(`docs: ${RULES.length} rule pages and the README table are up to date`);

// The field reference of docs/profile-format.md, from the zod model's descriptions.
const { updateProfileDoc } = await import('../src/model/profile-docs.js');
writeFileSync('docs/profile-format.md', updateProfileDoc(readFileSync('docs/profile-format.md', 'utf8')));
console.log('docs: docs/profile-format.md field reference is up to date');

// The JSON Schema of the profile format, which the examples reference for editor completion.
const { profileJsonSchema } = await import('../src/model/json-schema.js');
mkdirSync('schema', { recursive: true });
writeFileSync('schema/profile.schema.json', `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
console.log('docs: schema/profile.schema.json is up to date');

// The JSON Schema of the JSON report (clausecheck schema --report).
const { reportJsonSchema } = await import('../src/contract/report-schema.js');
writeFileSync('schema/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('docs: schema/report.schema.json is up to date');
