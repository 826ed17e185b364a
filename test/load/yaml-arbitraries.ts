/** fast-check arbitraries of random profile-like YAML documents, and mutations that break them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { FastPathDeclined, parseProfileYaml, parseYamlFast } from '../../src/load/fast-yaml.js';
import { loadProfile } from '../../src/load/load-profile.js';
import { parseYaml, type ParsedYaml } from '../../src/load/yaml-document.js';
import { NumberToken } from '../../src/model/tokens.js';
import type { YamlPath } from '../../src/contract/report.js';

// ---------------------------------------------------------------------------------------------
// Random profile-like YAML. A tree of nodes, each carrying its own style choices, rendered to
// text; then line ends, a BOM, document markers, comments and blank lines vary.

export type Scalar =
  | { t: 'plain'; text: string }
  | { t: 'single'; text: string }
  | { t: 'double'; text: string; escapeCjk: boolean }
  | { t: 'raw'; text: string }
  | { t: 'block'; lines: string[]; style: '|' | '>'; chomp: '' | '-' | '+'; trailingBlank: boolean; indicator: boolean }
  | { t: 'singleMulti'; words: string[] }
  | { t: 'plainMulti'; words: string[] }
  | { t: 'doubleMulti'; words: string[] };
export type Tree =
  | Scalar
  | { t: 'map'; entries: [Key, Tree][]; flow: boolean; wrap: boolean; step: 2 | 4; spaceBeforeColon: boolean }
  | { t: 'seq'; items: Tree[]; flow: boolean; wrap: boolean; sameIndent: boolean; compact: boolean }
  | { t: 'empty' };
export type Key = { text: string; quote: 'plain' | 'single' | 'double' };
export interface Decor {
  comment: boolean;
  trailingSpaces: boolean;
  blankBefore: boolean;
  commentLineBefore: boolean;
}

export const WORDS = ['orders', 'account', 'id', 'name', 'amount', 'placed_at', 'region', 'billing', 'term', 'renewal', 'backups', 'notices', 'claims', 'ram_users', 'access_keys', 'status', 'kind', 'product', 'resource', 'policies', 'copies', 'fields', 'due', 'payments', 'credits', 'mfa', 'console'];
export const CJK_KEYS = ['名称', '金额', '备注', '地址', '联系人'];
export const ODD_KEYS = ['__proto__', 'constructor', 'a#b', 'x-y.z', '<<', 'key with space', 'a: b', 'it\'s', '"q"', '中文 键'];
export const PLAIN_FLOW_SAFE = [
  'cn-hangzhou', 'LTAI5tCiDeploy0001', 'ops-admin', 'Chen Jing', '2026-11-26', '2026-11-26T10:00:00', '2026-11-25T18:00:00+08:00',
  'it-ops@lakeside-retail.cn', '+86 571 8888 0000', 'yes', 'no', 'on', 'off', 'y', 'true', 'False', 'NULL', '~', 'null',
  '1', '-1', '+1', '0x1F', '0o17', '00123', '1_000', '1e3', '-2.5E-3', '.5', '5.', '.inf', '-.Inf', '.NaN', '0b101', '3120.40', '-420.00',
  'a:b', 'a#b', '-x', '?x', 'x-', 'http://example.cn/a?b=1', 'C:\\path\\file', '50%', '杭州湖畔零售有限公司', '文三路18号', '🚀 launch day', 'it\'s', 'say "hi"', 'a - b', 'last.',
];
/** Double-quoted scalars as written, with the escapes YAML 1.2 defines. */
export const RAW_DOUBLE = [
  '"\\x41\\u263A\\U0001F600\\N\\_\\L\\P\\e\\ \\/\\0\\a\\b\\v\\f\\r\\t\\n\\"\\\\"',
  '"\\u4e2d\\u6587 \\x2d"',
  '"tab\\there"',
  '""',
];
export const PLAIN_BLOCK_ONLY = ['Hangzhou Lakeside Retail Co., Ltd.', '18 Wensan Road, Xihu District', 'a [b] {c}', 'x,y', 'end]'];
export const QUOTABLE = fc.oneof(
  fc.constantFrom(...PLAIN_FLOW_SAFE, ...PLAIN_BLOCK_ONLY, '', ' ', 'a: b', 'a #b', '#x', '- x', '&a', '*a', '!x', '%x', '@x', '`x', '|', '>', "'", '"', '\\', 'tab\there', 'two\nlines', '中文\n第二行', 'é', '\u00e9\u0301', '😀😀'),
  fc.string({ unit: fc.constantFrom('a', 'z', ' ', ':', '#', '-', "'", '"', '\\', ',', '[', '{', '中', '文', '😀', '\n', '\t', '/', '.') }),
);

