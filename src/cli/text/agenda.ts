/** The usage errors and stderr lines of `clausecheck agenda`, `waivers`, `--notify` and `github-comment`, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

/** Agenda and helper-command words by message id. */
export const AGENDA_TEXT = catalogs(
  {
    badDays: (p: { flag: string; min: number; value: string }) => `${p.flag}: expected a whole number of days of at least ${p.min}, got "${p.value}"`,
    unknownFormat: (p: { name: string }) => `unknown agenda format "${p.name}"`,
    daysOrUntil: 'give --days or --until, not both',
    badUntil: (p: { problem: string }) => `--until: ${p.problem}`,
    badUntilHint: 'use a date such as 2026-12-31 (the whole day is included) or a date-time',
    untilNotAfter: (p: { until: string; asOf: string }) => `--until: ${p.until} is not after the evaluation instant ${p.asOf}`,
    invalidFile: (p: { file: string; count: number }) => `${p.file} is invalid (${p.count} error${p.count === 1 ? '' : 's'}); run clausecheck check on it for the details`,
    notifyFailed: (p: { platform: string; reason: string }) => `--notify ${p.platform}: ${p.reason}`,
    unknownPlatform: (p: { name: string }) => `--notify: unknown platform "${p.name}"`,
    platformsHint: (p: { platforms: string }) => `platforms: ${p.platforms}; e.g. --notify dingtalk=https://oapi.dingtalk.com/robot/send?access_token=…`,
    noWebhook: (p: { platform: string }) => `--notify ${p.platform}: no webhook URL`,
    noWebhookHint: (p: { platform: string; variable: string }) => `give --notify ${p.platform}=URL or set ${p.variable}`,
    notUrl: (p: { platform: string }) => `--notify ${p.platform}: the webhook is not a URL (not shown: it holds a token)`,
    notHttp: (p: { platform: string }) => `--notify ${p.platform}: the webhook must be an http(s) URL`,
    cannotReadMarkdown: (p: { file: string; reason: string }) => `cannot read ${p.file}: ${p.reason}`,
    noSuchFile: 'no such file',
    writeMarkdownFirst: 'write it first with clausecheck check ... --format markdown=FILE',
  },
  {
    badDays: (p) => `${p.flag}：应为不小于 ${p.min} 的天数（整数），实际为 "${p.value}"`,
    unknownFormat: (p) => `未知的待办日程格式 "${p.name}"`,
    daysOrUntil: '--days 和 --until 只能给一个',
    badUntil: (p) => `--until：${p.problem}`,
    badUntilHint: '请使用日期（如 2026-12-31，包含当天全天）或日期时间',
    untilNotAfter: (p) => `--until：${p.until} 不晚于评估时点 ${p.asOf}`,
    invalidFile: (p) => `${p.file} 无效（${p.count} 个错误）；运行 clausecheck check 查看详情`,
    notifyFailed: (p) => `--notify ${p.platform}：${p.reason}`,
    unknownPlatform: (p) => `--notify：未知的平台 "${p.name}"`,
    platformsHint: (p) => `可用平台：${p.platforms}；例如 --notify dingtalk=https://oapi.dingtalk.com/robot/send?access_token=…`,
    noWebhook: (p) => `--notify ${p.platform}：没有 webhook URL`,
    noWebhookHint: (p) => `请给出 --notify ${p.platform}=URL 或设置 ${p.variable}`,
    notUrl: (p) => `--notify ${p.platform}：webhook 不是 URL（不显示：其中含有令牌）`,
    notHttp: (p) => `--notify ${p.platform}：webhook 必须是 http(s) URL`,
    cannotReadMarkdown: (p) => `无法读取 ${p.file}：${p.reason}`,
    noSuchFile: '没有这个文件',
    writeMarkdownFirst: '请先用 clausecheck check ... --format markdown=FILE 写出该文件',
  },
);
