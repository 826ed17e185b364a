/** What the import owns in a profile: per section, the keys it sets; every other key and section is hand-maintained. */

/** How the import treats one key. */
export type Field =
  | 'scalar'
  | 'whole'
  | { map: Spec }
  | { list: { key: string; item: Spec; removeAbsent: boolean; label: string } };

/** Owned keys of a mapping. */
export type Spec = { [key: string]: Field };

const accessKey: Spec = { id: 'scalar', status: 'scalar', created_at: 'scalar', last_used_at: 'scalar' };

/** RAM users: `owner` and `enabled` stay hand-maintained. */
const ramUser: Spec = {
  name: 'scalar',
  created_at: 'scalar',
  console: 'scalar',
  mfa: 'scalar',
  last_login_at: 'scalar',
  policies: 'whole',
  access_keys: { list: { key: 'id', item: accessKey, removeAbsent: true, label: 'access key' } },
};

/** Orders: `channel`, `holds_data`, `sold_out`, `paid_amount`, `overdue_since`, `term.start`, renewal price and attempts, and package period, use and successor stay hand-maintained. */
const order: Spec = {
  id: 'scalar',
  kind: 'scalar',
  product: 'scalar',
  resource: 'scalar',
  region: 'scalar',
  billing: 'scalar',
  placed_at: 'scalar',
  amount: 'scalar',
  paid_at: 'scalar',
  status: 'scalar',
  release_at: 'scalar',
  term: { map: { end: 'scalar' } },
  renewal: { map: { intent: 'scalar', auto: 'scalar' } },
  package: { map: { quantity: 'scalar', used: 'scalar', unit: 'scalar', expires_at: 'scalar' } },
};

/** The whole profile: what `--merge` may change. */
export const OWNED: Spec = {
  captured_at: 'scalar',
  account: {
    map: {
      root: { map: { mfa: 'scalar', access_keys: { list: { key: 'id', item: accessKey, removeAbsent: true, label: 'root access key' } } } },
      password_policy: {
        map: { min_length: 'scalar', character_classes: 'scalar', max_age_days: 'scalar', reuse_prevention: 'scalar', max_login_attempts: 'scalar' },
      },
      ram_users: { list: { key: 'name', item: ramUser, removeAbsent: true, label: 'RAM user' } },
      billing: {
        map: {
          currency: 'scalar',
          balance: 'scalar',
          credits: { list: { key: 'id', item: { id: 'scalar', kind: 'scalar', amount: 'scalar', expires_at: 'scalar' }, removeAbsent: true, label: 'credit' } },
        },
      },
    },
  },
  orders: { list: { key: 'id', item: order, removeAbsent: false, label: 'order' } },
  backups: {
    list: {
      key: 'resource',
      item: { resource: 'scalar', enabled: 'scalar', interval_hours: 'scalar', retention_days: 'scalar', last_success_at: 'scalar', delete_with_resource: 'scalar', copies: 'whole' },
      removeAbsent: false,
      label: 'backup',
    },
  },
  log_retention: { list: { key: 'name', item: { name: 'scalar', kind: 'scalar', region: 'scalar', enabled: 'scalar', retention_days: 'scalar' }, removeAbsent: false, label: 'log store' } },
  incidents: { list: { key: 'id', item: { id: 'scalar', product: 'scalar', resource: 'scalar', start: 'scalar', end: 'scalar', cause: 'scalar' }, removeAbsent: false, label: 'incident' } },
};