export const keyArb: fc.Arbitrary<Key> = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...WORDS).map((text) => ({ text, quote: 'plain' as const })) },
  { weight: 3, arbitrary: fc.constantFrom(...CJK_KEYS).map((text) => ({ text, quote: 'plain' as const })) },
  { weight: 3, arbitrary: fc.record({ text: fc.constantFrom(...WORDS, ...ODD_KEYS), quote: fc.constantFrom('single' as const, 'double' as const) }) },
  { weight: 1, arbitrary: fc.constantFrom('2026', '0x1', 'true', 'null', 'a#b', '__proto__').map((text) => ({ text, quote: 'plain' as const })) },
);

export const scalarArb: fc.Arbitrary<Scalar> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...PLAIN_FLOW_SAFE).map((text) => ({ t: 'plain' as const, text })) },
  { weight: 2, arbitrary: fc.constantFrom(...PLAIN_BLOCK_ONLY).map((text) => ({ t: 'plain' as const, text })) },
  { weight: 3, arbitrary: QUOTABLE.map((text) => ({ t: 'single' as const, text })) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('double' as const), text: QUOTABLE, escapeCjk: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('block' as const),
      lines: fc.array(fc.constantFrom('first line', '  more indented', '', '中文内容', 'a: b # not a comment', 'last'), { minLength: 1, maxLength: 4 }),
      style: fc.constantFrom('|' as const, '>' as const),
      chomp: fc.constantFrom('' as const, '-' as const, '+' as const),
      trailingBlank: fc.boolean(),
      indicator: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('plainMulti' as const), words: fc.array(fc.constantFrom('word', 'two words', '中文', 'x-y', '1'), { minLength: 2, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_DOUBLE).map((text) => ({ t: 'raw' as const, text })) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('singleMulti' as const), words: fc.array(fc.constantFrom('word', 'it\'\'s', '中文', ''), { minLength: 2, maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('doubleMulti' as const), words: fc.array(fc.constantFrom('word', 'two words', '中文', 'a "q"', ''), { minLength: 2, maxLength: 3 }) }) },
);

export const { tree: treeArb } = fc.letrec<{ tree: Tree; map: Tree; seq: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalarArb },
    { weight: 2, arbitrary: tie('map') },
    { weight: 2, arbitrary: tie('seq') },
    { weight: 1, arbitrary: fc.constant({ t: 'empty' as const }) },
  ),
  map: fc.record({
    t: fc.constant('map' as const),
    entries: fc.uniqueArray(fc.tuple(keyArb, tie('tree')), { maxLength: 5, selector: ([k]) => k.text }),
    flow: fc.boolean(),
    wrap: fc.boolean(),
    step: fc.constantFrom(2 as const, 4 as const),
    spaceBeforeColon: fc.boolean(),
  }),
  seq: fc.record({
    t: fc.constant('seq' as const),
    items: fc.array(tie('tree'), { maxLength: 4 }),
    flow: fc.boolean(),
    wrap: fc.boolean(),
    sameIndent: fc.boolean(),
    compact: fc.boolean(),
  }),
}));

export const decorArb = fc.record({ comment: fc.boolean(), trailingSpaces: fc.boolean(), blankBefore: fc.boolean(), commentLineBefore: fc.boolean() });

export const COMMENTS = ['note', '由运维团队维护', 'key: value in a comment', '- not an item', '#double', '"quoted"'];

