/** Verdict: the worst status, and the messages most severe first, each severity in the order added (as a stable sort gives). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Verdict } from '../../src/engine/verdict.js';

const messages = { a: (p: { n: number }) => `a${p.n}`, b: (p: { n: number }) => `b${p.n}`, ok: (p: { n: number }) => `ok${p.n}` };

describe('Verdict', () => {
  it('passes with the pass message when nothing was added', () => {
    expect(new Verdict(messages).finding('s', ['x', 0], ['ok', { n: 1 }], { d: 1 })).toEqual({
      status: 'pass', subject: 's', path: ['x', 0], messages: [{ id: 'ok', params: { n: 1 } }], data: { d: 1 },
    });
  });

  it('puts failures before warnings, each in the order added', () => {
    const verdict = new Verdict(messages).add('warn', 'a', { n: 1 }).add('fail', 'b', { n: 2 }).add('warn', 'a', { n: 3 }).add('fail', 'a', { n: 4 });
    expect(verdict.finding('s', [], ['ok', { n: 0 }])).toEqual({
      status: 'fail', subject: 's', path: [], data: undefined,
      messages: [{ id: 'b', params: { n: 2 } }, { id: 'a', params: { n: 4 } }, { id: 'a', params: { n: 1 } }, { id: 'a', params: { n: 3 } }],
    });
    expect(new Verdict(messages).add('warn', 'b', { n: 5 }).add('warn', 'a', { n: 6 }).finding('s', [], ['ok', { n: 0 }]).status).toBe('warn');
  });

  it('orders any sequence of conditions as a stable sort by severity does', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 9 }), (failing) => {
        const verdict = new Verdict(messages);
        const added = failing.map((fail, n) => ({ status: fail ? ('fail' as const) : ('warn' as const), use: { id: 'a' as const, params: { n } } }));
        for (const { status, use } of added) verdict.add(status, use.id, use.params);
        const sorted = [...added].sort((x, y) => (x.status === y.status ? 0 : x.status === 'fail' ? -1 : 1));
        const finding = verdict.finding('s', [], ['ok', { n: -1 }]);
        expect(finding.messages).toEqual(sorted.map((p) => p.use));
        expect(finding.status).toBe(sorted[0]!.status);
      }),
      { numRuns: 2_000, seed: 20261202 },
    );
  });
});
