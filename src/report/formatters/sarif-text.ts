/** The words SARIF adds around the catalog's texts, in English and zh-CN (ids, levels and properties stay English). */
import { catalogs } from '../../util/i18n.js';

/** SARIF texts by language. */
export const SARIF_TEXT = catalogs(
  {
    helpText: (p: { refs: string; url: string }) => `Clauses: ${p.refs}. See ${p.url}`,
    helpMarkdown: (p: { refs: string; url: string }) => `Clauses: ${p.refs}. [Rule documentation](${p.url})`,
    internal: (p: { rule: string; file: string; message: string }) => `Internal error in rule ${p.rule} on ${p.file}: ${p.message}`,
  },
  {
    helpText: (p) => `条款：${p.refs}。参见 ${p.url}`,
    helpMarkdown: (p) => `条款：${p.refs}。[规则文档](${p.url})`,
    internal: (p) => `规则 ${p.rule} 处理 ${p.file} 时发生内部错误：${p.message}`,
  },
);
