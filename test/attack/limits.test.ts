/** Dates and limits: years read exactly, four-digit years only, echoed values cut, JSON always valid. */
import { describe, expect, it } from 'vitest';
import { parseAsOf } from '../../src/cli/check-run.js';
import { formatBeijing, parseWhen, toRfc3339 } from '../../src/model/time.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { parseYamlFast } from '../../src/load/fast-yaml.js';
import { validateProfile } from '../../src/model/validate.js';
import { checkFile } from '../../src/engine/check-file.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { safeText, wellFormed } from '../../src/util/redact.js';

const settings = { asOf: Date.parse('2026-11-26T00:00:00+08:00'), rules: [], bufferDays: DEFAULT_BUFFER_DAYS };

describe('years 0001 to 9999', () => {
  it('years below 100 are read as written, not as 19xx', () => {
    const w = parseWhen('0026-11-09');
    expect(typeof w === 'string' ? w : toRfc3339(w.at)).toBe('0026-11-09T00:00:00+08:00');
    const leap = parseWhen('0096-02-29');
    expect(typeof leap === 'string' ? leap : toRfc3339(leap.at)).toBe('0096-02-29T00:00:00+08:00');
    expect(parseWhen('0099-02-29')).toBe('impossible date "0099-02-29"');
  });

  it('year 0000 is a located error', () => {
    const loaded = loadProfile('p.yaml', Buffer.from('format: clausecheck/v1\naccount:\n  id: "1"\norders:\n  - id: o1\n    placed_at: 0000-11-01\n    amount: "5"\n'));
    expect(loaded.errors).toEqual([{ message: 'impossible date "0000-11-01": years run from 0001 to 9999', path: ['orders', 0, 'placed_at'], line: 6, column: 16 }]);
  });

  it('an instant after 9999 is never shown with a five-digit year', () => {
    expect(formatBeijing(Date.UTC(10000, 0, 5))).toBe('9999-12-31 23:59:59 +08:00');
    expect(toRfc3339(Date.UTC(12000, 0, 5))).toBe('9999-12-31T23:59:59+08:00');
  });

  it('--as-of after 9899-12-31 is refused', () => {
    expect(() => parseAsOf('9999-12-01', 0)).toThrow('--as-of: 9999-12-01 is too late; the latest is 9899-12-31');
    expect(toRfc3339(parseAsOf('9899-12-31', 0))).toBe('9899-12-31T00:00:00+08:00');
  });
});

describe('echoed values', () => {
  it('a 1 MB id yields a short message with an ellipsis', () => {
    const id = 'x'.repeat(1_000_000);
    const report = checkFile(loadProfile('p.yaml', Buffer.from(`format: clausecheck/v1\naccount:\n  id: "1"\n  ? ${id}\n  : 1\n`)), settings);
    expect(report.errors[0]!.message).toBe(`unknown key "${'x'.repeat(199)}…`);
    expect(report.errors[0]!.path).toEqual(['account', `${'x'.repeat(200)}…`]);
    expect(safeText('y'.repeat(5000) + ' ' + 'z ').length).toBeLessThan(300);
  });

  it('lone surrogates are replaced so the JSON report is valid UTF-8 for jq', () => {
    const report = checkFile(loadProfile('p.yaml', Buffer.from('format: clausecheck/v1\naccount:\n  id: "1"\n  "a\\ud800b": 1\n')), settings);
    expect(report.errors[0]!.message).toBe('unknown key "a\uFFFDb"');
    expect(Buffer.from(JSON.stringify(report), 'utf8').toString('utf8')).toBe(JSON.stringify(report));
    expect(wellFormed('\udc00\ud83d\ude00\ud800')).toBe('\uFFFD\ud83d\ude00\uFFFD');
  });
});

