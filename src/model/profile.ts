/**
 * The zod schema of the v1 account profile: the single source of truth (docs/profile-format.md is
 * generated from it, and so is the compiled validator that reads valid files without it). Built on
 * first use: only an invalid file, the JSON Schema and the docs need it.
 */
import { z } from '../util/zod.js';
import { scalars } from './scalars.js';

function build() {
  const { bool, identifier, integer, money, oneOf, quantity, region, signedMoney, text, when } = scalars();

  const accessKey = z.strictObject({
    id: identifier.describe('the AccessKey id (never its secret)'),
    status: oneOf(['active', 'inactive']).optional().describe('absent means active'),
    created_at: when.optional().describe('when the key was created'),
    last_used_at: when.optional().describe('when the key was last used; absent: never used'),
  });

  const contacts = z.strictObject({
    email: text.optional().describe('contact email (clause 11.1); contact-details checks that it looks like name@domain.tld'),
    phone: text.optional().describe('contact phone; contact-details checks it: an optional + then digits, spaces, hyphens and parentheses, 7 to 15 digits in all (+86 571 8888 0000)'),
    address: text.optional().describe('postal address'),
    verified_at: when.optional().describe('when the contact details were last confirmed'),
    notice_recipients: z.array(identifier).optional().describe('RAM user names that receive system messages (clause 11.1); each must be a RAM user of the account'),
  });

  const passwordPolicy = z.strictObject({
    min_length: integer(0).optional().describe('minimum password length'),
    character_classes: integer(1, 4).optional().describe('how many of the four character classes (upper, lower, digits, symbols) a password needs'),
    max_age_days: integer(0).optional().describe('days before a password expires; 0 = never expires'),
    reuse_prevention: integer(0).optional().describe('how many previous passwords cannot be reused'),
    max_login_attempts: integer(0).optional().describe('failed logins before the account locks'),
  });

  const ramUser = z.strictObject({
    name: identifier.describe('the RAM user\'s name (unique in the account)'),
    owner: text.optional().describe('the person responsible for this user'),
    enabled: bool.default(true).describe('false for a disabled user'),
    created_at: when.optional().describe('when the user was created'),
    console: bool.optional().describe('console login is enabled; absent: unknown'),
    mfa: bool.optional().describe('MFA is bound; absent: unknown'),
    last_login_at: when.optional().describe('the last console login; absent: never'),
    policies: z.array(text).optional().describe('names of the policies attached (AdministratorAccess makes an administrator)'),
    access_keys: z.array(accessKey).optional().describe('the user\'s AccessKeys'),
  });

  const credit = z.strictObject({
    id: identifier.describe('the credit\'s id'),
    kind: oneOf(['voucher', 'coupon', 'gift']).optional().describe('what it is; never cash, so it never counts toward a balance (clause 3.5)'),
    amount: money.optional().describe('its face value'),
    expires_at: when.optional().describe('its last day (a date is the last day included)'),
    used_at: when
      .optional()
      .describe('When the credit was applied to a bill or order (added in v1, optional). Credits are one-off (§3.5): once used it is gone. Absent: not used.'),
  });

  const payment = z.strictObject({
    amount: money.describe('the amount paid'),
    paid_at: when.describe('when it was paid'),
  });

  const bill = z.strictObject({
    id: identifier.describe('the bill number'),
    product: identifier.optional().describe('the product the bill charges, so that its payments count toward that product\'s liability cap'),
    amount: money.describe('the amount due'),
    due: when.describe('the due date; a date is the last day included (due 2026-11-09 is on time at any moment that day)'),
    payments: z.array(payment).optional().describe('payments made against the bill'),
  });

  const billing = z.strictObject({
    currency: z.literal('CNY', { error: 'only CNY is valid under this agreement (the China site)' }).optional().describe('the only currency of the China site'),
    balance: signedMoney.optional().describe('the cash balance, excluding vouchers, coupons and gifts'),
    payg_daily_spend: money.optional().describe('average daily pay-as-you-go spend over the last 7 days'),
    credits: z.array(credit).optional().describe('vouchers, coupons and gifts'),
    bills: z.array(bill).optional().describe('bills issued to the account'),
    overdue_since: when
      .optional()
      .describe('When the cash balance went below zero and stayed there (added in v1, optional): the late fee of §3.4 (0.05% a day) accrues on the debt from then. Only meaningful with a negative balance.'),
  });

  const root = z.strictObject({
    mfa: bool.optional().describe('MFA on the main account; absent: unknown'),
    access_keys: z.array(accessKey).optional().describe('AccessKeys of the main account'),
  });

  const account = z.strictObject({
    id: identifier.describe('the account UID'),
    name: text.optional().describe('the customer\'s name'),
    site: z.literal('cn', { error: 'only the China site (cn) is covered by this agreement' }).optional().describe('the China site; other sites have another agreement and are rejected'),
    data_regions: z.array(region).optional().describe('the regions the customer chose for its data (clause 6.6), e.g. cn-hangzhou'),
    contacts: contacts.optional().describe('contact details (clause 11.1)'),
    root: root.optional().describe('the main (root) account\'s credentials'),
    password_policy: passwordPolicy.optional().describe('the RAM password policy'),
    ram_users: z.array(ramUser).optional().describe('RAM users: the authorized accounts of clause 5.6'),
    billing: billing.optional().describe('balance, spend, credits and bills'),
  });

  const term = z.strictObject({
    start: when.optional().describe('when the term began'),
    end: when.optional().describe('a date is the last day of service (expiry at the next day\'s 00:00 +08:00); a date-time is the expiry instant'),
  });

  const renewal = z.strictObject({
    intent: oneOf(['renew', 'let-expire']).default('renew').describe('whether the customer means to renew'),
    auto: bool.optional().describe('auto-renew is switched on'),
    price: money.optional().describe('the price of the next term'),
    paid_at: when.optional().describe('when the next term was paid; a value before term.start belongs to an earlier renewal and is ignored'),
    last_attempt: oneOf(['none', 'succeeded', 'failed']).optional().describe('the last auto-renew deduction'),
  });

  const resourcePackage = z.strictObject({
    quantity: quantity.optional().describe('the package size, in unit'),
    used: quantity.optional().describe('use so far, in unit'),
    unit: text.optional().describe('the unit of quantity and used, e.g. GB, GB-month, requests'),
    period: oneOf(['total', 'monthly', 'daily', 'hourly']).optional().describe('a fixed total, or a quota per period'),
    expires_at: when.optional().describe('package expiry (a date is the last day included)'),
    in_use: bool.optional().describe('resources still draw on it (usage continues after it ends)'),
    successor: identifier.optional().describe('the order id of the package that takes over'),
  });

  const order = z.strictObject({
    id: identifier.describe('the order number'),
    kind: oneOf(['subscription', 'payg', 'resource-package']).default('subscription').describe('what was bought: a prepaid subscription, a pay-as-you-go resource or a resource package'),
    product: identifier.optional().describe('product code: ecs, rds, oss, nas, slb, tablestore, …'),
    resource: identifier.optional().describe('the instance id this order provides, e.g. i-bp1…'),
    region: region.optional().describe('where the resource lives'),
    billing: oneOf(['prepaid', 'postpaid']).optional().describe('prepaid for subscriptions and packages, postpaid for pay-as-you-go; must agree with kind'),
    placed_at: when.optional().describe('when the order was placed'),
    amount: money.optional().describe('the price of the order'),
    paid_amount: money.optional().describe('cash paid so far (vouchers and coupons excluded); defaults to amount when paid_at is given, else 0'),
    paid_at: when.optional().describe('when it was paid in full'),
    sold_out: bool.optional().describe('the provider sold out before payment (clause 3.2.1); an error together with paid_at'),
    channel: oneOf(['console', 'cadt', 'api']).optional().describe('where it was bought; cadt is the Cloud Architect Design Tool'),
    holds_data: bool.optional().describe('the resource stores customer data; default true for subscription and pay-as-you-go orders of ecs, rds, oss, nas, tablestore and polardb, false otherwise; a resource package never holds data'),
    status: oneOf(['active', 'expired', 'stopped', 'released']).optional().describe('the state as exported; used only where dates are absent, and released takes the order out of every rule but scheduled-release'),
    overdue_since: when.optional().describe('pay-as-you-go: when the account went into arrears for it'),
    release_at: when.optional().describe('a scheduled automatic release'),
    terminated_at: when
      .optional()
      .describe('When the service was terminated before its term ended (added in v1, optional): the effective instant of an early termination (§9.3), from which the data buffer and deletion countdown of §6.4 run.'),
    term: term.optional().describe('the subscription term'),
    renewal: renewal.optional().describe('the next term'),
    package: resourcePackage.optional().describe('a resource package\'s size, use and life'),
  });

  const copy = z.strictObject({
    region: region.optional().describe('the copy\'s region'),
    account: oneOf(['same', 'other', 'off-platform']).optional().describe('the same account, another account, or off the platform'),
  });

  const backup = z.strictObject({
    resource: identifier.describe('the protected resource; must match an order\'s resource when orders is present'),
    enabled: bool.default(true).describe('false for a disabled policy'),
    interval_hours: integer(1).optional().describe('how often a backup runs'),
    retention_days: integer(-1).optional().describe('how long a backup is kept; -1 means until deleted'),
    last_success_at: when.optional().describe('the last successful backup; absent: never'),
    last_restore_test_at: when.optional().describe('the last time a restore was tested; absent: never'),
    delete_with_resource: bool.optional().describe('automatic snapshots are deleted when the resource is released; absent: unknown'),
    copies: z.array(copy).optional().describe('where copies live'),
  });

  const logStore = z.strictObject({
    name: identifier.describe('the log store\'s name'),
    kind: oneOf(['website-access', 'audit-trail', 'application', 'other']).optional().describe('website access logs (clause 4.6), the operation audit trail (ActionTrail), or others'),
    region: region.optional().describe('where the logs are stored'),
    enabled: bool.default(true).describe('false for a disabled store'),
    retention_days: integer(-1).optional().describe('how long logs are kept; -1 means forever'),
    fields: z.array(oneOf(['content', 'time', 'ip', 'domain'])).optional().describe('for website-access: what each record holds'),
  });

  const incident = z.strictObject({
    id: identifier.describe('the incident\'s id'),
    product: identifier.optional().describe('the product interrupted'),
    resource: identifier.optional().describe('the resource interrupted'),
    start: when.describe('when the interruption began'),
    end: when.optional().describe('when it ended; absent: still open'),
    cause: oneOf(['provider', 'customer', 'maintenance', 'network', 'force-majeure', 'attack']).optional().describe('what caused it; absent: unknown'),
    ticket: identifier.optional().describe('the online ticket that reported it (clause 5.2.2); absent: none'),
  });

  const notice = z.strictObject({
    id: identifier.describe('the notice\'s id'),
    kind: oneOf(['agreement-change', 'termination', 'service-change', 'other']).optional().describe('agreement-change (clause 14.2), termination (the provider ending the agreement on notice, clause 9.3.4; for breach or attack use other), service-change or other'),
    channel: oneOf(['email', 'sms', 'message', 'announcement', 'paper']).optional().describe('how it was sent; the written channels of clause 11.3'),
    sent_at: when.optional().describe('when an electronic notice was sent'),
    posted_at: when.optional().describe('when a paper notice was posted'),
    status: oneOf(['sent', 'failed']).default('sent').describe('whether sending succeeded'),
    effective_at: when.optional().describe('when the change or termination takes effect'),
    refund: money.optional().describe('for a termination: the refund offered'),
    orders: z
      .array(identifier)
      .optional()
      .describe('For a termination notice (added in v1, optional): the ids of the prepaid orders it ends. The refund owed under §9.3.3/§9.3.4 is computed from them and compared with `refund`.'),
  });

  const claim = z.strictObject({
    id: identifier.describe('the claim\'s id'),
    product: identifier.optional().describe('the product the claim concerns'),
    incident: identifier.optional().describe('the incident id it arises from; its start anchors the liability cap, else made_at does'),
    amount: money.optional().describe('the amount claimed'),
    category: oneOf(['direct', 'indirect', 'lost-profit']).optional().describe('the kind of loss'),
    made_at: when.optional().describe('when the claim was made'),
  });

  /** The whole v1 profile. */
  const profileSchema = z.strictObject({
    format: z.literal('clausecheck/v1', { error: 'expected format: clausecheck/v1 (the only version this tool reads)' }).describe('the format version'),
    agreement: text.optional().describe('the agreement version the account accepted, e.g. aliyun-service-agreement@2020-09-24'),
    exported_at: when.optional().describe('when the data was taken from the account; the report notes a snapshot more than 7 days older than the evaluation instant, or later than it'),
    captured_at: when
      .optional()
      .describe(
        'when the data was taken from the account (a date-time; `clausecheck import` writes it); facts after it are unknown, not missing: backups, key and sign-in use and contact verification are judged as of it, and snapshot-age warns when it is older than max_age_days',
      ),
    account: account.describe('identity, contacts, credentials, billing'),
    orders: z.array(order).optional().describe('purchases: prepaid subscriptions, pay-as-you-go resources, resource packages'),
    backups: z.array(backup).optional().describe('backup policies, one per protected resource'),
    log_retention: z.array(logStore).optional().describe('log stores and how long they keep logs'),
    incidents: z.array(incident).optional().describe('service interruptions'),
    notices: z.array(notice).optional().describe('notices sent by the provider to the customer'),
    claims: z.array(claim).optional().describe('compensation claims made by the customer'),
  });
  return { profileSchema, accessKey, ramUser };
}

let built: ReturnType<typeof build> | undefined;

/** The whole v1 profile's schema, built on first use. */
export function profileSchema(): ReturnType<typeof build>['profileSchema'] {
  return (built ??= build()).profileSchema;
}

/** A validated profile. */
export type Profile = z.output<ReturnType<typeof profileSchema>>;
/** One order of a validated profile. */
export type Order = NonNullable<Profile['orders']>[number];
/** One backup policy of a validated profile. */
export type Backup = NonNullable<Profile['backups']>[number];
/** One log store of a validated profile. */
export type LogStore = NonNullable<Profile['log_retention']>[number];
/** One bill of a validated profile. */
export type Bill = NonNullable<NonNullable<Profile['account']['billing']>['bills']>[number];
/** One access key of a validated profile. */
export type AccessKey = z.output<ReturnType<typeof build>['accessKey']>;
/** One RAM user of a validated profile. */
export type RamUser = z.output<ReturnType<typeof build>['ramUser']>;
/** One incident of a validated profile. */
export type Incident = NonNullable<Profile['incidents']>[number];
/** One notice of a validated profile. */
export type Notice = NonNullable<Profile['notices']>[number];
/** One claim of a validated profile. */
export type Claim = NonNullable<Profile['claims']>[number];
