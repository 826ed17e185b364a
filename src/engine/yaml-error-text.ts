/**
 * The YAML parser's syntax errors (the `yaml` package, whose first line the loader keeps after
 * "YAML syntax: ") in Chinese. Each entry matches one of the parser's sentences, with its values
 * kept; a sentence not listed stays in English after the Chinese "YAML 语法错误：" prefix.
 */

/** A flow collection's name as the parser writes it, in Chinese. */
function flow(name: string): string {
  const lower = name.toLowerCase();
  return lower === 'flow map' ? '流式映射' : lower === 'flow sequence' ? '流式列表' : lower === 'collection' ? '集合' : name;
}

/** The parser's token types and character kinds that its sentences name, in Chinese. */
const TOKENS: Record<string, string> = {
  'block-seq-ind': '列表标记 "-"',
  'explicit-key-ind': '显式键标记 "?"',
  'map-value-ind': '冒号 ":"',
  'flow-map-start': '"{"',
  'flow-map-end': '"}"',
  'flow-seq-start': '"["',
  'flow-seq-end': '"]"',
  comma: '逗号 ","',
  'doc-start': '文档开始标记 "---"',
  'doc-end': '文档结束标记 "..."',
  anchor: '锚点',
  alias: '别名',
  tag: '标签',
  scalar: '值',
  comment: '注释',
  'a tab character': '制表符',
  'flow indicator character ,': '逗号 ","',
  'directive indicator character %': '"%"',
};

/** A token or character the parser names, in Chinese (`reserved character @` is `"@"`), spaced from Chinese words where it starts or ends with a quote. */
function token(name: string): string {
  const character = /^(?:reserved character|block scalar indicator) (.)$/.exec(name);
  const text = TOKENS[name] ?? (character ? `"${character[1]}"` : name);
  return `${text.startsWith('"') ? ' ' : ''}${text}${text.endsWith('"') ? ' ' : ''}`;
}

