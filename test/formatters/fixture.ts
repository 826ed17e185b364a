/**
 * Report fixtures for the formatter tests: a realistic run over four files (a valid profile with
 * fail/warn/pass/skip findings, one of them waived; an invalid profile; a profile outside the working
 * directory whose run had an internal error; the config file with a waiver finding), full of tricky
 * characters, and a generator for large reports.
 */
import { createHash } from 'node:crypto';
import { buildReport } from '../../src/engine/summary.js';
import type { FileReport, FormatContext, Report, ReportFinding, RuleSummary } from '../../src/contract/report.js';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The working directory the fixture's relative paths are relative to. */
export const CWD = '/work/project';
/** The as-of instant of the fixture run. */
export const AS_OF = '2026-11-26T00:00:00+08:00';

/** The valid profile's path: Chinese, a space and a comma. */
export const VALID_FILE = 'profiles/华东 客户/acme,inc.yaml';
/** The invalid profile's path. */
export const INVALID_FILE = 'profiles/broken.yaml';
/** A profile given by an absolute path outside the working directory. */
export const OUTSIDE_FILE = '/srv/audits/globex.yaml';
/** The config file (waiver findings). */
export const CONFIG_FILE = 'clausecheck.config.yaml';

/** A message with every character that needs escaping somewhere. */
export const TRICKY_MESSAGE =
  'RAM user ops "admin", <script>alert(1)</script> has console access without MFA: 100% of logins :: unprotected, see 第4.5条.\r\nSecond line & more.';
/** A subject with quotes, a comma and markup. */
export const TRICKY_SUBJECT = 'ops "admin", <script>alert(1)</script>';
/** A subject a spreadsheet would run as a formula. */
export const FORMULA_SUBJECT = '=HYPERLINK("http://evil.example/x","click")';
/** The waiver's reason: quotes, a comma, a percent sign, Chinese. */
export const WAIVER_REASON = 'Customer renews by bank transfer, "offline"; 50% paid (客户线下转账)';

/** The rules of the fixture run, as a check passes them in the context. */
export const RULES: RuleSummary[] = [
  {
    id: 'order-payment-window',
    title: 'Prepaid orders are paid within the hold period',
    clauses: ['3.2.1'],
    description:
      'A prepaid order that is not paid at once is held for 7 days; when they end unpaid, or the product sells out first, the order lapses and the agreement on it ends (§3.2.1).',
  },
  {
    id: 'renewal-deadline',
    title: 'Subscriptions to renew are paid 7 days before expiry',
    clauses: ['3.2.2', '9.1.2'],
    description: 'A subscription the customer means to renew must be paid at least 7 days before its term expires (§3.2.2).',
  },
  { id: 'payg-balance', title: 'The balance covers pay-as-you-go spending', clauses: ['9.2'], description: 'The cash balance covers the configured runway of pay-as-you-go spending.' },
  { id: 'ram-user-control', title: 'RAM users with console access use MFA', clauses: ['5.6'], description: 'Enabled RAM users that log in to the console use MFA and have an owner.' },
  { id: 'contact-details', title: 'Contact details are complete and verified', clauses: ['11.1', '11.4'], description: 'The account has a verified email, phone and postal address for notices.' },
  { id: 'secret-in-profile', title: 'The profile holds no secrets', clauses: ['4.5', '8.2'], description: 'No password, token or AccessKey secret is stored in the profile itself.' },
  { id: 'backup-health', title: 'Backups succeed, are kept and are restore-tested', clauses: ['4.7'], description: 'Each enabled backup succeeded recently, keeps copies long enough and was restore-tested.' },
];

function finding(partial: Partial<ReportFinding> & Pick<ReportFinding, 'rule' | 'status' | 'subject' | 'message' | 'line' | 'column'>): ReportFinding {
  const clauses = RULES.find((r) => r.id === partial.rule)?.clauses ?? [];
  return { clauses: [...clauses], path: [], data: {}, messageId: partial.status, ...partial };
}

/** The valid profile's findings, in rule order. */
export const VALID_FINDINGS: ReportFinding[] = [
  finding({ rule: 'order-payment-window', status: 'fail', subject: '211234567890001', message: 'Order 211234567890001 lapsed unpaid at 2026-11-20 00:00 +08:00.', path: ['orders', 0], line: 41, column: 5, data: { payBy: '2026-11-20T00:00:00+08:00', dueAt: '2026-11-20T00:00:00+08:00' } }),
  finding({ rule: 'order-payment-window', status: 'warn', subject: '211234567890002', message: 'Order 211234567890002 is unpaid: pay by 2026-11-28 00:00 +08:00 (2 days left) or it lapses.', path: ['orders', 1], line: 52, column: 5, data: { payBy: '2026-11-28T00:00:00+08:00', daysLeft: 2, dueAt: '2026-11-28T00:00:00+08:00', amount: '1234.56' } }),
  finding({ rule: 'order-payment-window', status: 'pass', subject: '211234567890003', message: 'Order 211234567890003 was paid within the hold period.', path: ['orders', 2], line: 63, column: 5, data: { payBy: '2026-11-01T00:00:00+08:00' } }),
  finding({
    rule: 'renewal-deadline',
    status: 'fail',
    subject: 'i-bp1abcdefg',
    message: 'Renewal of i-bp1abcdefg not paid 7 days before expiry: the deadline was 2026-11-24 00:00 +08:00.',
    path: ['subscriptions', 0],
    line: 88,
    column: 5,
    data: { deadline: '2026-11-24T00:00:00+08:00', dueAt: '2026-11-24T00:00:00+08:00', outstanding: '9800' },
    waived: { reason: WAIVER_REASON, owner: 'li.wei@example.com', expires: '2026-12-31', reference: 'TICKET-42' },
  }),
  finding({ rule: 'payg-balance', status: 'skip', subject: 'account', message: 'Skipped: no data (needs balance).', path: ['account'], line: 2, column: 3, data: { reason: 'no data', needs: 'balance' } }),
  finding({ rule: 'ram-user-control', status: 'warn', subject: TRICKY_SUBJECT, message: TRICKY_MESSAGE, path: ['ram_users', 0], line: 120, column: 7 }),
  finding({ rule: 'ram-user-control', status: 'fail', subject: FORMULA_SUBJECT, message: `RAM user ${FORMULA_SUBJECT} holds AdministratorAccess with console login and no MFA.`, path: ['ram_users', 1], line: 131, column: 7 }),
  finding({ rule: 'contact-details', status: 'pass', subject: 'account', message: 'Contacts are complete and were verified on 2026-06-01.', path: ['contacts'], line: 10, column: 3 }),
];

