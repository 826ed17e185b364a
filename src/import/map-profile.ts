/** The one mapper: recorded API answers (from files or the live API) to profile data in the profile format's key order. */
import { backups } from './map-backups.js';
import { billing, orders } from './map-billing.js';
import { auditTrails, maintenanceEvents } from './map-events.js';
import { callerIdentity, compact, passwordPolicy, ramUsers, rootAccount } from './map-identity.js';
import type { ResponseSet } from './responses.js';
import type { Notes } from './values.js';

/** Profile data as the importer writes it (plain values: amounts and instants as strings). */
type ImportedProfile = Record<string, unknown> & { account: Record<string, unknown> };

/** Maps the answers to profile data; `capturedAt` is RFC 3339. Undefined account id is left to the caller. */
export function mapProfile(set: ResponseSet, capturedAt: string, notes: Notes): { profile: ImportedProfile; accountId?: string } {
  const identity = callerIdentity(set, notes);
  const orderList = orders(set, notes);
  let backupList = backups(set, notes);
  if (orderList && backupList) {
    const resources = new Set(orderList.map((o) => o.resource));
    for (const b of backupList) if (!resources.has(b.resource)) notes.add('warning', 'backupWithoutOrder', { resource: String(b.resource) });
    backupList = backupList.filter((b) => resources.has(b.resource));
  }
  const account = compact({
    id: identity.accountId ?? '',
    root: rootAccount(set, identity.isRoot, notes),
    password_policy: passwordPolicy(set, notes),
    ram_users: ramUsers(set, notes),
    billing: billing(set, notes),
  });
  const profile = compact({
    format: 'clausecheck/v1',
    captured_at: capturedAt,
    account,
    orders: orderList,
    backups: backupList,
    log_retention: auditTrails(set, notes),
    incidents: maintenanceEvents(set, notes),
  }) as ImportedProfile;
  return { profile, accountId: identity.accountId };
}
