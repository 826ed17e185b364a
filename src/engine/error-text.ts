/**
 * The zh-CN catalog of input errors (loading, YAML, validation, unreadable files). The loader and
 * the model write each error in English from a fixed set of sentences; each entry here is keyed by
 * id, matches one of those sentences and gives it in Chinese with the same values (keys, paths,
 * quoted input, numbers). A test renders every error the invalid fixtures produce and requires
 * each to have a Chinese rendering.
 */
import { yamlSyntaxZh } from './yaml-error-text.js';

/** What a value was, as describeValue (src/model/scalars.ts) names it, in Chinese. */
export function value(text: string): string {
  if (text === 'nothing') return '空值';
  if (text === 'a list') return '列表';
  if (text === 'a mapping') return '映射';
  if (text === 'a value shaped like a secret (not shown)') return '形如机密的值（不显示）';
  const number = /^the number (.+)$/.exec(text);
  return number ? `数字 ${number[1]}` : text;
}

function type(text: string): string {
  return ({ 'a mapping': '映射', 'a list': '列表', string: '字符串', number: '数字', boolean: '布尔值' } as Record<string, string>)[text] ?? text;
}

/** What a duplicate or a dangling reference is, as the cross-reference checks (src/model/cross-refs.ts) name it, in Chinese. */
function thing(text: string): string {
  return (
    {
      'order id': '订单 id',
      'RAM user name': 'RAM 用户名',
      'incident id': '故障 id',
      'notice id': '通知 id',
      'claim id': '索赔 id',
      'log store name': '日志库名称',
      'bill id': '账单 id',
      "any order's resource": '任何订单的资源',
      'the id of an order in this profile': '本档案中订单的 id',
      'an incident id in this profile': '本档案中故障的 id',
    } as Record<string, string>
  )[text] ?? text;
}

/** A thing's name after Chinese words: a space before one that starts with Latin letters (`重复的 RAM 用户名`), none before Chinese. */
function after(text: string): string {
  const name = thing(text);
  return /^[A-Za-z0-9]/.test(name) ? ` ${name}` : name;
}

/** A "did you mean" hint in Chinese, or nothing. */
export const mean = (hint: string | undefined) => (hint ? `（是否想写 "${hint}"？）` : '');

