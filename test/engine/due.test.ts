import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDue, type Due } from '../../src/engine/due.js';
import { checkFile } from '../../src/engine/check-file.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import { DAY_MS, parseWhen, toRfc3339 } from '../../src/model/time.js';
import { RULES } from '../../rules/index.js';
import { assertDueVocabulary } from '../helpers/due-invariant.js';
import { defaultOptions } from '../../src/engine/rule-options.js';

const at = (text: string) => (parseWhen(text) as { at: number }).at;
const EXAMPLES = ['compliant', 'expiring', 'overdue'].map((name) => `examples/${name}.yaml`);

describe('addDue', () => {
  it('takes the earliest transition after T and lists the later ones in order', () => {
    const asOf = at('2026-11-26');
    const data = addDue(
      {},
      asOf,
      { at: at('2026-12-05'), kind: 'expires', turnsTo: 'fail', amount: 9_800_000_000n },
      undefined,
      { at: at('2026-11-20'), kind: 'renew-by', turnsTo: 'fail' },
      { at: at('2026-11-28'), kind: 'renew-by', turnsTo: 'fail' },
    );
    expect(data).toEqual({
      dueAt: '2026-11-28T00:00:00+08:00',
      dueKind: 'renew-by',
      dueTurnsTo: 'fail',
      dueLater: [{ dueAt: '2026-12-05T00:00:00+08:00', dueKind: 'expires', dueTurnsTo: 'fail', dueAmount: '9800.00' }],
    });
  });

  it('gives what filtering and a stable sort give, key order included, for any transitions (ties and one given twice too)', () => {
    const asOf = at('2026-11-26');
    const kinds = ['expires', 'renew-by', 'pay-by'] as const;
    const due = fc.option(fc.record({ at: fc.integer({ min: -3, max: 3 }).map((d) => asOf + d * DAY_MS), kind: fc.constantFrom(...kinds), turnsTo: fc.constantFrom('warn' as const, 'fail' as const) }), { nil: undefined });
    const bySort = (dues: (Due | undefined)[]) => {
      const entry = (d: Due) => ({ dueAt: toRfc3339(d.at), dueKind: d.kind, dueTurnsTo: d.turnsTo });
      const [first, ...later] = dues.filter((d): d is Due => d !== undefined && d.at > asOf).sort((a, b) => a.at - b.at);
      return first === undefined ? {} : later.length === 0 ? entry(first) : { ...entry(first), dueLater: later.map(entry) };
    };
    fc.assert(
      fc.property(fc.array(due, { maxLength: 6 }), fc.boolean(), (dues, twice) => {
        const given = twice && dues[0] !== undefined ? [...dues, dues[0]] : dues;
        expect(JSON.stringify(addDue({}, asOf, ...given))).toBe(JSON.stringify(bySort(given)));
      }),
      { numRuns: 2_000, seed: 20261202 },
    );
  });

  it('writes into the data given as Object.assign would: fields already there keep their place, the rest follow', () => {
    const asOf = at('2026-11-26');
    const data = { a: 1, dueAt: 'x', dueKind: 'expires', dueLater: [] as unknown[] };
    const same = addDue(data, asOf, { at: at('2026-12-01'), kind: 'renew-by', turnsTo: 'warn', amount: 1_500_000n });
    expect(same).toBe(data);
    expect(JSON.stringify(data)).toBe('{"a":1,"dueAt":"2026-12-01T00:00:00+08:00","dueKind":"renew-by","dueLater":[],"dueTurnsTo":"warn","dueAmount":"1.50"}');
  });

  it('is empty when every transition is at or before T', () => {
    const asOf = at('2026-11-26');
    expect(addDue({}, asOf, { at: asOf, kind: 'pay-by', turnsTo: 'fail' })).toEqual({});
  });
});

describe('every finding that states a deadline carries it (examples, as-of swept over a year)', () => {
  for (const file of EXAMPLES) {
    it(file, () => {
      const loaded = loadProfile(file, readFileSync(file));
      expect(loaded.profile).toBeDefined();
      for (let asOf = at('2025-11-01'); asOf < at('2027-01-15'); asOf += 5 * DAY_MS + 7 * 3_600_000) {
        for (const rule of RULES) {
          if (rule.kind !== 'model') continue;
          const options = defaultOptions(rule);
          assertDueVocabulary(rule.id, rule.check(loaded.profile!, { asOf, options, bufferDays: DEFAULT_BUFFER_DAYS }), asOf);
        }
      }
    });
  }
});

describe('deadlines of examples/expiring.yaml as of 2026-11-26', () => {
  const loaded = loadProfile('examples/expiring.yaml', readFileSync('examples/expiring.yaml'));
  const report = checkFile(loaded, { asOf: at('2026-11-26'), rules: RULES.map((rule) => ({ rule, options: defaultOptions(rule) })), bufferDays: DEFAULT_BUFFER_DAYS });
  const due = (rule: string, subject: string) => {
    const f = report.findings.find((x) => x.rule === rule && x.subject === subject)!;
    const { dueAt, dueKind, dueTurnsTo, dueAmount, dueLater } = f.data;
    return { status: f.status, dueAt, dueKind, dueTurnsTo, dueAmount, dueLater };
  };

  it('gives each rule its own transition', () => {
    expect(due('renewal-deadline', '212110000000201')).toEqual({
      status: 'warn',
      dueAt: '2026-11-28T00:00:00+08:00',
      dueKind: 'renew-by',
      dueTurnsTo: 'fail',
      dueAmount: '9800.00',
      dueLater: [{ dueAt: '2026-12-05T00:00:00+08:00', dueKind: 'expires', dueTurnsTo: 'fail', dueAmount: '9800.00' }],
    });
    expect(due('package-forfeit', '212110000000203')).toMatchObject({ status: 'warn', dueAt: '2026-12-11T00:00:00+08:00', dueKind: 'package-forfeited', dueTurnsTo: 'warn' });
    expect(due('scheduled-release', '212110000000202')).toMatchObject({ dueAt: '2026-12-20T00:00:00+08:00', dueKind: 'data-deleted' });
    expect(due('notice-period', 'N-2026-120')).toMatchObject({ dueAt: '2026-12-15T00:00:00+08:00', dueKind: 'notice-effective', dueTurnsTo: 'warn' });
    expect(due('outage-termination-right', 'rm-uf6garden-db')).toMatchObject({ status: 'warn', dueKind: 'right-lapses', dueTurnsTo: 'warn' });
  });
});
