/**
 * commander's own error sentences (unknown option or command, a bad choice, a missing argument …)
 * in Chinese: each entry matches one sentence commander writes and keeps its values (flags, names,
 * choices). An error commander words otherwise stays as written.
 */

const ERRORS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^error: unknown option '(.*)'$/, (m) => `错误：未知的选项 '${m[1]}'`],
  [/^error: unknown command '(.*)'$/, (m) => `错误：未知的命令 '${m[1]}'`],
  [/^\(Did you mean (.*)\?\)$/, (m) => `（是否想写 ${m[1]}？）`],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (m) => `错误：选项 '${m[1]}' 的值 '${m[2]}' 无效。可选值为 ${m[3]}。`],
  [/^error: option '(.*)' argument missing$/, (m) => `错误：选项 '${m[1]}' 缺少值`],
  [/^error: missing required argument '(.*)'$/, (m) => `错误：缺少必需的参数 '${m[1]}'`],
  [/^error: required option '(.*)' not specified$/, (m) => `错误：未给出必需的选项 '${m[1]}'`],
  [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `错误：${m[1] ? `'${m[1]}' 的` : ''}参数过多。应为 ${m[2]} 个，实际为 ${m[3]} 个。`],
];

/** One line of a commander error in Chinese, or as written. */
function line(text: string): string {
  for (const [en, zh] of ERRORS) {
    const m = en.exec(text);
    if (m) return zh(m);
  }
  return text;
}

/** A commander error message (one or more lines) in Chinese. */
export function commanderErrorZh(message: string): string {
  return message
    .split('\n')
    .map((l) => line(l))
    .join('\n');
}
