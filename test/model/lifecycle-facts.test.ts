import { describe, expect, it } from 'vitest';
import { DEFAULT_BUFFER_DAYS } from '../../src/model/buffer-days.js';
import {
  bufferFor,
  currentOrders,
  describeEnd,
  formatUnits,
  packageEnded,
  packageState,
  unitsDecimal,
  unitsToHundredths,
} from '../../src/model/lifecycle-facts.js';
import type { Order } from '../../src/model/profile.js';
import { parseWhen, type When } from '../../src/model/time.js';

const when = (text: string) => parseWhen(text) as When;
const order = (extra: Partial<Order>): Order => ({ id: 'o1', kind: 'subscription', ...extra });
const pkg = (fields: NonNullable<Order['package']>, extra: Partial<Order> = {}): Order =>
  order({ kind: 'resource-package', package: fields, ...extra });

describe('currentOrders', () => {
  const old = order({ id: 'old', resource: 'i-1', placed_at: when('2025-01-01') });
  const renewed = order({ id: 'new', resource: 'i-1', placed_at: when('2026-01-01') });
  const future = order({ id: 'future', resource: 'i-1', placed_at: when('2026-12-01') });
  const loose = order({ id: 'loose' });

  it('keeps, per resource, the order placed last by T, and every order without a resource', () => {
    const current = currentOrders([old, renewed, future, loose], when('2026-06-01').at);
    expect([...current].map((o) => o.id)).toEqual(['new', 'loose']);
  });

  it('ignores orders placed after T', () => {
    expect([...currentOrders([old, future], when('2026-06-01').at)].map((o) => o.id)).toEqual(['old']);
    expect([...currentOrders([old, future], when('2026-12-01').at)].map((o) => o.id)).toEqual(['future']);
  });
});

describe('bufferFor', () => {
  it('uses the product figure for the billing kind', () => {
    expect(bufferFor(DEFAULT_BUFFER_DAYS, order({ product: 'rds' }))).toMatchObject({ days: 15, isDefault: false, kind: 'subscription' });
    expect(bufferFor(DEFAULT_BUFFER_DAYS, order({ product: 'rds', kind: 'payg' }))).toMatchObject({ days: 7, isDefault: false, kind: 'payg' });
  });

  it('falls back to the default for unlisted, absent or prototype-named products', () => {
    for (const product of ['polardb', undefined, 'constructor', 'default']) {
      expect(bufferFor(DEFAULT_BUFFER_DAYS, order({ product }))).toMatchObject({ days: 15, isDefault: true, product });
    }
  });

  it('uses the built-in default when a table has none', () => {
    expect(bufferFor({}, order({ product: 'ecs', kind: 'payg' }))).toMatchObject({ days: 15, isDefault: true });
  });
});

describe('packageState', () => {
  const at = (text: string) => when(text).at;
  const p = pkg({ quantity: 100_000_000n, used: 40_000_000n, unit: 'GB', expires_at: when('2026-12-31') });

  it('expires at the instant after the last day', () => {
    expect(packageState(p, at('2026-12-31T23:59:59'))).toMatchObject({ expired: false, usedUp: false, unit: 'GB' });
    expect(packageState(p, at('2027-01-01'))).toMatchObject({ expired: true, expiry: at('2027-01-01') });
    expect(packageEnded(packageState(p, at('2027-01-01')))).toBe(true);
  });

  it('is used up at used >= quantity, and needs both', () => {
    expect(packageState(pkg({ quantity: 1n, used: 1n }), 0).usedUp).toBe(true);
    expect(packageState(pkg({ quantity: 1n }), 0).usedUp).toBe(false);
  });

  it('reads status expired only without expires_at', () => {
    expect(packageState(pkg({}, { status: 'expired' }), 0)).toMatchObject({ expired: true, expiry: undefined, unit: 'units' });
    expect(packageState(pkg({ expires_at: when('2026-12-31') }, { status: 'expired' }), at('2026-06-01')).expired).toBe(false);
  });

  it('describes how it ended', () => {
    const both = packageState(pkg({ quantity: 2_000_000n, used: 2_500_000n, unit: 'TB', expires_at: when('2026-12-31') }), at('2027-01-02'));
    expect(describeEnd(both)).toBe('expired at 2027-01-01 00:00 +08:00 and is used up (2.5 TB of 2 TB used)');
    expect(describeEnd(packageState(pkg({}, { status: 'expired' }), 0))).toBe('has expired');
  });
});

describe('units', () => {
  it('prints millionths exactly without trailing zeros', () => {
    expect(unitsDecimal(0n)).toBe('0');
    expect(unitsDecimal(12_500_000n)).toBe('12.5');
    expect(unitsDecimal(1n)).toBe('0.000001');
    expect(unitsDecimal(-1_500_000n)).toBe('-1.5');
  });

  it('groups thousands in messages', () => {
    expect(formatUnits(1_234_567_500_000n, 'requests')).toBe('1,234,567.5 requests');
    expect(formatUnits(999_000_000n, 'GB')).toBe('999 GB');
  });

  it('rounds a ratio half away from zero to 0.01 unit', () => {
    expect(unitsToHundredths(5_000n, 1n)).toBe(10_000n);
    expect(unitsToHundredths(4_999n, 1n)).toBe(0n);
    expect(unitsToHundredths(100_000_000n, 3n)).toBe(33_330_000n);
  });
});
