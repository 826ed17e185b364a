import rule from '../password-policy.js';
import { translateRule } from '../../src/engine/types.js';
import { list } from './words.js';

/** password-policy in zh-CN. */
export default translateRule(rule, {
  title: 'RAM 密码策略足够严格',
  description:
    '客户对其密码的保密性负责（§4.5）。RAM 密码策略的每项弱点都会给出警告：最短长度小于 14、字符类别少于 4 类、密码永不过期（0）或有效期超过 90 天、禁止重复使用的历史密码少于 5 个、不锁定（0）或登录失败超过 5 次才锁定。未写的字段视为未知，不作判断。',
  fix:
    '把 RAM 密码策略至少收紧到：最短长度 14、4 类字符全部必需、密码 90 天内过期（不为 0）、禁止重复使用最近 5 个密码、登录失败至多 5 次即锁定。把新值记录在 `account.password_policy` 下。',
  messages: {
    shortLength: (p) => `密码策略的最短长度为 ${p.value}；请要求至少 14 个字符。`,
    fewClasses: (p) => `密码策略要求 4 类字符中的 ${p.value} 类；请要求全部 4 类（大写字母、小写字母、数字、符号）。`,
    neverExpires: () => '密码永不过期（max_age_days 0）；请设置为 90 天内过期。',
    longAge: (p) => `密码 ${p.value} 天后过期；请设为 90 天或更短。`,
    lowReuse: (p) => `密码策略只禁止重复使用最近 ${p.value} 个密码；请至少禁止最近 5 个。`,
    noLockout: () => '登录失败从不锁定用户（max_login_attempts 0）；请设为失败 5 次或更少即锁定。',
    lateLockout: (p) => `登录失败 ${p.value} 次后才锁定；请设为 5 次或更少。`,
    ok: (p) => `密码策略已设置的各项均达到最低要求${p.unset.length > 0 ? `（未设置、故未判断：${list(p.unset)}）` : ''}。`,
    empty: () => '密码策略未设置任何字段，无法作出判断。',
  },
});
