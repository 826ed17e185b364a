/** Words shared by every command's `--help`, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

/** Shared help texts. */
export const HELP_TEXT = catalogs(
  {
    langOption: 'language of messages and reports: en or zh-CN (default: lang in the config, else CLAUSECHECK_LANG, else the locale, else en)',
    help: 'display help for command',
    version: 'output the version number',
    titles: (p: { title: string }) => p.title,
    defaultIs: (p: { value: string }) => `(default: ${p.value})`,
    choicesAre: (p: { values: string }) => `(choices: ${p.values})`,
  },
  {
    langOption: '消息和报告的语言：en 或 zh-CN（默认：配置中的 lang，其次 CLAUSECHECK_LANG，其次系统区域设置，否则 en）',
    help: '显示命令的帮助',
    version: '显示版本号',
    titles: (p) => ({ 'Usage:': '用法：', 'Options:': '选项：', 'Arguments:': '参数：', 'Commands:': '命令：', 'Global Options:': '全局选项：' })[p.title] ?? p.title,
    defaultIs: (p) => `（默认：${p.value}）`,
    choicesAre: (p) => `（可选：${p.values}）`,
  },
);
