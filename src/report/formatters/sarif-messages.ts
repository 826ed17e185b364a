/**
 * SARIF message strings (SARIF 2.1.0 §3.11.7, §3.49.11): each result's message becomes a template of
 * its rule's `messageStrings` plus `arguments`. A finding's text is split into its facts (the
 * subject, identifiers from its data and its text, amounts, instants, numbers, quoted values), which become the
 * arguments, and the wording around them, which becomes the template. The template is keyed by the
 * finding's `messageId` (several parts joined by `+` form one id); where findings of one id are worded
 * differently (a list of another length, an optional clause), each further wording is `<id>~2`, `<id>~3` …
 * in order of first appearance. Substituting the arguments gives back exactly `message.text`.
 */
import type { ReportFinding } from '../../contract/report.js';

/** A message split into a template with `{0}`, `{1}` … placeholders and its arguments. */
interface SplitMessage {
  template: string;
  arguments: string[];
}

const AMOUNT = String.raw`-?¥[\d,]+\.\d{2}`;
const INSTANT = String.raw`\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?: ?[+-]\d{2}:\d{2})?)?`;
const NUMBER = String.raw`(?<![\w§.\-/@])\d+(?:[.,]\d+)*(?![\w/@]|[.-]\d)`;
const QUOTED = String.raw`"[^"\n]*"`;
/** An identifier with a letter, a digit and a hyphen: a resource id such as i-uf6garden-web. */
const IDENT = String.raw`(?<![\w-])(?=[\w-]*\d)[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*-[A-Za-z0-9]+(?![\w-])`;

/** Escapes text for a RegExp. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** SARIF §3.11.5: literal braces in a message string with placeholders are doubled. */
const braces = (text: string) => text.replace(/[{}]/g, (b) => b + b);

/**
 * The identifiers a finding names: its subject unless a plain lower-case word (`account`, `trail`,
 * which the text also uses as words), and the string values of its data that hold a digit or a hyphen.
 */
function identifiers(finding: Pick<ReportFinding, 'subject' | 'data'>): string[] {
  const values = Object.values(finding.data).flatMap((v) => (Array.isArray(v) ? v : [v]));
  const named = values.filter((v): v is string => typeof v === 'string' && /[\d-]/.test(v) && !/^\d{4}-\d{2}-\d{2}T/.test(v));
  const strings = [...(/^[a-z]+$/.test(finding.subject) ? [] : [finding.subject]), ...named];
  return [...new Set(strings.filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
}

/** Splits a finding's text into template and arguments; the same value always gets the same placeholder. */
export function splitMessage(text: string, finding: Pick<ReportFinding, 'subject' | 'data'>): SplitMessage {
  const literal = identifiers(finding).map((s) => `(?<![\\w-])${escape(s)}(?![\\w-])`);
  const pattern = new RegExp([...literal, QUOTED, AMOUNT, INSTANT, IDENT, NUMBER].join('|'), 'g');
  const args: string[] = [];
  let template = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    let index = args.indexOf(match[0]);
    if (index < 0) index = args.push(match[0]) - 1;
    template += `${braces(text.slice(last, match.index))}{${index}}`;
    last = match.index + match[0].length;
  }
  return { template: template + braces(text.slice(last)), arguments: args };
}

/** Fills a template's placeholders with arguments and undoubles its braces (the inverse of splitMessage). */
export function fillTemplate(template: string, args: readonly string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (m, index?: string) => (index === undefined ? m[0]! : args[Number(index)] ?? m));
}

/** The message strings of every rule, gathered while results are made. */
export class MessageStrings {
  private readonly byRule = new Map<string, Map<string, string>>();

  /** The SARIF message of a finding whose text is `text`: id, arguments and the text itself. */
  message(rule: string, messageId: string, text: string, finding: Pick<ReportFinding, 'subject' | 'data'>): { text: string; id: string; arguments: string[] } {
    const split = splitMessage(text, finding);
    const strings = this.byRule.get(rule) ?? new Map<string, string>();
    this.byRule.set(rule, strings);
    let id = messageId;
    for (let n = 2; strings.has(id) && strings.get(id) !== split.template; n++) id = `${messageId}~${n}`;
    strings.set(id, split.template);
    return { text, id, arguments: split.arguments };
  }

  /** A rule's `messageStrings` (keys sorted), or undefined when none of its findings were reported. */
  of(rule: string): Record<string, { text: string }> | undefined {
    const strings = this.byRule.get(rule);
    if (!strings) return undefined;
    return Object.fromEntries([...strings.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, text]) => [id, { text }]));
  }
}
