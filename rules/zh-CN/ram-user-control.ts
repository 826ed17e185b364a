import rule from '../ram-user-control.js';
import { translateRule } from '../../src/engine/types.js';
import { ADMIN_POLICY } from '../../src/model/credential-facts.js';
import { formatBeijing } from '../../src/model/time.js';
import { andList, days, list } from './words.js';

/** ram-user-control in zh-CN. */
export default translateRule(rule, {
  title: 'RAM 用户有负责人、受保护且在使用中',
  description:
    '任一被授权账户（RAM 用户）下进行的所有操作，均视为客户本人的行为，由客户承担相应责任和服务费用（§5.6）。对每个启用的 RAM 用户：持有 AdministratorAccess 或 *FullAccess 策略且可不经 MFA 登录控制台，判定不通过；其他情况下可不经 MFA 登录控制台，给出警告；没有 `owner` 给出警告；控制台登录连续 `dormant_days` 天或更久未使用（自 `last_login_at` 起，否则自 `created_at` 起）给出警告。未写 `console` 或 `mfa` 视为未知，依赖它的条件不作判断。持有 AdministratorAccess 的启用用户超过 `max_admins` 个时，对账户给出一次警告。',
  fix:
    '为每个可登录控制台的 RAM 用户开启 MFA，先处理持有 AdministratorAccess 或 *FullAccess 策略的用户；在 `owner` 中写明负责人；对闲置 `dormant_days` 天或更久的用户关闭控制台登录。持有 AdministratorAccess 的用户至多保留 `max_admins` 个，其余授予更窄的策略。',
  messages: {
    adminNoMfa: (p) =>
      `RAM 用户 ${p.user} 持有 ${list(p.policies)}，却可不经 MFA 登录控制台：请立即开启 MFA；该用户下的一切操作均视为账户本人的行为（§5.6）。`,
    noMfa: (p) => `RAM 用户 ${p.user} 可不经 MFA 登录控制台：请开启 MFA。`,
    noOwner: (p) => `RAM 用户 ${p.user} 没有负责人：请指定对其负责的人。`,
    dormant: (p) =>
      `RAM 用户 ${p.user} 可登录控制台，但${p.neverLoggedIn ? '自创建时点' : '最近一次登录于'} ${formatBeijing(p.since)}${p.neverLoggedIn ? '起从未登录' : ''}（已 ${days(p.idleDays)}）：请关闭其控制台登录或删除该用户。`,
    ok: (p) => `RAM 用户 ${p.user} 处于受控状态${p.unknown.length > 0 ? `（未给出 ${andList(p.unknown)}，故未判断）` : ''}。`,
    tooManyAdmins: (p) =>
      `有 ${p.count} 个启用的 RAM 用户持有 ${ADMIN_POLICY}（${list(p.users)}），超过 ${p.max} 个：请授予更窄的策略；被授权用户的每项操作都约束账户本人（§5.6）。`,
  },
});
