import rule from '../root-credentials.js';
import { translateRule } from '../../src/engine/types.js';
import { list } from './words.js';

/** root-credentials in zh-CN. */
export default translateRule(rule, {
  title: '主账号已开启 MFA 且没有 AccessKey',
  description:
    '客户对其口令、密码的保密性负责（§4.5）。主账号的 AccessKey 拥有全部权限且无法限制，没有 MFA 的主账号只要泄漏一个密码就会失守。主账号有启用中的 AccessKey（未写 status 视为启用）或 `root.mfa: false` 时，本规则判定不通过；未写 `mfa` 视为未知，不作判断。',
  fix:
    '先禁用再删除主账号的每个 AccessKey，改为给程序使用权限收窄的 RAM 用户的 AccessKey，并为主账号开启 MFA。然后从 `root.access_keys` 中删除这些 AccessKey（或标记 `status: inactive`），并设置 `root.mfa: true`。',
  messages: {
    rootKeys: (p) =>
      `主账号有${p.keys.length === 1 ? '一' : ` ${p.keys.length} `}个启用中的 AccessKey（${list(p.keys)}）：请删除，改为给程序使用 RAM 用户的 AccessKey；持有主账号 AccessKey 的人即可控制整个账号。`,
    noMfa: () => '主账号未开启 MFA：请开启；否则仅凭泄漏的主账号密码即可打开整个账号。',
    ok: () => '主账号已开启 MFA，且没有启用中的 AccessKey。',
    okMfaOnly: () => '主账号已开启 MFA（未列出其 AccessKey，故未作判断）。',
    okKeysOnly: () => '主账号没有启用中的 AccessKey（未给出是否开启 MFA，故未作判断）。',
    unknown: () => '档案的 root 部分既没有 `mfa` 也没有 `access_keys`，无法作出任何判断。',
  },
});
