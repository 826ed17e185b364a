/** The help and usage errors of check, merge and config, and the error handler's words, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

const EXAMPLES = `
  $ clausecheck check examples/
  $ clausecheck check acme.yaml --as-of 2026-11-26
  $ clausecheck check acme.yaml --format json > report.json
  $ clausecheck check profiles/ --format text --format sarif=out.sarif --format junit=out.xml
  $ clausecheck check profiles/ --format html=report.html --format csv-bom=audit.csv
  $ cat acme.yaml | clausecheck check -
  $ clausecheck check profiles/ -f sarif -o out.sarif
  $ clausecheck check profiles/ --fail-on warn
  $ clausecheck check profiles/ --only fail --sort due
  $ clausecheck check profiles/ --summary-only
  $ clausecheck check profiles/ --rule 'backup-*'
  $ clausecheck check profiles/ --waivers waivers.yaml
  $ clausecheck baseline write profiles/
  $ clausecheck check profiles/ --baseline .clausecheck-baseline.json
  $ clausecheck check 'accounts/**/*.yaml' --ignore archive
  $ clausecheck check profiles/ --shard 2/4 --format json=shard-2.json
  $ clausecheck check profiles/ --shard k8s/8 --format json=/out/shard-$JOB_COMPLETION_INDEX.json
  $ clausecheck merge shard-*.json --format sarif=all.sarif
  $ clausecheck check profiles/ --lang zh-CN`;

/** check, merge and config texts. */
export const CHECK_TEXT = catalogs(
  {
    check: 'check account profiles against the service agreement and report findings with clauses',
    paths: "profile files, directories (searched for *.yaml and *.yml), quoted globs ('profiles/**/*.yaml'), or - for stdin",
    asOf: 'judge as of this instant, in Beijing time unless an offset is given (default: now)',
    format: (p: { names: string }) => `output format: ${p.names} (csv-bom: csv with a UTF-8 BOM, for Excel); repeat to write several as NAME=FILE, at most one to stdout`,
    failOn: 'exit 1 when an unwaived finding is at or above this level (default: fail_on in the config, else fail)',
    verbose: 'also list pass and skip findings',
    ignore: 'skip files and folders matching this glob (without a /: any path segment, as in .gitignore); repeatable',
    jobs: 'check on this many threads (default: the idle cores, cores less the load average); a run uses one thread per 600 files, so fewer than 1,200 files are checked on one',
    shard: 'check only shard K of N (by a hash of each path), or k8s/N in a Kubernetes Indexed Job (K from JOB_COMPLETION_INDEX); merge the shards\' JSON reports with "clausecheck merge"',
    quiet: 'no progress spinner on stderr',
    pretty: 'indent the JSON report by two spaces (default: pretty in the config, else compact)',
    maxFileSize: 'the largest profile read, e.g. 64MiB (the default) or 200MiB; a larger file is reported as invalid (default: max_file_size in the config, else 64MiB)',
    badMaxFileSize: (p: { value: string }) => `--max-file-size: expected a size such as 64MiB, got "${p.value}"`,
    badMaxFileSizeHint: 'bytes, or a number with KiB, MiB or GiB',
    lateAsOf: (p: { value: string; latest: string }) => `--as-of: ${p.value} is too late; the latest is ${p.latest}`,
    lateAsOfHint: 'deadlines are computed from it and must stay within the year 9999',
    checkAfter: `
Examples:${EXAMPLES}

Settings come from .clausecheck.yaml or .yml (found from the working directory upward) or -c FILE; see
"clausecheck config" for what applies and where each value came from.

