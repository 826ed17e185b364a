import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/load/load-profile.js';

function errors(yaml: string): string[] {
  return loadProfile('p.yaml', Buffer.from(yaml)).errors.map((e) => `${e.line}:${e.column} ${e.message} (${e.path.join('.')})`);
}

const HEAD = 'format: clausecheck/v1\naccount:\n  id: "42"\n';

describe('model: one schema for the whole v1 format', () => {
  it('reports every error of a file at once, in document order, each located', () => {
    const yaml = `format: clausecheck/v1
account:
  id: "42"
  site: intl
  contacts:
    emial: a@b.cn
  billing:
    currency: USD
    balance: 1e3
orders:
  - id: o1
    kind: payg
    billing: prepaid
    placed_at: 2026-13-01
  - kind: subscription
    amount: 0x10
backups:
  - resource: i-missing
    retention_day: 7
`;
    expect(errors(yaml)).toEqual([
      '4:9 only the China site (cn) is covered by this agreement (account.site)',
      '6:5 unknown key "emial" (did you mean "email"?) (account.contacts.emial)',
      '8:15 only CNY is valid under this agreement (the China site) (account.billing.currency)',
      '9:14 expected an amount like -1234.56 (at most 6 decimals, no exponent, no _), got the number 1e3 (account.billing.balance)',
      '11:5 missing required key "id" (orders.1)'.replace('11:5', '15:5'),
      '13:14 billing prepaid does not agree with kind payg (expected postpaid) (orders.0.billing)',
      '14:16 impossible date "2026-13-01" (orders.0.placed_at)',
      '16:13 expected an amount like 1234.56 (at most 6 decimals, no exponent, no _), got the number 0x10 (orders.1.amount)',
      '18:15 "i-missing" is not any order\'s resource (there are none) (backups.0.resource)',
      '19:5 unknown key "retention_day" (did you mean "retention_days"?) (backups.0.retention_day)',
    ].sort((a, b) => {
      const [la, ca] = a.split(' ')[0]!.split(':').map(Number) as [number, number];
      const [lb, cb] = b.split(' ')[0]!.split(':').map(Number) as [number, number];
      return la - lb || ca - cb;
    }));
  });

  it('requires format and account.id only', () => {
    expect(errors('account: {}\n')).toEqual(['1:1 missing required key "format" ()', '1:10 missing required key "id" (account)']);
    expect(errors(HEAD)).toEqual([]);
  });

  it('rejects YAML number forms that are not decimals, and money with more than 6 decimals', () => {
    for (const bad of ['1e3', '0x10', '.inf', '1_000', '"1.1234567"', '"-5"']) {
      expect(errors(`${HEAD}  billing:\n    payg_daily_spend: ${bad}\n`)).toHaveLength(1);
    }
    expect(errors(`${HEAD}  billing:\n    balance: "-5.5"\n    payg_daily_spend: 12.123456\n`)).toEqual([]);
  });

  it('keeps identifiers as their source text', () => {
    const loaded = loadProfile('p.yaml', Buffer.from('format: clausecheck/v1\naccount:\n  id: 00123\norders:\n  - id: 0042\n'));
    expect(loaded.profile?.account.id).toBe('00123');
    expect(loaded.profile?.orders?.[0]?.id).toBe('0042');
  });

  it('reads dates exactly, in Beijing time, and rejects impossible ones', () => {
    const loaded = loadProfile('p.yaml', Buffer.from(`${HEAD}exported_at: 2026-11-26 09:30\n`));
    expect(loaded.profile?.exported_at?.at).toBe(Date.UTC(2026, 10, 26, 1, 30));
    expect(errors(`${HEAD}exported_at: 2026-02-29\n`)).toEqual(['4:14 impossible date "2026-02-29" (exported_at)']);
    expect(errors(`${HEAD}exported_at: 2028-02-29\n`)).toEqual([]);
    expect(errors(`${HEAD}exported_at: 2026-11-26T24:00\n`)).toEqual(['4:14 impossible time "2026-11-26T24:00" (exported_at)']);
    expect(errors(`${HEAD}exported_at: yesterday\n`)[0]).toContain('"yesterday" is not a date (YYYY-MM-DD)');
  });

  it('treats null as absent', () => {
    expect(errors(`${HEAD}orders: ~\nbackups: null\n`)).toEqual([]);
  });

  it('accepts a notice recipient that is not a RAM user (contact-details warns about it instead)', () => {
    expect(errors(`${HEAD}  contacts:\n    notice_recipients: [ops, nobody]\n  ram_users:\n    - name: ops\n`)).toEqual([]);
  });

  it('rejects a termination notice naming an order that does not exist', () => {
    expect(errors(`${HEAD}orders:\n  - id: o1\nnotices:\n  - id: n1\n    kind: termination\n    orders: [o1, o9]\n`)).toEqual([
      '9:18 "o9" is not the id of an order in this profile (known: o1) (notices.0.orders.1)',
    ]);
  });

  it('checks cross-references with located errors', () => {
    const yaml = `format: clausecheck/v1
account:
  id: "42"
  contacts:
    notice_recipients: [ops, nobody]
  ram_users:
    - name: ops
orders:
  - id: p1
    kind: resource-package
    package:
      successor: p9
  - id: o2
    sold_out: true
    paid_at: 2026-11-01
  - id: o2
incidents:
  - id: inc1
    start: 2026-11-01
claims:
  - id: c1
    incident: inc2
`;
    expect(errors(yaml)).toEqual([
      '12:18 "p9" is not the id of an order in this profile (known: p1, o2) (orders.0.package.successor)',
      '14:15 sold_out cannot be true on an order that has paid_at (a sold-out order was never paid) (orders.1.sold_out)',
      '16:9 duplicate order id "o2" (also at orders.1) (orders.2.id)',
      '22:15 "inc2" is not an incident id in this profile (known: inc1) (claims.0.incident)',
    ]);
  });

  it('rejects enum values with the list of valid ones', () => {
    expect(errors(`${HEAD}orders:\n  - id: o1\n    kind: monthly\n`)).toEqual([
      '6:11 expected one of subscription, payg, resource-package, got "monthly" (orders.0.kind)',
    ]);
  });
});
