/** The zod schema of the v1 account profile (shared/spec/profile-format.md): the single source of truth. */
import { z } from 'zod';
import { bool, identifier, integer, money, oneOf, quantity, region, signedMoney, text, when } from './scalars.js';

const accessKey = z.strictObject({
  id: identifier,
  status: oneOf(['active', 'inactive']).optional(),
  created_at: when.optional(),
  last_used_at: when.optional(),
});

const contacts = z.strictObject({
  email: text.optional(),
  phone: text.optional(),
  address: text.optional(),
  verified_at: when.optional(),
  notice_recipients: z.array(identifier).optional(),
});

const passwordPolicy = z.strictObject({
  min_length: integer(0).optional(),
  character_classes: integer(1, 4).optional(),
  max_age_days: integer(0).optional(),
  reuse_prevention: integer(0).optional(),
  max_login_attempts: integer(0).optional(),
});

const ramUser = z.strictObject({
  name: identifier,
  owner: text.optional(),
  enabled: bool.default(true),
  created_at: when.optional(),
  console: bool.optional(),
  mfa: bool.optional(),
  last_login_at: when.optional(),
  policies: z.array(text).optional(),
  access_keys: z.array(accessKey).optional(),
});

const credit = z.strictObject({
  id: identifier,
  kind: oneOf(['voucher', 'coupon', 'gift']).optional(),
  amount: money.optional(),
  expires_at: when.optional(),
});

const payment = z.strictObject({ amount: money, paid_at: when });

const bill = z.strictObject({
  id: identifier,
  product: identifier.optional(),
  amount: money,
  due: when,
  payments: z.array(payment).optional(),
});

const billing = z.strictObject({
  currency: z.literal('CNY', { error: 'only CNY is valid under this agreement (the China site)' }).optional(),
  balance: signedMoney.optional(),
  payg_daily_spend: money.optional(),
  credits: z.array(credit).optional(),
  bills: z.array(bill).optional(),
});

const account = z.strictObject({
  id: identifier,
  name: text.optional(),
  site: z.literal('cn', { error: 'only the China site (cn) is covered by this agreement' }).optional(),
  data_regions: z.array(region).optional(),
  contacts: contacts.optional(),
  root: z.strictObject({ mfa: bool.optional(), access_keys: z.array(accessKey).optional() }).optional(),
  password_policy: passwordPolicy.optional(),
  ram_users: z.array(ramUser).optional(),
  billing: billing.optional(),
});

const order = z.strictObject({
  id: identifier,
  kind: oneOf(['subscription', 'payg', 'resource-package']).default('subscription'),
  product: identifier.optional(),
  resource: identifier.optional(),
  region: region.optional(),
  billing: oneOf(['prepaid', 'postpaid']).optional(),
  placed_at: when.optional(),
  amount: money.optional(),
  paid_amount: money.optional(),
  paid_at: when.optional(),
  sold_out: bool.optional(),
  channel: oneOf(['console', 'cadt', 'api']).optional(),
  holds_data: bool.optional(),
  status: oneOf(['active', 'expired', 'stopped', 'released']).optional(),
  overdue_since: when.optional(),
  release_at: when.optional(),
  term: z.strictObject({ start: when.optional(), end: when.optional() }).optional(),
  renewal: z
    .strictObject({
      intent: oneOf(['renew', 'let-expire']).default('renew'),
      auto: bool.optional(),
      price: money.optional(),
      paid_at: when.optional(),
      last_attempt: oneOf(['none', 'succeeded', 'failed']).optional(),
    })
    .optional(),
  package: z
    .strictObject({
      quantity: quantity.optional(),
      used: quantity.optional(),
      unit: text.optional(),
      period: oneOf(['total', 'monthly', 'daily', 'hourly']).optional(),
      expires_at: when.optional(),
      in_use: bool.optional(),
      successor: identifier.optional(),
    })
    .optional(),
});

const backup = z.strictObject({
  resource: identifier,
  enabled: bool.default(true),
  interval_hours: integer(1).optional(),
  retention_days: integer(-1).optional(),
  last_success_at: when.optional(),
  last_restore_test_at: when.optional(),
  delete_with_resource: bool.optional(),
  copies: z
    .array(z.strictObject({ region: region.optional(), account: oneOf(['same', 'other', 'off-platform']).optional() }))
    .optional(),
});

const logStore = z.strictObject({
  name: identifier,
  kind: oneOf(['website-access', 'audit-trail', 'application', 'other']).optional(),
  region: region.optional(),
  enabled: bool.default(true),
  retention_days: integer(-1).optional(),
  fields: z.array(oneOf(['content', 'time', 'ip', 'domain'])).optional(),
});

const incident = z.strictObject({
  id: identifier,
  product: identifier.optional(),
  resource: identifier.optional(),
  start: when,
  end: when.optional(),
  cause: oneOf(['provider', 'customer', 'maintenance', 'network', 'force-majeure', 'attack']).optional(),
  ticket: identifier.optional(),
});

const notice = z.strictObject({
  id: identifier,
  kind: oneOf(['agreement-change', 'termination', 'service-change', 'other']).optional(),
  channel: oneOf(['email', 'sms', 'message', 'announcement', 'paper']).optional(),
  sent_at: when.optional(),
  posted_at: when.optional(),
  status: oneOf(['sent', 'failed']).default('sent'),
  effective_at: when.optional(),
  refund: money.optional(),
});

const claim = z.strictObject({
  id: identifier,
  product: identifier.optional(),
  incident: identifier.optional(),
  amount: money.optional(),
  category: oneOf(['direct', 'indirect', 'lost-profit']).optional(),
  made_at: when.optional(),
});

/** The whole v1 profile. */
export const profileSchema = z.strictObject({
  format: z.literal('clausecheck/v1', { error: 'expected format: clausecheck/v1 (the only version this tool reads)' }),
  agreement: text.optional(),
  exported_at: when.optional(),
  captured_at: when
    .optional()
    .describe(
      'When the facts in this profile were captured from the account (date-time). Facts after it are unknown, not missing: rules that judge how recent something is (backups, key and sign-in use, contact verification) judge as of this instant, and check warns when it is older than snapshot-age allows.',
    ),
  account,
  orders: z.array(order).optional(),
  backups: z.array(backup).optional(),
  log_retention: z.array(logStore).optional(),
  incidents: z.array(incident).optional(),
  notices: z.array(notice).optional(),
  claims: z.array(claim).optional(),
});

/** A validated profile. */
export type Profile = z.output<typeof profileSchema>;
/** One order of a validated profile. */
export type Order = NonNullable<Profile['orders']>[number];
/** One backup policy of a validated profile. */
export type Backup = NonNullable<Profile['backups']>[number];
/** One log store of a validated profile. */
export type LogStore = NonNullable<Profile['log_retention']>[number];
/** One bill of a validated profile. */
export type Bill = NonNullable<NonNullable<Profile['account']['billing']>['bills']>[number];
/** One access key of a validated profile. */
export type AccessKey = z.output<typeof accessKey>;
/** One RAM user of a validated profile. */
export type RamUser = z.output<typeof ramUser>;
/** One incident of a validated profile. */
export type Incident = NonNullable<Profile['incidents']>[number];
/** One notice of a validated profile. */
export type Notice = NonNullable<Profile['notices']>[number];
/** One claim of a validated profile. */
export type Claim = NonNullable<Profile['claims']>[number];