/** The parser's sentence (a RegExp over its first line) and its Chinese rendering. */
const SYNTAX: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^All mapping items must start at the same column$/, () => '同一映射的各项必须从同一列开始（请检查缩进）'],
  [/^All sequence items must start at the same column$/, () => '同一列表的各项必须从同一列开始（请检查缩进）'],
  [/^Nested mappings are not allowed in compact mappings$/, () => '紧凑映射中不能再嵌套映射（请检查冒号和缩进）'],
  [/^A block sequence may not be used as an implicit map key$/, () => '块列表不能用作映射的键'],
  [/^Implicit keys need to be on a single line$/, () => '键必须写在一行内（是否缺少冒号或引号？）'],
  [/^Implicit keys of flow sequence pairs need to be on a single line$/, () => '流式列表中键值对的键必须写在一行内'],
  [/^Implicit map keys need to be followed by map values$/, () => '键后面必须跟值（是否缺少 ": "？）'],
  [/^The : indicator must be at most (\d+) chars after the start of an implicit (?:block mapping|flow sequence) key$/, (m) => `":" 距键的开头不能超过 ${m[1]} 个字符`],
  [/^With simple keys, single line scalar must not span more than (\d+) characters$/, (m) => `用作键的单行值不能超过 ${m[1]} 个字符`],
  [/^Missing closing "quote$/, () => '缺少右双引号 "'],
  [/^Missing closing 'quote$/, () => "缺少右单引号 '"],
  [/^Missing , between (flow map|flow sequence) items$/, (m) => `${flow(m[1]!)}的各项之间缺少逗号`],
  [/^Missing , or : between (flow map|flow sequence) items$/, (m) => `${flow(m[1]!)}的各项之间缺少逗号或冒号`],
  [/^Missing space after : in (flow map|flow sequence)$/, (m) => `${flow(m[1]!)}中的冒号后缺少空格`],
  [/^(Flow map|Flow sequence) must end with a (.+)$/, (m) => `${flow(m[1]!)}必须以 ${m[2]} 结束`],
  [/^(Flow map|Flow sequence) in block collection must be sufficiently indented and end with a (.+)$/, (m) => `块集合中的${flow(m[1]!)}必须有足够的缩进，并以 ${m[2]} 结束`],
  [/^Unexpected , in (.+)$/, (m) => `${flow(m[1]!)}中有多余的逗号`],
  [/^Unexpected empty item in (.+)$/, (m) => `${flow(m[1]!)}中有空项`],
  [/^Plain value cannot start with (.+)$/, (m) => `不加引号的值不能以${token(m[1]!)}开头（请给值加引号）`],
  [/^Invalid escape sequence (.+)$/, (m) => `无效的转义序列 ${m[1]}`],
  [/^Unresolved tag: (.+)$/, (m) => `无法解析的标签：${m[1]}`],
  [/^Comments must be separated from other tokens by white space characters$/, () => '注释（#）与前面的内容之间必须有空白'],
  [/^Tags and anchors must be separated from the next token by white space$/, () => '标签和锚点与后面的内容之间必须有空白'],
  [/^A node can have at most one anchor$/, () => '一个节点至多有一个锚点'],
  [/^A node can have at most one tag$/, () => '一个节点至多有一个标签'],
  [/^An alias node must not specify any properties$/, () => '别名节点不能带标签或锚点'],
  [/^(Alias|Anchor) cannot be an empty string$/, (m) => `${m[1] === 'Alias' ? '别名' : '锚点'}不能为空`],
  [/^(Alias|Anchor) ending in : is ambiguous$/, (m) => `以 ":" 结尾的${m[1] === 'Alias' ? '别名' : '锚点'}有歧义`],
  [/^Anchors and tags must be after the (.+) indicator$/, (m) => `锚点和标签必须写在 ${m[1]} 标记之后`],
  [/^(?:Source|Input stream) contains multiple documents/, () => '文件包含多个 YAML 文档；一个档案只能是一个文档'],
  [/^Sequence item without - indicator$/, () => '列表项缺少 "-" 标记'],
  [/^Block collections are not allowed within flow collections$/, () => '流式集合（[…] 或 {…}）中不能有块集合'],
  [/^Block scalar values in collections must be indented$/, () => '集合中的块标量必须缩进'],
  [/^Block scalar lines must not be less indented than their (.+)$/, () => '块标量各行的缩进不能少于其首行（或缩进指示符）'],
  [/^Block scalars with more-indented leading empty lines must use an explicit indentation indicator$/, () => '开头空行缩进更多的块标量必须写明缩进指示符'],
  [/^(?:Block scalar header includes extra characters|Unexpected token in block scalar header): (.+)$/, (m) => `块标量头部有多余的内容：${m[1]}`],
  [/^Flow end indicator should be more indented than parent$/, () => '流式集合的结束符（] 或 }）应比上一级缩进更多'],
  [/^Missing newline after block sequence props$/, () => '块列表的标签或锚点后缺少换行'],
  [/^Missing directives-end(?:\/doc-start)? indicator line$/, () => '缺少文档开始标记行（---）'],
  [/^Block collection cannot start on same line with directives-end marker$/, () => '块集合不能与 --- 写在同一行'],
  [/^Unexpected doc-end without preceding document$/, () => '出现文档结束标记（...），但前面没有文档'],
  [/^Expected a flow scalar value, but found: (.+)$/, (m) => `应为一个值，实际为 ${m[1]}`],
  [/^Not a YAML token: (.+)$/, (m) => `不是 YAML 的内容：${m[1]}`],
  [/^Unexpected (.+) on same line with key$/, (m) => `键所在的行上不能有${token(m[1]!)}`],
  [/^Unexpected (.+) token in YAML (?:stream|document)$/, (m) => `文档中有意外的${token(m[1]!)}`],
  [/^Unexpected (.+) at node end$/, (m) => `节点末尾有意外的${token(m[1]!)}`],
  [/^Unexpected (.+) token$/, (m) => `意外的${token(m[1]!)}`],
  [/^Unexpected (.+) in (.+)$/, (m) => `${flow(m[2]!)}中有意外的 ${m[1]}`],
];

/** A YAML syntax error of the parser in Chinese, or undefined when the sentence is not one listed. */
export function yamlSyntaxZh(sentence: string): string | undefined {
  for (const [en, zh] of SYNTAX) {
    const match = en.exec(sentence);
    if (match) return zh(match).replace(/ {2,}/g, ' ').trim();
  }
  return undefined;
}
