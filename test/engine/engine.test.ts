import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/engine/check-file.js';
import { EXIT } from '../../src/engine/exit-codes.js';
import { exitCodeFor } from '../../src/engine/summary.js';
import { defineRule } from '../../src/engine/types.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import orderPaymentWindow from '../../rules/order-payment-window.js';
import { runCase, type ExpectedFinding } from '../helpers/rule-tester.js';

const throwing = defineRule({
  id: 'always-throws',
  title: 'A rule with a bug',
  clauses: ['3.4'],
  description: 'Throws on every profile, to prove the engine contains it.',
  options: (z) => z.strictObject({}),
  messages: {},
  check() {
    throw new Error('boom');
  },
});

const PROFILE = 'format: clausecheck/v1\naccount:\n  id: "1"\norders:\n  - id: o1\n    placed_at: 2026-11-01\n    amount: "5"\n';

describe('engine', () => {
  it('reports a rule that throws as an internal error naming the rule, and still runs the others (exit 2)', () => {
    const report = checkFile(loadProfile('p.yaml', Buffer.from(PROFILE)), {
      asOf: Date.UTC(2026, 10, 26) - 8 * 3_600_000,
      rules: [
        { rule: throwing, options: {} },
        { rule: orderPaymentWindow, options: { hold_days: 7 } },
      ],
      bufferDays: DEFAULT_BUFFER_DAYS,
    });
    expect(report.internalErrors).toEqual([{ rule: 'always-throws', message: 'boom' }]);
    expect(report.findings).toMatchObject([{ rule: 'order-payment-window', status: 'fail', subject: 'o1', clauses: ['3.2.1'], line: 5, column: 5 }]);
    expect(exitCodeFor([report], 'fail')).toBe(EXIT.invalid);
  });

  it('exit codes: invalid beats findings; waived findings do not count; --fail-on thresholds', () => {
    const finding = { rule: 'r', status: 'warn' as const, clauses: [], subject: 's', message: 'm', messageId: 'm', path: [], line: 1, column: 1, data: {} };
    const file = { file: 'f', sha256: '', valid: true, errors: [], findings: [finding] };
    expect(exitCodeFor([file], 'fail')).toBe(EXIT.clean);
    expect(exitCodeFor([file], 'warn')).toBe(EXIT.findings);
    expect(exitCodeFor([file], 'never')).toBe(EXIT.clean);
    expect(exitCodeFor([{ ...file, findings: [{ ...finding, waived: { reason: 'r', owner: 'o', expires: '2026-12-31' } }] }], 'warn')).toBe(EXIT.clean);
    expect(exitCodeFor([file, { ...file, valid: false }], 'warn')).toBe(EXIT.invalid);
  });

  it('a capped rule reports fail as warn and keeps the original status in data', () => {
    const report = checkFile(loadProfile('p.yaml', Buffer.from(PROFILE)), {
      asOf: Date.UTC(2026, 10, 26),
      rules: [{ rule: orderPaymentWindow, options: { hold_days: 7 }, cap: 'warn' }],
      bufferDays: DEFAULT_BUFFER_DAYS,
    });
    expect(report.findings[0]).toMatchObject({ status: 'warn', data: { originalStatus: 'fail' } });
  });

  it('keeps a finding whose status no output shows brief: no message, location or data (detail)', () => {
    const paid = `${PROFILE}  - id: o2\n    placed_at: 2026-11-01\n    amount: "5"\n    paid_at: 2026-11-02\n`;
    const check = (detail?: Set<'fail' | 'warn'>) =>
      checkFile(loadProfile('p.yaml', Buffer.from(paid)), { asOf: Date.UTC(2026, 10, 26), rules: [{ rule: orderPaymentWindow, options: { hold_days: 7 } }], bufferDays: DEFAULT_BUFFER_DAYS, ...(detail ? { detail } : {}) });
    const full = check();
    const brief = check(new Set(['fail']));
    expect(brief.findings[0]).toEqual(full.findings[0]);
    expect(full.findings[1]).toMatchObject({ status: 'pass', message: 'Order o2 was paid within the hold period.', line: 8, column: 5 });
    expect(brief.findings[1]).toEqual({ rule: 'order-payment-window', status: 'pass', clauses: ['3.2.1'], subject: 'o2', message: '', messageId: 'paid', path: ['orders', 1], line: 0, column: 0, data: {} });
    // One copy of a rule's clauses for all its findings, and one empty data for brief ones: frozen, so no one changes them for the others.
    expect(brief.findings[1]!.clauses).toBe(full.findings[0]!.clauses);
    expect(() => brief.findings[1]!.clauses.push('9.9')).toThrow(TypeError);
    expect(() => Object.assign(brief.findings[1]!.data, { x: 1 })).toThrow(TypeError);
  });
});

describe('the rule tester rejects malformed cases', () => {
  it('a case that expects nothing', () => {
    expect(() => runCase(orderPaymentWindow, { name: 'empty', profile: {}, asOf: '2026-11-26', expect: [] })).toThrow(/malformed case "empty": it expects no finding/);
  });
  it('a case whose profile does not validate', () => {
    expect(() => runCase(orderPaymentWindow, { name: 'bad', profile: { orders: [{ id: 'o1', kind: 'monthly' }] }, asOf: '2026-11-26', expect: [{ status: 'pass', subject: 'o1', line: 5, messages: [] }] })).toThrow(
      /malformed case "bad": the profile is invalid: .*expected one of subscription, payg, resource-package/,
    );
  });
  it('a case with an impossible as-of', () => {
    expect(() => runCase(orderPaymentWindow, { name: 'asof', profile: {}, asOf: '2026-02-30', expect: [{ status: 'skip', subject: 'account', line: 3, messages: [] }] })).toThrow(/malformed case "asof": asOf impossible date/);
  });
  it('an expectation without a line', () => {
    const wanted = { status: 'skip', subject: 'account', messages: [] } as unknown as ExpectedFinding;
    expect(() => runCase(orderPaymentWindow, { name: 'noline', profile: {}, asOf: '2026-11-26', expect: [wanted] })).toThrow(/malformed case "noline": expectation 1 \(skip account\) gives no line/);
  });
  it('an expectation without message ids', () => {
    const wanted = { status: 'skip', subject: 'account', line: 3 } as unknown as ExpectedFinding;
    expect(() => runCase(orderPaymentWindow, { name: 'noids', profile: {}, asOf: '2026-11-26', expect: [wanted] })).toThrow(/malformed case "noids": expectation 1 \(skip account\) gives no message ids/);
  });
  it('an expectation by English fragments (the removed `facts` form)', () => {
    const wanted = { status: 'skip', subject: 'account', line: 3, messages: [], facts: ['no orders'] } as unknown as ExpectedFinding;
    expect(() => runCase(orderPaymentWindow, { name: 'facts', profile: {}, asOf: '2026-11-26', expect: [wanted] })).toThrow(/malformed case "facts": .* keys the tester does not check: facts/);
  });
});
