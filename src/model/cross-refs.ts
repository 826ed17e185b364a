/**
 * Checks across sections that a per-field schema cannot express: references between sections,
 * duplicate ids, and fields that must agree. Runs on the raw data (defensively), so its errors
 * are reported together with the schema's even when other parts of the file are invalid.
 */
import type { YamlPath } from '../contract/report.js';
import { NumberToken } from './tokens.js';

/** A problem found across sections, at a YAML path. */
interface CrossRefIssue {
  path: YamlPath;
  message: string;
}

/** A section's list (its items may be anything) and the path of the list; an item's path is built only for an issue. */
interface Section {
  list: readonly unknown[];
  base: YamlPath;
}

const NONE: Section = { list: [], base: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof NumberToken);
}

function key(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value instanceof NumberToken) return value.source;
  return undefined;
}

function section(container: unknown, name: string, base: YamlPath): Section {
  if (!isRecord(container)) return NONE;
  const list = container[name];
  return Array.isArray(list) ? { list, base: [...base, name] } : NONE;
}

/** The item at index `i` when it is a mapping, else undefined. */
function itemAt(list: readonly unknown[], i: number): Record<string, unknown> | undefined {
  const item = list[i];
  return isRecord(item) ? item : undefined;
}

function duplicates({ list, base }: Section, field: string, what: string, issues: CrossRefIssue[]): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const id = key(itemAt(list, i)?.[field]);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path: [...base, i, field], message: `duplicate ${what} "${id}" (also at ${[...base, first].join('.')})` });
    else seen.set(id, i);
  }
}

/** The keys of `field` in a section's mappings, in order (the `known` of missingRef). */
function keysOf({ list }: Section, field: string): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const k = key(itemAt(list, i)?.[field]);
    if (k !== undefined) keys.add(k);
  }
  return keys;
}

function missingRef(path: YamlPath, value: string, what: string, known: Set<string>): CrossRefIssue {
  const list = [...known].slice(0, 5).join(', ');
  return { path, message: `"${value}" is not ${what}${known.size ? ` (known: ${list}${known.size > 5 ? ', …' : ''})` : ' (there are none)'}` };
}

const KINDS_WITH_BILLING = new Set(['subscription', 'payg', 'resource-package']);

function checkOrders({ list, base }: Section, ids: () => Set<string>, issues: CrossRefIssue[]): void {
  for (let i = 0; i < list.length; i++) {
    const item = itemAt(list, i);
    if (item === undefined) continue;
    const kind = key(item.kind) ?? 'subscription';
    const billing = key(item.billing);
    const expected = kind === 'payg' ? 'postpaid' : 'prepaid';
    if (billing !== undefined && KINDS_WITH_BILLING.has(kind) && billing !== expected) {
      issues.push({ path: [...base, i, 'billing'], message: `billing ${billing} does not agree with kind ${kind} (expected ${expected})` });
    }
    if (item.sold_out === true && item.paid_at !== undefined) {
      issues.push({ path: [...base, i, 'sold_out'], message: 'sold_out cannot be true on an order that has paid_at (a sold-out order was never paid)' });
    }
    const pkg = item.package;
    const successor = isRecord(pkg) ? key(pkg.successor) : undefined;
    if (successor !== undefined && !ids().has(successor)) {
      issues.push(missingRef([...base, i, 'package', 'successor'], successor, 'the id of an order in this profile', ids()));
    }
  }
}

/** All cross-section problems of a raw profile, in no particular order. */
export function crossRefIssues(data: unknown): CrossRefIssue[] {
  if (!isRecord(data)) return [];
  const issues: CrossRefIssue[] = [];
  const account = data.account;
  const orders = section(data, 'orders', []);
  const incidents = section(data, 'incidents', []);
  const notices = section(data, 'notices', []);
  const claims = section(data, 'claims', []);
  const billing = isRecord(account) ? account.billing : undefined;
  // The sets of known ids, built when a reference is first checked.
  let orderIds: Set<string> | undefined;
  const ids = (): Set<string> => (orderIds ??= keysOf(orders, 'id'));

  duplicates(orders, 'id', 'order id', issues);
  duplicates(section(account, 'ram_users', ['account']), 'name', 'RAM user name', issues);
  duplicates(incidents, 'id', 'incident id', issues);
  duplicates(notices, 'id', 'notice id', issues);
  duplicates(claims, 'id', 'claim id', issues);
  duplicates(section(data, 'log_retention', []), 'name', 'log store name', issues);
  duplicates(section(billing, 'bills', ['account', 'billing']), 'id', 'bill id', issues);
  checkOrders(orders, ids, issues);

  if (orders !== NONE) {
    let resources: Set<string> | undefined;
    const backups = section(data, 'backups', []);
    for (let i = 0; i < backups.list.length; i++) {
      const resource = key(itemAt(backups.list, i)?.resource);
      if (resource !== undefined && !(resources ??= keysOf(orders, 'resource')).has(resource)) {
        issues.push(missingRef([...backups.base, i, 'resource'], resource, "any order's resource", resources));
      }
    }
  }

  for (let i = 0; i < notices.list.length; i++) {
    const item = itemAt(notices.list, i);
    const ended = Array.isArray(item?.orders) ? item.orders : [];
    ended.forEach((ref, j) => {
      const id = key(ref);
      if (id !== undefined && !ids().has(id)) issues.push(missingRef([...notices.base, i, 'orders', j], id, 'the id of an order in this profile', ids()));
    });
  }

  // A notice recipient that is not a RAM user is judged (a warn in contact-details), not rejected: one stale name must not hide every other finding.

  let incidentIds: Set<string> | undefined;
  for (let i = 0; i < claims.list.length; i++) {
    const ref = key(itemAt(claims.list, i)?.incident);
    if (ref !== undefined && !(incidentIds ??= keysOf(incidents, 'id')).has(ref)) {
      issues.push(missingRef([...claims.base, i, 'incident'], ref, 'an incident id in this profile', incidentIds));
    }
  }
  return issues;
}
