/** The words SARIF adds around the catalog's texts, in English and zh-CN (ids, levels and properties stay English). */
import { catalogs } from '../../util/i18n.js';

/** SARIF texts by language. */
export const SARIF_TEXT = catalogs(
  {
    helpText: (p: { refs: string; url: string }) => `Clauses: ${p.refs}. See ${p.url}`,
    helpMarkdown: (p: { refs: string; url: string }) => `Clauses: ${p.refs}. [Rule documentation](${p.url})`,
    internal: (p: { rule: string; file: string; message: string }) => `Internal error in rule ${p.rule} on ${p.file}: ${p.message}`,
    invalidTitle: 'Profiles are valid input',
    invalidDescription: 'The file could not be checked: it is not a readable, well-formed clausecheck profile. Each problem is reported where it was found.',
    otherTitle: (p: { rule: string }) => `Rule ${p.rule}`,
    otherDescription: (p: { rule: string }) => `Findings of the ${p.rule} rule.`,
  },
  {
    helpText: (p) => `条款：${p.refs}。参见 ${p.url}`,
    helpMarkdown: (p) => `条款：${p.refs}。[规则文档](${p.url})`,
    internal: (p) => `规则 ${p.rule} 处理 ${p.file} 时发生内部错误：${p.message}`,
    invalidTitle: '档案是有效的输入',
    invalidDescription: '该文件未能检查：它不是可读取、格式正确的 clausecheck 档案。每个问题都在发现之处报告。',
    otherTitle: (p) => `规则 ${p.rule}`,
    otherDescription: (p) => `${p.rule} 规则的发现。`,
  },
);
