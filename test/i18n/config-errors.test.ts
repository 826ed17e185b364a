/**
 * Config and waivers file errors in zh-CN: every error the invalid configs below produce has a
 * Chinese rendering that keeps every value (quoted input, keys, numbers); and every catalog that
 * pairs English with zh-CN has the same ids in both (the compiler checks the parameters).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { localizeConfigError, CONFIG_ERROR_IDS } from '../../src/config/error-text.js';
import { parseConfig } from '../../src/config/load-config.js';
import { parseWaiversFile } from '../../src/config/waivers.js';
import { CONFIG_TEXT } from '../../src/config/config-text.js';
import { BASELINE_TEXT } from '../../src/report/baseline-words.js';
import { COMMANDS_TEXT } from '../../src/cli/text/commands.js';
import { OPTION_TEXT } from '../../src/cli/text/options.js';
import { WAIVERS_TEXT } from '../../src/cli/text/waivers.js';
import { CHECK_TEXT } from '../../src/cli/text/check.js';
import { HELP_TEXT } from '../../src/cli/text/help.js';
import { INFO_HELP } from '../../src/cli/text/info.js';
import { SARIF_TEXT } from '../../src/report/formatters/sarif-text.js';
import { ENGINE_TEXT } from '../../src/engine/messages.js';
import { WAIVER_TEXT } from '../../src/config/messages.js';
import { CATALOG_TEXT } from '../../src/report/catalog-text.js';
import { CONFIG_USAGE_TEXT } from '../../src/config/messages.js';
import { OUTPUT_TEXT } from '../../src/report/output-targets.js';
import { MARKDOWN_TEXT } from '../../src/report/formatters/markdown-text.js';
import { JUNIT_TEXT } from '../../src/report/formatters/junit-text.js';
import { BATCH_TEXT } from '../../src/batch/messages.js';
import { AGENDA_TEXT, DUE_HAPPENS, DUE_TODO } from '../../src/report/agenda/messages.js';
import { AGENDA_CLI_TEXT } from '../../src/cli/text/agenda.js';
import { READ_REASON_TEXT } from '../../src/util/read-reason.js';
import { IMPORT_TEXT, IMPORT_SECTIONS } from '../../src/import/messages.js';
import { COMMENT_TEXT } from '../../src/cli/text/github-comment.js';
import { GITHUB_TEXT } from '../../src/report/formatters/github-text.js';

const CONFIGS = [
  'fail_on: warnn\nlang: fr\ncolour: true\n',
  'rules:\n  arreas: off\n  waiver: off\n  backup-health: 3\n  arrears: { severity: loud, options: { x: 1 } }\n  access-key-age: { options: { warn_age_days: -5, bogus: 1 } }\n  credits: { options: 7 }\n',
  'rules: [1]\nproducts: []\nbaseline: 3\n',
  'products:\n  ecs: { subscription: "x" }\n',
  'waivers:\n  - 5\n  - rule: waiver\n    reason: r\n    owner: o\n    expires: 2026-12-01\n  - rule: arrears\n    reason: ""\n    owner: o\n    expires: 2026-13-01\n    extra: 1\n  - rule: arrears\n',
  'waivers: 3\n',
  '- a\n',
  'a: [\n',
  'fail_on: fail\nfail_on: warn\n',
  'max_file_size: lots\npretty: 3\n',
];
const WAIVER_FILES = ['- a\n', 'other: 1\n', 'waivers:\n  - rule: nope\n    reason: r\n    owner: o\n    expires: 2026-12-01\n'];

const options = { absolute: '/work/project/.clausecheck.yaml', cwd: '/work/project', rules: RULES };

describe('config errors in zh-CN', () => {
  it('translates every error the invalid configs and waivers files produce, keeping every quoted value and number', () => {
    const messages = [
      ...CONFIGS.flatMap((text) => parseConfig(Buffer.from(text), options).errors),
      ...WAIVER_FILES.flatMap((text) => parseWaiversFile(Buffer.from(text), { ...options, absolute: '/work/project/waivers.yaml' }).errors),
    ].map((e) => e.message);
    expect(messages.length).toBeGreaterThan(25);
    const untranslated = messages.filter((m) => !/[\u4e00-\u9fff]/.test(localizeConfigError(m, 'zh-CN')));
    expect(untranslated).toEqual([]);
    for (const message of messages) {
      const zh = localizeConfigError(message, 'zh-CN');
      for (const quoted of message.match(/"[^"]*"/g) ?? []) expect(zh, message).toContain(quoted);
      for (const number of message.replace(/"[^"]*"/g, '').match(/-?\d+/g) ?? []) expect(zh, message).toContain(number);
    }
  });

  it('keeps English as written, and names its ids', () => {
    expect(localizeConfigError('unknown key "colour"; allowed: fail_on, lang', 'en')).toBe('unknown key "colour"; allowed: fail_on, lang');
    expect(localizeConfigError('unknown key "colour"; allowed: fail_on, lang', 'zh-CN')).toBe('未知的键 "colour"；可用：fail_on, lang');
    expect(localizeConfigError('unknown option "x" for rule arrears; rule arrears takes no options', 'zh-CN')).toBe('规则 arrears 未知的选项 "x"；规则 arrears 没有任何选项');
    expect(new Set(CONFIG_ERROR_IDS).size).toBe(CONFIG_ERROR_IDS.length);
  });
});

describe('the paired catalogs', () => {
  const all = { CONFIG_TEXT, BASELINE_TEXT, COMMANDS_TEXT, OPTION_TEXT, WAIVERS_TEXT, CHECK_TEXT, HELP_TEXT, INFO_HELP, SARIF_TEXT, ENGINE_TEXT, WAIVER_TEXT, CATALOG_TEXT, CONFIG_USAGE_TEXT, OUTPUT_TEXT, MARKDOWN_TEXT, JUNIT_TEXT, BATCH_TEXT, AGENDA_TEXT, DUE_HAPPENS, DUE_TODO, AGENDA_CLI_TEXT, READ_REASON_TEXT, IMPORT_TEXT, IMPORT_SECTIONS, COMMENT_TEXT, GITHUB_TEXT };

  it.each(Object.entries(all))('%s has the same ids in English and zh-CN, each of the same kind and arity', (_name, catalog) => {
    const en = catalog.en as Record<string, unknown>;
    const zh = catalog['zh-CN'] as Record<string, unknown>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en)) {
      expect(typeof zh[id], id).toBe(typeof en[id]);
      if (typeof en[id] === 'function') expect((zh[id] as () => string).length, id).toBe((en[id] as () => string).length);
      if (typeof zh[id] === 'string') expect(zh[id], id).toMatch(/[\u4e00-\u9fff]|^[^A-Za-z]*$/);
    }
  });
});
