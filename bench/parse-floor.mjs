// The parse floor of the benchmark: js-yaml loading every *.yaml file of a folder (of each folder
// named, in turn), in one process. Timed as a whole process (start-up included), like the
// clausecheck runs it is compared with.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

for (const dir of process.argv.slice(2)) {
  let files = 0;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.yaml')) continue;
    yaml.load(readFileSync(path.join(dir, name), 'utf8'));
    files++;
  }
  if (files === 0) throw new Error(`no *.yaml files in ${dir}`);
}
