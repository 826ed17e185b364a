import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { checkFile, type RunSettings } from '../../src/engine/check-file.js';
import { defaultOptions } from '../../src/engine/rule-options.js';
import { newFindingCleaner } from '../../src/engine/safe-report.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import type { ReportFinding } from '../../src/contract/report.js';
import { safeSubject, safeText } from '../../src/util/redact.js';
import { leaks, SECRETS } from '../attack/harness.js';

/** Every rule with its default options, as of 2026-11-26. */
const SETTINGS: RunSettings = { asOf: Date.UTC(2026, 10, 26), rules: RULES.map((rule) => ({ rule, options: defaultOptions(rule) })), bufferDays: DEFAULT_BUFFER_DAYS };

/** A finding just built, holding `value` in every place a profile string can reach. */
function holding(value: string): ReportFinding {
  return {
    rule: 'order-payment-window',
    status: 'fail',
    clauses: ['3.2.1'],
    subject: value,
    message: `Order ${value} is unpaid.`,
    messageId: 'unpaid',
    path: ['orders', 0, value],
    line: 1,
    column: 1,
    data: { order: value, [value]: 1, nested: [{ id: value }], long: `${value} ${'x'.repeat(130)}` },
  };
}

describe('cleaning new findings (texts remembered by content)', () => {
  for (const secret of SECRETS) {
    it(`${secret.kind}: hidden in every place, the first time and when the same text comes again`, () => {
      const subject = safeSubject(secret.value);
      const text = safeText(secret.value);
      const expected = {
        ...holding(secret.value),
        subject,
        message: safeText(`Order ${secret.value} is unpaid.`),
        path: ['orders', 0, subject],
        data: { order: text, [text]: 1, nested: [{ id: text }], long: safeText(`${secret.value} ${'x'.repeat(130)}`) },
      };
      // One cleaner (one file's memo) for the first rounds, a new one (the next file) for the last.
      let clean = newFindingCleaner();
      for (let round = 0; round < 3; round++) {
        if (round === 2) clean = newFindingCleaner();
        const cleaned = clean(holding(secret.value));
        expect(cleaned).toEqual(expected);
        expect(leaks(JSON.stringify(cleaned), secret)).toEqual([]);
      }
    });
  }

  it('a secret in an order id that many findings name is hidden in all of them, in every file', () => {
    const secret = SECRETS.find((s) => s.kind === 'password value')!;
    const profile = `format: clausecheck/v1\naccount:\n  id: "1"\norders:\n  - id: ${JSON.stringify(secret.value)}\n    placed_at: 2026-11-01\n    amount: "5"\n`;
    const reports = [1, 2].map(() => checkFile(loadProfile('p.yaml', Buffer.from(profile)), SETTINGS));
    const naming = reports.map((r) => r.findings.filter((f) => f.path[0] === 'orders').map((f) => [f.rule, f.subject]));
    expect(naming[0]).toEqual([
      ['order-payment-window', 'password=[not shown]'],
      ['term-after-payment', 'password=[not shown]'],
    ]);
    expect(naming[1]).toEqual(naming[0]);
    for (const report of reports) expect(leaks(JSON.stringify(report), secret)).toEqual([]);
  });
});

describe('the memo of subjects', () => {
  it('keeps no file text past its file (a subject is a slice of the text that holds it)', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const profile = (tail: string, order = '213616000000001') => Buffer.from(`format: clausecheck/v1\naccount:\n  id: "1"\norders:\n  - id: "${order}"\n    placed_at: 2026-11-01\n    amount: "5"\n${tail}`);
    // A first file with 16 MB of comment lines: its text is 16 MB, and its order id (a subject) a slice of it.
    const big = profile(`# ${'x'.repeat(1022)}\n`.repeat(16 * 1024));
    // Warm first: the first check of a process loads and compiles what it runs, which stays. (Another
    // order id: a memo that already held the big file's id would not take the big file's slice.)
    checkFile(loadProfile('warm.yaml', profile('', '213616000000002')), SETTINGS);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    // Only a boolean kept: a subject held here would hold the text too.
    const named = checkFile(loadProfile('big.yaml', big), SETTINGS).findings.some((f) => f.subject === '213616000000001');
    expect(named).toBe(true);
    checkFile(loadProfile('small.yaml', profile('')), SETTINGS);
    gc();
    gc();
    // Held by a memo, the first text would still be there (16 MB more); half of it leaves room for noise.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8 * 2 ** 20);
  });
});
