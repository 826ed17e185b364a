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

/** The template with its comments in Chinese (same keys and values; a test keeps it valid). */
export const PROFILE_TEMPLATE_ZH = `# yaml-language-server: $schema=https://clausecheck.dev/schema/profile-v1.json
# clausecheck 账户档案（格式 v1）。只有 "format" 和 "account.id" 是必填项。
# 缺少某一部分表示"无数据"（依赖它的规则会跳过）；空列表表示"没有"。
# 日期按北京时间（UTC+8）：2026-11-26，或 2026-11-26T09:30:00（未写时区即 +08:00）。
# 金额为人民币精确小数："1234.56"。检查方法：clausecheck check <本文件>
format: clausecheck/v1
agreement: aliyun-service-agreement@2020-09-24
exported_at: 2026-11-26T09:00:00+08:00    # 从账户导出数据的时间

account:
  id: "1000000000000000"                  # 账户 UID（请加引号：它是标识符）
  name: Example Co., Ltd.
  site: cn
  data_regions: [cn-hangzhou]             # 客户选定的数据存储地域（§6.6 数据中心）
  contacts:                               # §11.1：联系方式须真实有效并及时更新
    email: ops@example.com
    phone: +86 571 0000 0000
    address: 1 Example Road, Hangzhou
    verified_at: 2026-11-01
  root:
    mfa: true                             # §4.5：保护主账号
    access_keys: []                       # 主账号不设 AccessKey
  password_policy: { min_length: 14, character_classes: 4, max_age_days: 90, reuse_prevention: 5, max_login_attempts: 5 }
  ram_users: []
  billing:
    currency: CNY
    balance: "0.00"                       # 只计现金：代金券、优惠券和赠送项目不是现金（§3.5）
    bills: []

orders: []                                # 包年包月、后付费资源、资源包
backups: []                               # 每个受保护的资源一项（§4.7 数据备份）
log_retention: []                         # 网站访问日志至少保留六个月（§4.6）
incidents: []
notices: []
claims: []
`;

/** The template in a language. */
export function profileTemplate(lang: 'en' | 'zh-CN'): string {
  return lang === 'zh-CN' ? PROFILE_TEMPLATE_ZH : PROFILE_TEMPLATE;
}
