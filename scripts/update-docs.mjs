// Regenerates docs/rules/<id>.md headers and the README's rule table from the built rule metadata.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../dist/rules/index.js';
import { updateReadme, updateRuleDoc } from '../dist/src/report/rule-docs.js';

mkdirSync('docs/rules', { recursive: true });
for (const rule of RULES) {
  const file = `docs/rules/${rule.id}.md`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const next = updateRuleDoc(rule, current);
  if (next !== current) writeFileSync(file, next);
}
writeFileSync('README.md', updateReadme(readFileSync('README.md', 'utf8'), RULES));
console.log(`docs: ${RULES.length} rule pages and the README table are up to date`);

// The JSON Schema of the profile format, which the examples reference for editor completion.
const { profileJsonSchema } = await import('../dist/src/model/json-schema.js');
mkdirSync('schema', { recursive: true });
writeFileSync('schema/profile.schema.json', `${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
console.log('docs: schema/profile.schema.json is up to date');
