import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../rules/index.js';
import { loadProfile } from '../src/load/load-profile.js';
import { checkFile, type ActiveRule } from '../src/engine/check-file.js';
import { DEFAULT_BUFFER_DAYS } from '../src/model/buffer-days.js';
import { defaultOptions } from '../src/engine/rule-options.js';
import type { Status } from '../src/contract/report.js';
const dir = process.argv[2] ?? 'bench/corpus/profiles';
const mode = process.argv[3] ?? 'text';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
const bytes = files.map((f) => readFileSync(f));
const rules: ActiveRule[] = RULES.map((rule) => ({ rule, options: defaultOptions(rule) }));
const asOf = Date.parse('2026-11-26T00:00:00+08:00');
const settings: any = { asOf, rules, bufferDays: DEFAULT_BUFFER_DAYS, hash: false };
if (mode === 'text') settings.detail = new Set<Status>(['fail', 'warn']);
if (mode === 'brief') settings.detail = new Set<Status>([]);
const loaded = files.map((f, i) => loadProfile(f, bytes[i]!, false));
for (let r = 0; r < 6; r++) {
  const t = process.hrtime.bigint();
  if (mode === 'rules') { for (const l of loaded) for (const a of rules) { const c = { asOf, options: a.options, bufferDays: DEFAULT_BUFFER_DAYS }; if (a.rule.kind === 'raw') a.rule.check({ text: l.text!, data: l.data } as never, c as never); else a.rule.check(l.profile as never, c as never); } }
  else if (mode === 'load') for (let i = 0; i < files.length; i++) loadProfile(files[i]!, bytes[i]!, false);
  else for (const l of loaded) checkFile(l, settings);
  console.log(mode, r, (Number(process.hrtime.bigint() - t) / 1e6).toFixed(0));
}