Files are reported in argument order, each folder or glob in path order, whatever --jobs is. A
missing path, a dangling or looping symbolic link, or a FIFO is reported as an invalid file
(exit 2); the other files are still checked. Progress shows on stderr when it is a terminal
(not under CI, not with --quiet).

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 invalid input, usage or internal error.`,
    badAsOf: (p: { problem: string }) => `--as-of: ${p.problem}`,
    badAsOfHint: 'use a date such as 2026-11-26 or a date-time such as 2026-11-26T09:30:00+08:00',
    noPaths: 'no profiles given',
    noPathsHint: 'name files or directories, e.g. clausecheck check examples/, or - for stdin',
    stdinTwice: 'stdin (-) can be read only once',
    noFiles: (p: { paths: string; ignore: string }) => `no *.yaml or *.yml files found in ${p.paths}${p.ignore ? ` (after --ignore ${p.ignore})` : ''}`,
    merge: 'merge the JSON reports of shards (check --shard K/N --format json) into one report, in any format',
    config: 'print the effective configuration (defaults, .clausecheck.yaml, flags) and where each value came from',
    internal: (p: { message: string }) => `internal error: ${p.message}`,
    internalHint: 'Set CLAUSECHECK_DEBUG=1 to see where it happened, and report it with the input that caused it.',
    badVariable: (p: { value: string }) => `CLAUSECHECK_LANG=${p.value} names no language clausecheck speaks (en, zh-CN); it is ignored`,
  },
  {
    check: '按服务协议检查账户档案，报告带条款的发现',
    paths: "档案文件、目录（查找其中的 *.yaml 和 *.yml）、加引号的通配符（'profiles/**/*.yaml'），或 - 表示标准输入",
    asOf: '按此时点评估，未写时区即北京时间（默认：现在）',
    format: (p) => `输出格式：${p.names}（csv-bom：带 UTF-8 BOM 的 csv，供 Excel 使用）；可重复，以 NAME=FILE 写出多份，至多一份写到标准输出`,
    failOn: '未豁免的发现达到或超过此级别时以 1 退出（默认：配置中的 fail_on，否则 fail）',
    verbose: '同时列出 pass 和 skip 发现',
    ignore: '跳过匹配此通配符的文件和目录（不含 / 时匹配任一路径段，同 .gitignore）；可重复',
    jobs: '使用的线程数（默认：空闲核数，即核数减去平均负载）；每 600 个文件用一个线程，不足 1200 个文件只用一个',
    shard: '只检查 N 份中的第 K 份（按路径的哈希划分），或在 Kubernetes 索引作业中用 k8s/N（K 取自 JOB_COMPLETION_INDEX）；用 "clausecheck merge" 合并各份的 JSON 报告',
    quiet: '不在标准错误输出上显示进度',
    pretty: 'JSON 报告以两个空格缩进（默认：配置中的 pretty，否则紧凑输出）',
    maxFileSize: '读取的档案大小上限，如 64MiB 或 200MiB；超过的文件报告为无效（默认：配置中的 max_file_size，否则 64MiB）',
    badMaxFileSize: (p) => `--max-file-size：应为大小，如 64MiB，实际为 "${p.value}"`,
    badMaxFileSizeHint: '写字节数，或带 KiB、MiB、GiB 的数字',
    lateAsOf: (p) => `--as-of：${p.value} 太晚；最晚为 ${p.latest}`,
    lateAsOfHint: '期限从它算起，必须在 9999 年之内',
    checkAfter: `
示例：${EXAMPLES}

设置来自 .clausecheck.yaml（从工作目录向上查找）或 --config；运行 "clausecheck config" 可查看
实际生效的设置及每个值的来源。

无论 --jobs 为多少，文件都按参数顺序报告，目录或通配符内按路径顺序。不存在的路径、悬空或循环的
符号链接、FIFO 都报告为无效文件（退出码 2），其他文件照常检查。标准错误输出是终端时显示进度
（CI 下或加 --quiet 时不显示）。

退出码：0 没有达到 --fail-on 的发现，1 有达到或超过它的发现，2 输入无效、用法错误或内部错误。`,
    badAsOf: (p) => `--as-of：${p.problem}`,
    badAsOfHint: '请使用日期（如 2026-11-26）或日期时间（如 2026-11-26T09:30:00+08:00）',
    noPaths: '没有给出档案',
    noPathsHint: '请给出文件或目录，例如 clausecheck check examples/，或用 - 表示标准输入',
    stdinTwice: '标准输入（-）只能读取一次',
    noFiles: (p) => `在 ${p.paths} 中没有找到 *.yaml 或 *.yml 文件${p.ignore ? `（已按 --ignore ${p.ignore} 排除）` : ''}`,
    merge: '把各分片的 JSON 报告（check --shard K/N --format json）合并为一份报告，可输出任意格式',
    config: '输出实际生效的配置（默认值、.clausecheck.yaml、命令行参数）及每个值的来源',
    internal: (p) => `内部错误：${p.message}`,
    internalHint: '设置 CLAUSECHECK_DEBUG=1 可查看出错位置；请连同导致错误的输入一起报告。',
    badVariable: (p) => `CLAUSECHECK_LANG=${p.value} 不是 clausecheck 支持的语言（en、zh-CN），已忽略`,
  },
);