/** Renders a tree as a profile-like document; `decor` supplies comment and blank-line choices. */
export function render(root: Tree, decor: Decor[], commentIndex: number[], rootIndent: number): string {
  let d = 0;
  const nextDecor = (): Decor => decor[d++ % decor.length] ?? { comment: false, trailingSpaces: false, blankBefore: false, commentLineBefore: false };
  const commentText = () => COMMENTS[(commentIndex[d % commentIndex.length] ?? 0) % COMMENTS.length]!;
  const sp = (n: number) => ' '.repeat(n);
  const out: string[] = [];

  const key = (k: Key): string => {
    if (k.quote === 'single') return `'${k.text.replace(/'/g, "''")}'`;
    if (k.quote === 'double') return `"${k.text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return k.text;
  };
  const double = (text: string, escapeCjk: boolean) =>
    `"${[...text]
      .map((c) => {
        if (c === '\\') return '\\\\';
        if (c === '"') return '\\"';
        if (c === '\n') return '\\n';
        if (c === '\t') return '\\t';
        if (escapeCjk && /[\u4e00-\u9fff]/.test(c)) return `\\u${c.charCodeAt(0).toString(16)}`;
        return c;
      })
      .join('')}"`;
  const flowSafePlain = (text: string) => PLAIN_FLOW_SAFE.includes(text);
  /** An inline rendering of a scalar, or undefined when it needs lines of its own. */
  const inlineScalar = (s: Scalar, inFlow: boolean): string | undefined => {
    switch (s.t) {
      case 'plain':
        return inFlow && !flowSafePlain(s.text) ? double(s.text, false) : s.text;
      case 'single':
        return s.text.includes('\n') ? double(s.text, false) : `'${s.text.replace(/'/g, "''")}'`;
      case 'double':
        return double(s.text, s.escapeCjk);
      case 'raw':
        return s.text;
      default:
        return undefined;
    }
  };
  const flow = (node: Tree, indent: number, wrap: boolean): string => {
    const sep = wrap ? `,\n${sp(indent + 2)}` : ', ';
    if (node.t === 'map') {
      // `"key":value` (JSON-like, no space) is allowed after a quoted key in a flow mapping.
      return `{${node.entries.map(([k, v]) => `${key(k)}:${node.spaceBeforeColon && k.quote !== 'plain' ? '' : ' '}${flow(v, indent, false)}`).join(sep)}}`;
    }
    if (node.t === 'seq') return `[${node.items.map((v) => flow(v, indent, false)).join(sep)}]`;
    if (node.t === 'empty') return '""';
    if (node.t === 'block' || node.t === 'plainMulti' || node.t === 'doubleMulti' || node.t === 'singleMulti') {
      return double(node.t === 'block' ? node.lines.join('\n') : node.words.join(' '), false);
    }
    return inlineScalar(node, true)!;
  };
  const comment = () => {
    const c = nextDecor();
    return `${c.comment ? ` # ${commentText()}` : ''}${c.trailingSpaces ? '  ' : ''}`;
  };
  const gap = (indent: number) => {
    const c = nextDecor();
    if (c.blankBefore) out.push('');
    if (c.commentLineBefore) out.push(`${sp(Math.max(0, indent - 2 * (d % 2)))}# ${commentText()}`);
  };

  /** Appends `head` plus the value at `indent` (the value's own indentation for block content). */
  const value = (head: string, node: Tree, indent: number, inSeq: boolean, parentIndent = indent - 2) => {
    switch (node.t) {
      case 'empty':
        out.push(`${head}${comment()}`);
        return;
      case 'plain':
      case 'single':
      case 'double':
      case 'raw':
        out.push(`${head} ${inlineScalar(node, false)}${comment()}`);
        return;
      case 'block': {
        const indicator = node.indicator && !inSeq ? String(indent - parentIndent) : '';
        out.push(`${head} ${node.style}${indicator}${node.chomp}${comment()}`);
        for (const line of node.lines) out.push(line === '' ? '' : `${sp(indent)}${line}`);
        if (node.trailingBlank) out.push('');
        return;
      }
      case 'plainMulti':
        out.push(`${head} ${node.words[0]}`);
        for (const w of node.words.slice(1)) out.push(`${sp(indent)}${w}`);
        return;
      case 'singleMulti':
        out.push(`${head} '${node.words[0]}`);
        node.words.slice(1).forEach((w, i, rest) => out.push(`${sp(indent)}${w}${i === rest.length - 1 ? "'" : ''}`));
        return;
      case 'doubleMulti':
        out.push(`${head} "${node.words[0]}`.replace(/"q"/g, '\\"q\\"'));
        node.words.slice(1).forEach((w, i, rest) => out.push(`${sp(indent)}${w.replace(/"/g, '\\"')}${i === rest.length - 1 ? '"' : ''}`));
        return;
      case 'map':
      case 'seq':
        if (node.flow || (node.t === 'map' ? node.entries.length === 0 : node.items.length === 0)) {
          out.push(`${head} ${flow(node, indent - 2, node.wrap)}${comment()}`);
          return;
        }
        if (node.t === 'seq' && node.compact && inSeq) {
          // `- - a` : a sequence right after a dash.
          blockSeq(node, indent, `${head} `);
          return;
        }
        if (node.t === 'map' && inSeq && node.entries.length > 0) {
          blockMap(node, indent, `${head} `);
          return;
        }
        out.push(`${head}${comment()}`);
        if (node.t === 'map') blockMap(node, indent);
        else blockSeq(node, node.sameIndent && !inSeq ? indent - 2 : indent);
    }
  };
  function blockMap(node: Extract<Tree, { t: 'map' }>, indent: number, firstHead?: string) {
    node.entries.forEach(([k, v], i) => {
      const prefix = i === 0 && firstHead !== undefined ? firstHead : sp(indent);
      if (!(i === 0 && firstHead !== undefined)) gap(indent);
      value(`${prefix}${key(k)}${node.spaceBeforeColon && k.quote === 'plain' ? ' ' : ''}:`, v, indent + node.step, false, indent);
    });
  }
  function blockSeq(node: Extract<Tree, { t: 'seq' }>, indent: number, firstHead?: string) {
    node.items.forEach((item, i) => {
      const prefix = i === 0 && firstHead !== undefined ? firstHead : sp(indent);
      if (!(i === 0 && firstHead !== undefined)) gap(indent);
      value(`${prefix}-`, item, indent + 2, true);
    });
  }

  if (root.t === 'map' && !root.flow && root.entries.length > 0) blockMap(root, rootIndent);
  else out.push(flow(root, 0, false));
  return `${out.join('\n')}\n`;
}

