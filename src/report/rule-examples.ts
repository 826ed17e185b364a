/**
 * The generated Messages and Examples sections of a rule's docs page: each example case
 * (rules/examples/<id>.ts) runs through the engine as `clausecheck check --rule <id> --verbose`
 * would run it, and the page shows its profile, its text output, and every message id with its
 * English and Chinese wording rendered with the parameters of a real run.
 */
import { stringify } from 'yaml';
import type { Rule } from '../engine/types.js';
import { checkFile } from '../engine/check-file.js';
import { optionsSchema } from '../engine/rule-options.js';
import { buildReport } from '../engine/summary.js';
import { loadProfile } from '../load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../model/buffer-days.js';
import { parseWhen, toRfc3339 } from '../model/time.js';
import type { Status } from '../contract/report.js';
import { EXAMPLE_BASELINE, mergeProfile, type RuleExample } from '../../rules/examples/example.js';
import { ruleText } from '../../rules/i18n/index.js';
import { formatText } from './formatters/text.js';

/** The file name the examples' command lines and output give the profile. */
export const EXAMPLE_FILE = 'example.yaml';

/** One example case as run: its profile text, command, text output and the rule's own findings. */
interface ExampleRun {
  example: RuleExample;
  yaml: string;
  command: string;
  /** `.clausecheck.yaml` giving the options, when the example has any. */
  config: string | undefined;
  output: string;
  /** Status and message uses of each finding, in the order the report lists them. */
  findings: { status: Status; messages: readonly { id: string; params: unknown }[] }[];
}

/** Runs one example through the loader, the rule and the text formatter (no colour, every status). */
export function runExample(rule: Rule, example: RuleExample): ExampleRun {
  const yaml = stringify(mergeProfile(EXAMPLE_BASELINE, example.profile), { aliasDuplicateObjects: false });
  const loaded = loadProfile(EXAMPLE_FILE, Buffer.from(yaml));
  const when = parseWhen(example.asOf);
  if (typeof when === 'string') throw new Error(`${rule.id} example "${example.name}": asOf ${when}`);
  const options = optionsSchema(rule).parse(example.options ?? {});
  const settings = { asOf: when.at, rules: [{ rule, options }], bufferDays: DEFAULT_BUFFER_DAYS };
  const file = checkFile(loaded, settings);
  if (file.internalErrors || file.findings.length === 0) throw new Error(`${rule.id} example "${example.name}" gives no finding: ${JSON.stringify([...file.errors, ...(file.internalErrors ?? [])])}`);
  const report = buildReport([file], { tool: { name: 'clausecheck', version: '' }, agreement: '', asOf: toRfc3339(when.at) });
  const output = formatText(report, { failOn: 'fail', verbose: true, color: false, cwd: '.', rules: [] });
  const context = { asOf: when.at, options, bufferDays: DEFAULT_BUFFER_DAYS };
  // A rule is pure: running it again gives the findings the report rendered, with their message ids and parameters.
  const raw = rule.kind === 'raw' ? rule.check({ text: loaded.text ?? '', data: loaded.data }, context) : rule.check(loaded.profile!, context);
  const config = example.options ? stringify({ rules: { [rule.id]: { options: example.options } } }) : undefined;
  const command = `clausecheck check ${EXAMPLE_FILE} --rule ${rule.id} --as-of ${example.asOf} --verbose${config ? ' --config .clausecheck.yaml' : ''}`;
  return { example, yaml, command, config, output, findings: raw.map((f) => ({ status: f.status, messages: f.messages })) };
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Messages section: each message id, the statuses it came with, and its first real use in English and Chinese. */
export function messagesSection(rule: Rule, runs: readonly ExampleRun[]): string[] {
  const en = rule.messages as Record<string, (params: unknown) => string>;
  const zh = ruleText(rule, 'zh-CN').messages as Record<string, (params: unknown) => string>;
  const lines = ['## Messages', '', 'Each message id with its wording, rendered with the parameters of its first use in the examples below, and the status of the findings it appears in (a finding that states several messages takes the most severe status of them).', ''];
  lines.push('| id | finding status | English | 中文 |', '|---|---|---|---|');
  for (const id of Object.keys(rule.messages)) {
    const uses = runs.flatMap((r) => r.findings.flatMap((f) => f.messages.filter((m) => m.id === id).map((m) => ({ status: f.status, params: m.params }))));
    const first = uses[0];
    if (!first) throw new Error(`${rule.id}: no example produces message ${id} (add one to rules/examples/${rule.id}.ts)`);
    const statuses = [...new Set(uses.map((u) => u.status))].join(', ');
    lines.push(`| \`${id}\` | ${statuses} | ${cell(en[id]!(first.params))} | ${cell(zh[id]!(first.params))} |`);
  }
  lines.push('');
  return lines;
}

/** The Examples section: per case, its profile, the command and what it prints. */
export function examplesSection(runs: readonly ExampleRun[]): string[] {
  const lines = ['## Examples', ''];
  for (const run of runs) {
    lines.push(`### ${run.example.name}`, '', '```yaml', run.yaml.trimEnd(), '```', '');
    if (run.config) lines.push('With `.clausecheck.yaml`:', '', '```yaml', run.config.trimEnd(), '```', '');
    lines.push('```text', `$ ${run.command}`, run.output.trimEnd(), '```', '');
  }
  return lines;
}

/** The statuses the examples of a rule produce. */
export function exampleStatuses(runs: readonly ExampleRun[]): Set<Status> {
  return new Set(runs.flatMap((r) => r.findings.map((f) => f.status)));
}
