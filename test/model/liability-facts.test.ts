import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';
import { capWindow, liabilityCap } from '../../src/model/liability-facts.js';
import { parseWhen, toRfc3339, type When } from '../../src/model/time.js';

const at = (text: string) => (parseWhen(text) as When).at;

const yaml = `format: clausecheck/v1
account:
  id: "1"
  billing:
    credits: [{ id: g1, kind: gift, amount: "999.00" }]
    bills:
      - { id: b1, product: ecs, amount: "50.00", due: 2026-06-30, payments: [{ amount: "20.00", paid_at: 2026-06-01 }, { amount: "30.00", paid_at: 2026-12-01 }] }
      - { id: b2, product: rds, amount: "70.00", due: 2026-06-30, payments: [{ amount: "70.00", paid_at: 2026-06-01 }] }
orders:
  - { id: o1, product: ecs, amount: "100.00", paid_at: 2025-11-01T00:00:00 }
  - { id: o2, product: ecs, amount: "200.00", paid_at: 2025-10-31T23:59:59, status: released }
  - { id: o3, product: ecs, amount: "300.00", paid_amount: "250.00", paid_at: 2026-03-01, status: released, term: { start: 2026-03-01, end: 2026-08-31 }, renewal: { price: "40.00", paid_at: 2026-08-01 } }
  - { id: o4, product: ecs, amount: "10.00", paid_at: 2026-11-01T00:00:00 }
  - { id: o5, product: ecs, amount: "5.00", term: { start: 2026-03-01 }, renewal: { price: "7.00", paid_at: 2026-02-01 } }
`;

describe('liability cap (clause 10.6)', () => {
  it('spans 12 calendar months before the anchor', () => {
    const w = capWindow(at('2028-02-29T10:00'));
    expect([toRfc3339(w.from), toRfc3339(w.to)]).toEqual(['2027-02-28T10:00:00+08:00', '2028-02-29T10:00:00+08:00']);
  });

  it('sums cash paid in [anchor − 12 months, anchor) by T, released orders included, credits never', () => {
    const profile = loadProfile('p.yaml', Buffer.from(yaml)).profile!;
    const result = liabilityCap(profile, 'ecs', at('2026-11-01'), at('2026-11-26'));
    // o1 100 (at the window start) + o3 250 + renewal of o3 40 + bill b1 20; o2 one second early, o4 at the anchor,
    // o5's renewal before its term start, b1's later payment after T, b2 another product.
    expect(result.payments.map((p) => p.source)).toEqual(['order o1', 'order o3', 'renewal of o3', 'bill b1']);
    expect(result.cap).toBe(410_000_000n);
  });
});
