/**
 * In-process cost of each stage of checking a corpus, and of each rule: the parse (positions are
 * found on demand, so their cost falls in the check stage that asks for them),
 * validation, each rule's check, and building report entries (locations, messages, redaction). Run
 * by bench/run.ts (prints the top five rules); `tsx bench/stage-costs.ts DIR [--only NAME]` runs it alone.
 * Each rule runs over every profile in turn, repeated, so a rule's figure is its own work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../rules/index.js';
import { decodeUtf8 } from '../src/load/bytes.js';
import { parseProfileYaml } from '../src/load/fast-yaml.js';
import { loadProfile, type LoadedProfile } from '../src/load/load-profile.js';
import { validateProfile, validateWithZod } from '../src/model/validate.js';
import { checkFile, type ActiveRule } from '../src/engine/check-file.js';
import { DEFAULT_BUFFER_DAYS } from '../src/model/buffer-days.js';
import type { Rule } from '../src/engine/types.js';
import { defaultOptions } from '../src/engine/rule-options.js';
import type { Status } from '../src/contract/report.js';

/** Milliseconds one call of `work` takes, the best of `repeat` calls (the least disturbed by other load). */
function best(repeat: number, work: () => void): number {
  let min = Infinity;
  for (let r = 0; r < repeat; r++) {
    const started = process.hrtime.bigint();
    work();
    min = Math.min(min, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return min;
}

/**
 * The stage and rule costs over the profiles in `dir`, in milliseconds for the whole corpus; `only`
 * keeps the stages whose name starts with one of its comma-separated prefixes (and skips the rules), e.g. `parse,validate`.
 */
export function stageCosts(dir: string, asOf: number, repeat = 3, only?: string): { stages: Record<string, number>; rules: [string, number][] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f));
  const bytes = files.map((f) => readFileSync(f));
  const texts = bytes.map((b) => {
    const decoded = decodeUtf8(b);
    return decoded.ok ? decoded.text : '';
  });
  const parsed = texts.map((t) => parseProfileYaml(t).data);
  let loadedOnce: LoadedProfile[] | undefined;
  const loaded = (): LoadedProfile[] => (loadedOnce ??= files.map((f, i) => loadProfile(f, bytes[i]!)));
  const rules: ActiveRule[] = RULES.map((rule: Rule) => ({ rule, options: defaultOptions(rule) }));
  const settings = { asOf, rules, bufferDays: DEFAULT_BUFFER_DAYS };
  const textRun = { ...settings, detail: new Set<Status>(['fail', 'warn']) };
  const work: Record<string, () => void> = {
    'parse (positions found on demand)': () => texts.forEach((t) => parseProfileYaml(t)),
    validate: () => parsed.forEach((d) => validateProfile(d)),
    'validate with zod alone (the fallback)': () => parsed.forEach((d) => validateWithZod(d)),
    'load (decode, parse, validate, sha256)': () => files.forEach((f, i) => loadProfile(f, bytes[i]!)),
    'check: rules and report entries': () => loaded().forEach((l) => checkFile(l, settings)),
    // As a text-only run checks: pass and skip findings in brief (RunSettings.detail).
    'check, as a text run (pass, skip in brief)': () => loaded().forEach((l) => checkFile(l, textRun)),
  };
  const stages: Record<string, number> = {};
  const wanted = (name: string) => only === undefined || only.split(',').some((prefix) => name.startsWith(prefix));
  if (wanted('check')) loaded(); // outside the timing
  for (const [name, run] of Object.entries(work)) if (wanted(name)) stages[name] = best(repeat, run);
  if (only !== undefined) return { stages, rules: [] };
  const ruleCosts: [string, number][] = rules.map((active) => {
    const context = { asOf, options: active.options, bufferDays: DEFAULT_BUFFER_DAYS };
    const rule = active.rule;
    const ms = best(repeat, () => {
      for (const l of loaded()) {
        if (rule.kind === 'raw') rule.check({ text: l.text ?? '', data: l.data }, context as never);
        else if (l.profile) rule.check(l.profile, context as never);
      }
    });
    return [rule.id, ms];
  });
  ruleCosts.sort((a, b) => b[1] - a[1]);
  return { stages, rules: ruleCosts };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const only = process.argv.indexOf('--only');
  const [dir = 'bench/corpus/profiles'] = process.argv.slice(2).filter((a, i, all) => a !== '--only' && all[i - 1] !== '--only');
  const { stages, rules } = stageCosts(dir, Date.parse('2026-11-26T00:00:00+08:00'), 3, only >= 0 ? process.argv[only + 1] : undefined);
  for (const [name, ms] of Object.entries(stages)) console.log(`${name.padEnd(42)} ${ms.toFixed(0).padStart(6)} ms`);
  for (const [id, ms] of rules) console.log(`  rule ${id.padEnd(36)} ${ms.toFixed(1).padStart(7)} ms`);
}