export const rootArb = fc
  .tuple(fc.uniqueArray(fc.tuple(keyArb, treeArb), { minLength: 1, maxLength: 6, selector: ([k]) => k.text }), fc.constantFrom(2 as const, 4 as const))
  .map(([entries, step]): Tree => ({ t: 'map', entries: [[{ text: 'format', quote: 'plain' }, { t: 'plain', text: 'clausecheck/v1' }], ...entries.filter(([k]) => k.text !== 'format')], flow: false, wrap: false, step, spaceBeforeColon: false }));

export const documentArb: fc.Arbitrary<string> = fc
  .record({
    root: rootArb,
    decor: fc.array(decorArb, { minLength: 1, maxLength: 12 }),
    commentIndex: fc.array(fc.nat(20), { minLength: 1, maxLength: 5 }),
    header: fc.constantFrom('', '', '# profile\n', '---\n', '# profile\n---\n', '\n\n'),
    footer: fc.constantFrom('', '', '# end\n', '...\n', '\n'),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    rootIndent: fc.constantFrom(0, 0, 0, 2),
  })
  .map(({ root, decor, commentIndex, header, footer, crlf, bom, rootIndent }) => {
    const body = `${header}${render(root, decor, commentIndex, rootIndent)}${footer}`;
    return `${bom ? '\uFEFF' : ''}${crlf ? body.replace(/\n/g, '\r\n') : body}`;
  });

/** Edits that make a document unusual or broken: the fast path must decline when yaml objects. */
export const mutationArb: fc.Arbitrary<(text: string) => string> = fc.oneof(
  fc.nat(4000).map((at) => (t: string) => `${t.slice(0, at % (t.length + 1))}\t${t.slice(at % (t.length + 1))}`),
  fc.nat(4000).map((at) => (t: string) => `${t.slice(0, at % (t.length + 1))}${t.slice((at % (t.length + 1)) + 1)}`),
  fc.tuple(fc.nat(4000), fc.constantFrom(' ', ':', '-', '#', '"', "'", '[', '{', '}', ']', ',', '&a ', '*a', '!!str ', '? ', '\n', '\n  ', '\r', '%')).map(
    ([at, s]) =>
      (t: string) =>
        `${t.slice(0, at % (t.length + 1))}${s}${t.slice(at % (t.length + 1))}`,
  ),
  fc.nat(200).map((n) => (t: string) => {
    const lines = t.split('\n');
    const i = n % lines.length;
    return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join('\n'); // a duplicated line
  }),
  fc.constantFrom(
    (t: string) => `${t}---\nsecond: doc\n`,
    (t: string) => `--- ${t}`,
    (t: string) => `--- # c\n${t}`,
    (t: string) => `---#c\n${t}`,
    (t: string) => `${t}...\n# trailing\n`,
    (t: string) => `${t}... # c\n`,
    (t: string) => `${t}...x\n`,
    (t: string) => `%YAML 1.2\n---\n${t}`,
    (t: string) => `${t}anchor: &a [1, 2]\nalias: *a\n`,
    (t: string) => `${t}bin: !!binary aGVsbG8=\n`,
    (t: string) => `${t}? [complex, key]\n: value\n`,
    (t: string) => `${t}? explicit\n: value\n`,
    (t: string) => `${t}pairs: [a: 1, b: 2]\n`,
    (t: string) => `${t}1: numeric key\n`,
    (t: string) => `${t}empty_items:\n  -\n  - x\n`,
  ),
);

