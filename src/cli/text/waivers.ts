/** The help, notes and usage errors of `waivers list` and `waivers lint`, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

/** waivers command texts. */
export const WAIVERS_TEXT = catalogs(
  {
    waivers: 'list waivers, or lint them (invalid, expired, expiring soon, unused)',
    waiversAfter: `
Waivers live in .clausecheck.yaml (waivers:) or in a file given with --waivers. A waiver covers the
warn and fail findings of its rule in its files (a glob relative to the folder of the file that holds
it) and subject, through the end of its expires day (UTC+8).

Examples:
  $ clausecheck waivers list
  $ clausecheck waivers lint profiles/`,
    config: 'use this config file instead of looking for .clausecheck.yaml (or .yml) upward',
    asOf: 'judge expiry as of this instant, in Beijing time unless an offset is given (default: now)',
    list: 'list the waivers with their owner, reason and expiry standing',
    listAfter: `
Examples:
  $ clausecheck waivers list                          the waivers of .clausecheck.yaml
  $ clausecheck waivers list --waivers waivers.yaml --as-of 2026-12-01
  $ clausecheck waivers list --format json

Exit codes: 0 listed, 2 the config or waivers file is invalid, or a usage error.`,
    lint: 'find waivers that are invalid, expired, expiring soon, or (given profiles) unused',
    lintPaths: 'profiles to check, to find unused waivers (without them only the waivers themselves are linted)',
    withinDays: 'warn about waivers that end within this many days',
    failOn: 'exit 1 when a problem is at or above this level',
    lintAfter: `
Problems: invalid (a missing field, an unknown rule, a wrong type: fail), expired (fail), expiring within
--within-days (warn), unused: matched no warn or fail finding when the named profiles were checked (warn).

Examples:
  $ clausecheck waivers lint                          static checks, as of now
  $ clausecheck waivers lint profiles/                also run the rules to find unused waivers
  $ clausecheck waivers lint --as-of 2026-12-01 --fail-on warn   fail CI a month before expiry

Exit codes: 0 nothing at or above --fail-on, 1 problems at or above it, 2 a usage error.`,
    badWithinDays: (p: { value: string }) => `--within-days: expected a whole number of days, got "${p.value}"`,
    noPaths: 'unused waivers are found only by a run: name the profiles to check, e.g. clausecheck waivers lint profiles/',
    configFirst: 'unused waivers were not looked for: fix the configuration first',
    invalidProfiles: (p: { count: number }) =>
      `${p.count} profile${p.count === 1 ? ' is' : 's are'} invalid, so a waiver for them may show as unused; run clausecheck check on them`,
  },
  {
    waivers: '列出豁免，或检查豁免（无效、已到期、即将到期、未使用）',
    waiversAfter: `
豁免写在 .clausecheck.yaml（waivers:）中，或写在用 --waivers 指定的文件中。一项豁免覆盖其规则在其文件
（相对于豁免所在文件目录的通配符）中、针对其对象的 warn 和 fail 发现，直到其 expires 当日结束（UTC+8）。

示例：
  $ clausecheck waivers list
  $ clausecheck waivers lint profiles/`,
    config: '使用此配置文件，而不是向上查找 .clausecheck.yaml（或 .yml）',
    asOf: '按此时点判断是否到期，未写时区即北京时间（默认：现在）',
    list: '列出豁免及其负责人、理由和到期状态',
    listAfter: `
示例：
  $ clausecheck waivers list                          .clausecheck.yaml 中的豁免
  $ clausecheck waivers list --waivers waivers.yaml --as-of 2026-12-01
  $ clausecheck waivers list --format json

退出码：0 已列出，2 配置文件或豁免文件无效，或用法错误。`,
    lint: '查找无效、已到期、即将到期或（给出档案时）未使用的豁免',
    lintPaths: '要检查的档案，用于查找未使用的豁免（不给出时只检查豁免本身）',
    withinDays: '对在此天数内结束的豁免给出警告',
    failOn: '问题达到或超过此级别时以 1 退出',
    lintAfter: `
问题：invalid（缺少字段、未知规则、类型错误：fail），expired（已到期：fail），expiring（在 --within-days
天内到期：warn），unused（检查所给档案时未匹配任何 warn 或 fail 发现：warn）。

示例：
  $ clausecheck waivers lint                          静态检查，以现在为准
  $ clausecheck waivers lint profiles/                同时运行规则以查找未使用的豁免
  $ clausecheck waivers lint --as-of 2026-12-01 --fail-on warn   在到期前一个月让 CI 失败

退出码：0 没有达到 --fail-on 的问题，1 有达到或超过它的问题，2 用法错误。`,
    badWithinDays: (p) => `--within-days：应为整天数，实际为 "${p.value}"`,
    noPaths: '只有运行检查才能发现未使用的豁免：请给出要检查的档案，例如 clausecheck waivers lint profiles/',
    configFirst: '未查找未使用的豁免：请先修正配置',
    invalidProfiles: (p) => `${p.count} 个档案无效，针对它们的豁免可能显示为未使用；请对它们运行 clausecheck check`,
  },
);