describe('billion laughs counts alias expansions, not nodes', () => {
  it('a file of more than a million honest nodes takes the fast path and loads (linear), with no alias error', () => {
    const items = 1_100_000;
    const text = `format: clausecheck/v1\naccount:\n  id: "1"\nlist: [${'0,'.repeat(items - 1)}0]\n`;
    // parseYamlFast throws FastPathDeclined when it declines: it does not for the size alone.
    const parsed = parseYamlFast(text);
    expect(parsed.problems).toEqual([]);
    const validation = validateProfile(parsed.data);
    expect(validation.ok ? [] : validation.issues.map((issue) => ({ message: issue.message, ...parsed.locate(issue.path, issue.onKey) }))).toEqual([{ message: 'unknown key "list"', line: 4, column: 1 }]);
  });

  it('the yaml path (anchors present) takes a large honest document too', () => {
    // 3,000 orders (about 190 KB, 18,000 nodes): the alias limit counts only what aliases expand to, so any size passes.
    const orders = Array.from({ length: 3_000 }, (_, i) => `  - {id: o${i}, placed_at: 2026-11-01, amount: "5", product: ecs}`).join('\n');
    const loaded = loadProfile('orders.yaml', Buffer.from(`format: clausecheck/v1\naccount: &acc\n  id: "1"\norders:\n${orders}\n`));
    expect(loaded.errors).toEqual([]);
    expect((loaded.profile as { orders: unknown[] }).orders.length).toBe(3_000);
  });
});

describe('__proto__ is an ordinary key', () => {
  it('in a profile: reported as an unknown key', () => {
    const loaded = loadProfile('p.yaml', Buffer.from('format: clausecheck/v1\naccount:\n  id: "1"\n  __proto__: 1\n'));
    expect(loaded.errors).toEqual([{ message: 'unknown key "__proto__"', path: ['account', '__proto__'], line: 4, column: 3 }]);
  });

  it('in a config: reported as an unknown key and an unknown rule', async () => {
    const { parseConfig } = await import('../../src/config/load-config.js');
    const { RULES } = await import('../../rules/index.js');
    const { errors } = parseConfig(Buffer.from('__proto__: {fail_on: warn}\nrules:\n  __proto__: off\n'), { absolute: '/p/.clausecheck.yaml', cwd: '/p', rules: RULES });
    expect(errors.map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual(['1:1 unknown key "__proto__"; allowed: fail_on, lang, pretty, rules, products, waivers, baseline, max_file_size', '3:3 unknown rule "__proto__"']);
  });
});

describe('waivers are indexed', () => {
  it('10,000 waivers × 1,000 files: each finding looks only at its rule\'s waivers', async () => {
    const expires = parseWhen('2026-12-31');
    const source = { file: 'w.yaml', absolute: '/p/w.yaml', dir: '/p', sha256: '' };
    const waivers = Array.from({ length: 10_000 }, (_, i) => ({ rule: `rule-${i % 50}`, files: `team-${i}/**`, subject: `s${i}`, reason: 'r', owner: 'o', expires, source, index: i, path: ['waivers', i], line: i + 2, column: 5 }));
    waivers.push({ rule: 'arrears', files: 'p/**', subject: 'B-1', reason: 'r', owner: 'o', expires, source, index: 10_000, path: ['waivers', 10_000], line: 10_002, column: 5 });
    const files = Array.from({ length: 1_000 }, (_, i) => ({
      file: `p/f${i}.yaml`, sha256: '', valid: true, errors: [],
      findings: [{ rule: 'arrears', status: 'fail' as const, clauses: [], subject: 'B-1', message: 'm', messageId: 'overdue', path: [], line: 1, column: 1, data: {} }],
    }));
    const { prepareWaivers, waiveFile, waiverOutcomes } = await import('../../src/config/waiver-apply.js');
    const prepared = prepareWaivers(waivers as never, { asOf: Date.parse('2026-11-26T00:00:00+08:00'), cwd: '/p' });
    // Count the waivers looked at: an index by rule looks only at the arrears waiver, once per file.
    let consulted = 0;
    const counted = new Proxy(prepared.waivers, { get: (target, key, receiver) => (typeof key === 'string' && /^\d+$/.test(key) && consulted++, Reflect.get(target, key, receiver)) });
    const matched = new Array<number>(waivers.length).fill(0);
    const waived = files.map((f) => waiveFile(f, { ...prepared, waivers: counted }, matched));
    expect(consulted).toBe(1_000);
    expect(waived.every((f) => f.findings[0]!.waived?.reason === 'r')).toBe(true);
    const outcomes = waiverOutcomes(prepared, matched, {});
    expect(outcomes[10_000]).toMatchObject({ state: 'applied', matched: 1_000 });
  });
});
