/** The commented template profile that `clausecheck init` writes (a test keeps it valid). */
import { rawUrl } from '../contract/version.js';

export const PROFILE_TEMPLATE = `# yaml-language-server: $schema=${rawUrl('schema/profile.schema.json')}
# An account profile for clausecheck (format v1). Only "format" and "account.id" are required.
# An absent section means "no data" (rules that need it are skipped); an empty list means "none".
# Dates are Beijing time (UTC+8): 2026-11-26, or 2026-11-26T09:30:00 (+08:00 unless an offset is given).
# Money is CNY, exact decimals: "1234.56". Check it with: clausecheck check <this file>
format: clausecheck/v1
agreement: aliyun-service-agreement@2020-09-24
exported_at: 2026-11-26T09:00:00+08:00    # when the data was taken from the account

account:
  id: "1000000000000000"                  # the account UID (quote it: it is an identifier)
  name: Example Co., Ltd.
  site: cn
  data_regions: [cn-hangzhou]             # where the customer chose to keep its data (clause 6.6)
  contacts:                               # clause 11.1: keep these current
    email: ops@example.com
    phone: +86 571 0000 0000
    address: 1 Example Road, Hangzhou
    verified_at: 2026-11-01
  root:
    mfa: true                             # clause 4.5: protect the main account
    access_keys: []                       # no AccessKeys on the main account
  password_policy: { min_length: 14, character_classes: 4, max_age_days: 90, reuse_prevention: 5, max_login_attempts: 5 }
  ram_users: []
  billing:
    currency: CNY
    balance: "0.00"                       # cash only: vouchers, coupons and gifts are not cash (clause 3.5)
    bills: []

orders: []                                # subscriptions, pay-as-you-go resources, resource packages
backups: []                               # one entry per protected resource (clause 4.7)
log_retention: []                         # website access logs must be kept at least six months (clause 4.6)
incidents: []
notices: []
claims: []
`;
