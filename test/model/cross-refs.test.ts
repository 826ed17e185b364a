/**
 * Differential: crossRefIssues (paths built only for an issue, id sets built on first use) gives
 * the same issues, in the same order, as it did with a path per list item, kept below as the
 * oracle: on random profiles whose sections share a small pool of ids (duplicates and missing
 * references are common), with items that are not mappings, numbers as ids and missing sections.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { YamlPath } from '../../src/contract/report.js';
import { crossRefIssues } from '../../src/model/cross-refs.js';
import { NumberToken } from '../../src/model/tokens.js';

interface CrossRefIssue {
  path: YamlPath;
  message: string;
}

type Entry = { item: Record<string, unknown>; path: YamlPath };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof NumberToken);
}

function key(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof NumberToken) return value.source;
  return undefined;
}

function entries(container: unknown, section: string, base: YamlPath): Entry[] {
  if (!isRecord(container)) return [];
  const list = container[section];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => (isRecord(item) ? [{ item, path: [...base, section, i] }] : []));
}

function hasSection(container: unknown, section: string): boolean {
  return isRecord(container) && Array.isArray(container[section]);
}

function duplicates(list: Entry[], field: string, what: string, issues: CrossRefIssue[]): void {
  const seen = new Map<string, YamlPath>();
  for (const { item, path } of list) {
    const id = key(item[field]);
    if (id === undefined) continue;
    if (seen.has(id)) issues.push({ path: [...path, field], message: `duplicate ${what} "${id}" (also at ${seen.get(id)!.join('.')})` });
    else seen.set(id, path);
  }
}

function missingRef(path: YamlPath, value: string, what: string, known: Set<string>): CrossRefIssue {
  const list = [...known].slice(0, 5).join(', ');
  return { path, message: `"${value}" is not ${what}${known.size ? ` (known: ${list}${known.size > 5 ? ', …' : ''})` : ' (there are none)'}` };
}

function checkOrders(orders: Entry[], issues: CrossRefIssue[]): void {
  const ids = new Set(orders.map((o) => key(o.item.id)).filter((id): id is string => id !== undefined));
  for (const { item, path } of orders) {
    const kind = key(item.kind) ?? 'subscription';
    const billing = key(item.billing);
    const expected = kind === 'payg' ? 'postpaid' : 'prepaid';
    if (billing !== undefined && ['subscription', 'payg', 'resource-package'].includes(kind) && billing !== expected) {
      issues.push({ path: [...path, 'billing'], message: `billing ${billing} does not agree with kind ${kind} (expected ${expected})` });
    }
    if (item.sold_out === true && item.paid_at !== undefined) {
      issues.push({ path: [...path, 'sold_out'], message: 'sold_out cannot be true on an order that has paid_at (a sold-out order was never paid)' });
    }
    const pkg = item.package;
    const successor = isRecord(pkg) ? key(pkg.successor) : undefined;
    if (successor !== undefined && !ids.has(successor)) {
      issues.push(missingRef([...path, 'package', 'successor'], successor, 'the id of an order in this profile', ids));
    }
  }
}

/** All cross-section problems of a raw profile, in no particular order. */
function oracleIssues(data: unknown): CrossRefIssue[] {
  if (!isRecord(data)) return [];
  const issues: CrossRefIssue[] = [];
  const account = data.account;
  const orders = entries(data, 'orders', []);
  const ramUsers = entries(account, 'ram_users', ['account']);
  const incidents = entries(data, 'incidents', []);
  const billing = isRecord(account) ? account.billing : undefined;

  duplicates(orders, 'id', 'order id', issues);
  duplicates(ramUsers, 'name', 'RAM user name', issues);
  duplicates(incidents, 'id', 'incident id', issues);
  duplicates(entries(data, 'notices', []), 'id', 'notice id', issues);
  duplicates(entries(data, 'claims', []), 'id', 'claim id', issues);
  duplicates(entries(data, 'log_retention', []), 'name', 'log store name', issues);
  duplicates(entries(billing, 'bills', ['account', 'billing']), 'id', 'bill id', issues);
  checkOrders(orders, issues);

  if (hasSection(data, 'orders')) {
    const resources = new Set(orders.map((o) => key(o.item.resource)).filter((r): r is string => r !== undefined));
    for (const { item, path } of entries(data, 'backups', [])) {
      const resource = key(item.resource);
      if (resource !== undefined && !resources.has(resource)) {
        issues.push(missingRef([...path, 'resource'], resource, "any order's resource", resources));
      }
    }
  }

  const orderIds = new Set(orders.map((o) => key(o.item.id)).filter((id): id is string => id !== undefined));
  for (const { item, path } of entries(data, 'notices', [])) {
    const ended = Array.isArray(item.orders) ? item.orders : [];
    ended.forEach((ref, i) => {
      const id = key(ref);
      if (id !== undefined && !orderIds.has(id)) issues.push(missingRef([...path, 'orders', i], id, 'the id of an order in this profile', orderIds));
    });
  }

  // A notice recipient that is not a RAM user is judged (a warn in contact-details), not rejected: one stale name must not hide every other finding.

  const incidentIds = new Set(incidents.map((x) => key(x.item.id)).filter((id): id is string => id !== undefined));
  for (const { item, path } of entries(data, 'claims', [])) {
    const ref = key(item.incident);
    if (ref !== undefined && !incidentIds.has(ref)) {
      issues.push(missingRef([...path, 'incident'], ref, 'an incident id in this profile', incidentIds));
    }
  }
  return issues;
}

const idArb = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.constantFrom('1', '2').map((s) => new NumberToken(s)), fc.constant(true));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const itemArb = fc.oneof(
  { weight: 8, arbitrary: fc.record({ id: maybe(idArb), name: maybe(idArb), resource: maybe(idArb), incident: maybe(idArb), kind: maybe(fc.constantFrom('subscription', 'payg', 'resource-package', 'other')), billing: maybe(fc.constantFrom('prepaid', 'postpaid')), sold_out: maybe(fc.boolean()), paid_at: maybe(fc.constant('2026-01-01')), package: maybe(fc.record({ successor: maybe(idArb) })), orders: maybe(fc.array(idArb, { maxLength: 4 })) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 'x', 1, [] as unknown[]) },
);
const listArb = maybe(fc.oneof({ weight: 9, arbitrary: fc.array(itemArb, { maxLength: 8 }) }, { weight: 1, arbitrary: fc.constant('not a list') }));
const profileArb = fc.record(
  {
    orders: listArb,
    incidents: listArb,
    notices: listArb,
    claims: listArb,
    backups: listArb,
    log_retention: listArb,
    account: maybe(fc.record({ ram_users: listArb, billing: maybe(fc.record({ bills: listArb }, { requiredKeys: [] })) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);

describe('crossRefIssues', () => {
  it('gives the issues the per-item-path version gave, in the same order', () => {
    let found = 0;
    fc.assert(
      fc.property(profileArb, (data) => {
        const want = oracleIssues(data);
        found += want.length;
        expect(crossRefIssues(data)).toEqual(want);
      }),
      { numRuns: 3_000, seed: 20261202 },
    );
    expect(found).toBeGreaterThan(3_000);
    expect(crossRefIssues('not a profile')).toEqual([]);
  });
});