/** Each input error by id: the English sentence it matches and its Chinese rendering. */
const ERRORS: { id: string; en: RegExp; zh: (m: RegExpExecArray) => string }[] = [
  { id: 'unknownKey', en: /^unknown key "(.*)"(?: \(did you mean "(.*)"\?\))?$/, zh: (m) => `未知的键 "${m[1]}"${mean(m[2])}` },
  { id: 'missingKey', en: /^missing required key "(.*)"$/, zh: (m) => `缺少必填的键 "${m[1]}"` },
  { id: 'expectedType', en: /^expected (a mapping|a list|string|number|boolean), got (.*)$/, zh: (m) => `应为${type(m[1]!)}，实际为 ${value(m[2]!)}` },
  { id: 'expectedId', en: /^expected an identifier \(a string\), got (.*)$/, zh: (m) => `应为标识符（字符串），实际为 ${value(m[1]!)}` },
  { id: 'expectedDate', en: /^expected a date YYYY-MM-DD or date-time, got (.*)$/, zh: (m) => `应为日期 YYYY-MM-DD 或日期时间，实际为 ${value(m[1]!)}` },
  { id: 'yearOutOfRange', en: /^impossible date "(.*)": years run from (\d{4}) to (\d{4})$/, zh: (m) => `不存在的日期 "${m[1]}"：年份须在 ${m[2]} 至 ${m[3]} 之间` },
  { id: 'impossibleDate', en: /^impossible date "(.*)"$/, zh: (m) => `不存在的日期 "${m[1]}"` },
  { id: 'impossibleTime', en: /^impossible time "(.*)"$/, zh: (m) => `不存在的时间 "${m[1]}"` },
  { id: 'impossibleOffset', en: /^impossible offset "(.*)" in "(.*)"$/, zh: (m) => `"${m[2]}" 中的时区偏移 "${m[1]}" 不存在` },
  { id: 'notADate', en: /^"(.*)" is not a date \(YYYY-MM-DD\) or date-time \(YYYY-MM-DDThh:mm\[:ss\]\[Z\|±hh:mm\]\)$/, zh: (m) => `"${m[1]}" 不是日期（YYYY-MM-DD）或日期时间（YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]）` },
  {
    id: 'expectedDecimal',
    en: /^expected (an amount|a quantity) like (-?1234\.56) \(at most 6 decimals, no exponent, no _\), got (.*)$/,
    zh: (m) => `应为形如 ${m[2]} 的${m[1] === 'an amount' ? '金额' : '数量'}（至多 6 位小数，不用指数，不用 _），实际为 ${value(m[3]!)}`,
  },
  { id: 'expectedWhole', en: /^expected a whole number, got (.*)$/, zh: (m) => `应为整数，实际为 ${value(m[1]!)}` },
  { id: 'wholeAtLeast', en: /^expected a whole number at least (-?\d+), got (.*)$/, zh: (m) => `应为不小于 ${m[1]} 的整数，实际为 ${m[2]}` },
  { id: 'wholeRange', en: /^expected a whole number from (-?\d+) to (-?\d+), got (.*)$/, zh: (m) => `应为 ${m[1]} 至 ${m[2]} 之间的整数，实际为 ${m[3]}` },
  { id: 'expectedRegion', en: /^expected a region id such as cn-hangzhou$/, zh: () => '应为地域 id，例如 cn-hangzhou' },
  { id: 'expectedBool', en: /^expected true or false, got (.*)$/, zh: (m) => `应为 true 或 false，实际为 ${value(m[1]!)}` },
  { id: 'expectedOneOf', en: /^expected one of (.*), got (.*)$/, zh: (m) => `应为 ${m[1]} 之一，实际为 ${value(m[2]!)}` },
  { id: 'onlyCny', en: /^only CNY is valid under this agreement \(the China site\)$/, zh: () => '本协议（中国站）只接受 CNY' },
  { id: 'onlyCn', en: /^only the China site \(cn\) is covered by this agreement$/, zh: () => '本协议只适用于中国站（cn）' },
  { id: 'wrongFormat', en: /^expected format: clausecheck\/v1 \(the only version this tool reads\)$/, zh: () => '应为 format: clausecheck/v1（本工具只读取这一版本）' },
  { id: 'duplicateId', en: /^duplicate (.*) "(.*)" \(also at (.*)\)$/, zh: (m) => `重复的${after(m[1]!)} "${m[2]}"（另见 ${m[3]}）` },
  { id: 'unknownRef', en: /^"(.*)" is not (.*?) \((?:known: (.*)|there are none)\)$/, zh: (m) => `"${m[1]}" 不是${after(m[2]!)}（${m[3] === undefined ? '一个也没有' : `已有：${m[3]}`}）` },
  { id: 'billingKind', en: /^billing (\S+) does not agree with kind (\S+) \(expected (\S+)\)$/, zh: (m) => `billing ${m[1]} 与 kind ${m[2]} 不符（应为 ${m[3]}）` },
  { id: 'soldOutPaid', en: /^sold_out cannot be true on an order that has paid_at/, zh: () => '有 paid_at 的订单不能是 sold_out: true（售罄的订单从未付款）' },
  { id: 'empty', en: /^the file is empty; a profile starts with "format: clausecheck\/v1"$/, zh: () => '文件为空；档案以 "format: clausecheck/v1" 开头' },
  { id: 'topLevel', en: /^the top level is (.*); a profile is a mapping that starts with "format: clausecheck\/v1"$/, zh: (m) => `顶层是${value(m[1]!)}；档案是以 "format: clausecheck/v1" 开头的映射` },
  { id: 'aliasBomb', en: /^too many aliases or nodes \(at most (\d+) aliases and (\d+) nodes\)/, zh: (m) => `别名或节点过多（至多 ${m[1]} 个别名和 ${m[2]} 个节点）；这是"十亿笑"文件吗？` },
  { id: 'duplicateKey', en: /^duplicate key(?: "(.*)")?: each key may appear once in a mapping$/, zh: (m) => `重复的键${m[1] ? ` "${m[1]}"` : ''}：同一映射中每个键只能出现一次` },
  { id: 'tabIndent', en: /^tab used for indentation; indent YAML with spaces$/, zh: () => '用制表符缩进；YAML 请用空格缩进' },
  { id: 'yamlSyntax', en: /^YAML syntax: (.*)$/, zh: (m) => `YAML 语法错误：${yamlSyntaxZh(m[1]!) ?? m[1]}` },
  { id: 'invalidUtf8', en: /^invalid UTF-8 \(byte (0x[0-9a-fA-F]+)\); save the file as UTF-8$/, zh: (m) => `无效的 UTF-8（字节 ${m[1]}）；请把文件存为 UTF-8` },
  { id: 'nulByte', en: /^NUL byte in the file; a profile is YAML text, not binary data$/, zh: () => '文件中有 NUL 字节；档案是 YAML 文本，不是二进制数据' },
  { id: 'noSuchFile', en: /^no such file or directory$/, zh: () => '没有这个文件或目录' },
  { id: 'permissionDenied', en: /^permission denied$/, zh: () => '没有权限' },
  { id: 'linkLoop', en: /^symbolic link loop$/, zh: () => '符号链接循环' },
  { id: 'isDirectory', en: /^is a directory$/, zh: () => '是一个目录' },
  { id: 'notRegular', en: /^not a regular file \(a FIFO, socket or device\); give a profile file$/, zh: () => '不是普通文件（FIFO、套接字或设备）；请给出档案文件' },
  { id: 'cannotReadDir', en: /^cannot read directory: (.*)$/, zh: (m) => `无法读取目录：${localizeInputError(m[1]!)}` },
  { id: 'noMatch', en: /^no files match this pattern(?: \((.*)\))?$/, zh: (m) => `没有文件匹配此模式${m[1] ? `（${m[1]}）` : ''}` },
  {
    id: 'tooLarge',
    en: /^the file is (.+), over the limit of (.+); raise it with --max-file-size or max_file_size in the config if this is really a profile$/,
    zh: (m) => `文件大小为 ${m[1]}，超过上限 ${m[2]}；如确为档案，请用 --max-file-size 或配置中的 max_file_size 调高上限`,
  },
  { id: 'noYamlMatch', en: /^no \*\.yaml or \*\.yml files match this pattern$/, zh: () => '没有 *.yaml 或 *.yml 文件匹配此模式' },
];

/** An input error in Chinese; a sentence the catalog does not know stays as written. */
export function localizeInputError(message: string): string {
  for (const entry of ERRORS) {
    const match = entry.en.exec(message);
    if (match) return entry.zh(match);
  }
  return message;
}