/** The valid profile's account: a Chinese name, as most are. */
export const ACCOUNT = { id: '1520000000000077', name: '华东 Acme 贸易有限公司' };

const validFile: FileReport = {
  file: VALID_FILE,
  sha256: sha('acme profile'),
  valid: true,
  account: ACCOUNT,
  errors: [],
  findings: VALID_FINDINGS,
  notes: ['exported_at 2026-11-01T09:00:00+08:00 is 24 days before the as-of instant; the snapshot may be stale.'],
};

const invalidFile: FileReport = {
  file: INVALID_FILE,
  sha256: sha('broken profile'),
  valid: false,
  errors: [
    { message: 'orders[0].placed_at: expected a date-time such as 2026-11-26T09:30:00+08:00, got "yesterday"', path: ['orders', 0, 'placed_at'], line: 7, column: 16 },
    { message: 'unknown key "billng" (did you mean "billing"?)', path: ['orders', 0, 'billng'], line: 9, column: 5 },
  ],
  findings: [
    finding({ rule: 'secret-in-profile', status: 'fail', subject: 'account', message: 'A secret is stored in the profile under key "password" (and 2 more); remove it and rotate the credential.', path: ['account', 'password'], line: 4, column: 3 }),
  ],
};

const outsideFile: FileReport = {
  file: OUTSIDE_FILE,
  sha256: sha('globex profile'),
  valid: true,
  account: { id: '1680000000000002' },
  errors: [],
  findings: [
    finding({ rule: 'contact-details', status: 'warn', subject: 'account', message: 'Contacts have no postal address; paper notices (§11.3) cannot reach you.', path: ['contacts'], line: 12, column: 3 }),
    finding({ rule: 'backup-health', status: 'skip', subject: 'account', message: 'Skipped: not applicable (needs backups with enabled: true).', path: ['account'], line: 3, column: 3, data: { reason: 'not applicable' } }),
  ],
  internalErrors: [{ rule: 'backup-health', message: "TypeError: Cannot read properties of undefined (reading 'interval_hours')" }],
};

const configFile: FileReport = {
  file: CONFIG_FILE,
  sha256: sha('config'),
  valid: true,
  errors: [],
  findings: [
    { rule: 'waiver', status: 'warn', clauses: [], subject: 'ram-user-control/ops', message: 'The waiver for ram-user-control on ops expired on 2026-11-01; renew or remove it.', messageId: 'waiver.expired', path: ['waivers', 0], line: 14, column: 5, data: { expires: '2026-11-01' } },
  ],
};

/** A fresh copy of the fixture report. */
export function fixtureReport(): Report {
  const files = structuredClone([validFile, invalidFile, outsideFile, configFile]);
  return buildReport(files, { tool: { name: 'clausecheck', version: '0.1.0' }, agreement: 'aliyun-service-agreement@2020-09-24', asOf: AS_OF });
}

/** The fixture's format context, with overrides. */
export function fixtureContext(overrides: Partial<FormatContext> = {}): FormatContext {
  return { failOn: 'fail', verbose: false, color: false, cwd: CWD, rules: structuredClone(RULES), ...overrides };
}

/** A large report: `files` valid files of `perFile` findings each, cycling through the statuses. */
export function largeReport(files: number, perFile: number): Report {
  const statuses = ['fail', 'warn', 'pass', 'skip'] as const;
  const reports: FileReport[] = [];
  for (let f = 0; f < files; f++) {
    const findings: ReportFinding[] = [];
    for (let i = 0; i < perFile; i++) {
      const id = `2112345${String(f).padStart(4, '0')}${String(i).padStart(4, '0')}`;
      findings.push(finding({ rule: 'order-payment-window', status: statuses[i % 4]!, subject: id, message: `Order ${id} is unpaid: pay by 2026-11-28 00:00 +08:00 (2 days left) or it lapses; 订单将为您保留 7 天.`, path: ['orders', i], line: 10 + i * 11, column: 5 }));
    }
    reports.push({ file: `profiles/customer-${String(f).padStart(4, '0')}.yaml`, sha256: sha(`customer ${f}`), valid: true, errors: [], findings });
  }
  return buildReport(reports, { tool: { name: 'clausecheck', version: '0.1.0' }, agreement: 'aliyun-service-agreement@2020-09-24', asOf: AS_OF });
}
