/** The help of the options several commands share, and of merge and config, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

/** Shared option texts, and merge's and config's own. */
export const OPTION_TEXT = catalogs(
  {
    output: 'write the report to this file instead of stdout (the one --format given without =FILE; text by default)',
    color: 'colour the text report on stdout even when it is not a terminal',
    noColor: 'never colour the output (also NO_COLOR=1 or FORCE_COLOR=0)',
    only: (p: { statuses: string }) => `show only findings with these statuses in human formats (text, markdown, html, csv): ${p.statuses}, comma-separated; the exit code is unchanged`,
    sort: (p: { orders: string }) => `order findings within each file: ${p.orders} (soonest deadline first; findings without one after)`,
    summaryOnly: 'text: one summary line per file with something to show, then the totals',
    config: 'use this config file instead of looking for .clausecheck.yaml (or .yml) upward from the working directory',
    rule: 'run only this rule; repeatable; * is a wildcard (backup-*)',
    skipRule: 'do not run this rule; repeatable; * is a wildcard',
    waivers: 'take waivers from this file (a waivers: list) instead of the config',
    noWaivers: 'ignore all waivers',
    baseline: 'compare with this baseline (clausecheck baseline write): findings no worse than recorded do not count toward the exit code',
    noBaseline: 'ignore the baseline named in the config',
    configFailOn: 'the exit-code threshold, overriding fail_on in the config',
    configAfter: `
The config file is .clausecheck.yaml (or .clausecheck.yml), looked up from the working directory upward (stopping at the
folder that holds .git, or the filesystem root), or the file given with --config. Command-line flags
override it. Each value is shown with its source: default, the config file, or the command line.

Examples:
  $ clausecheck config                                  what a check run here would use
  $ clausecheck config --config ci/clausecheck.yaml     a config file elsewhere
  $ clausecheck config --rule 'backup-*' --skip-rule backup-health
  $ clausecheck config --format json | jq '.rules[] | select(.state != "fail")'

Exit codes: 0 printed, 2 the config file is invalid (every problem is listed as file:line:col) or a usage error.`,
    mergeReports: 'JSON reports written by clausecheck check --format json',
    mergeConfig: 'the config the shards ran with (default: .clausecheck.yaml or .yml upward from the working directory)',
    mergeRule: 'as given to the shards; repeatable',
    mergeBaseline: "compare the merged findings with this baseline (default: baseline: in the config; else the shards' own comparison stands)",
    mergeAfter: `
The merged report is the one a single unsharded run would give: files in path order, waivers
judged over all shards (unused only if no shard used one; an expired one counts every shard's
findings), the summary recounted. Reports from different clausecheck versions, agreements or
--as-of instants are refused. Give the same --config, --rule and --skip-rule as the shards had, so
that formats citing the rules (sarif) and the exit code agree.

Examples:
  $ clausecheck check profiles/ --shard 1/2 --format json=shard-1.json
  $ clausecheck check profiles/ --shard 2/2 --format json=shard-2.json
  $ clausecheck merge shard-*.json                                  the text report
  $ clausecheck merge shard-*.json --format json=all.json --format sarif=all.sarif
  $ clausecheck merge shard-*.json --baseline .clausecheck-baseline.json   fail only on new or worse findings
  $ clausecheck merge shard-*.json -f html -o audit.html

Exit codes: as check: 0 nothing at or above --fail-on, 1 findings at or above it, 2 invalid input in a report, or a usage error.`,
  },
  {
    output: '把报告写到此文件而不是标准输出（即未写 =FILE 的那个 --format；默认 text）',
    color: '即使标准输出不是终端，也给文本报告着色',
    noColor: '从不着色（也可用 NO_COLOR=1 或 FORCE_COLOR=0）',
    only: (p) => `人读格式（text、markdown、html、csv）只显示这些状态的发现：${p.statuses}，以逗号分隔；退出码不变`,
    sort: (p) => `每个文件内发现的顺序：${p.orders}（到期最早的在前；没有到期时点的在后）`,
    summaryOnly: 'text：每个有内容的文件一行汇总，最后是总计',
    config: '使用此配置文件，而不是从工作目录向上查找 .clausecheck.yaml（或 .yml）',
    rule: '只运行此规则；可重复；* 为通配符（backup-*）',
    skipRule: '不运行此规则；可重复；* 为通配符',
    waivers: '从此文件（一个 waivers: 列表）读取豁免，而不是从配置读取',
    noWaivers: '忽略所有豁免',
    baseline: '与此基线（clausecheck baseline write）比较：不比记录时更差的发现不计入退出码',
    noBaseline: '忽略配置中指定的基线',
    configFailOn: '退出码阈值，覆盖配置中的 fail_on',
    configAfter: `
配置文件为 .clausecheck.yaml（或 .clausecheck.yml），从工作目录向上查找（到包含 .git 的目录或文件系统根目录为止），
或用 --config 指定。命令行参数优先于配置文件。每个值都注明来源：默认值、配置文件或命令行。

示例：
  $ clausecheck config                                  在此运行 check 时实际使用的设置
  $ clausecheck config --config ci/clausecheck.yaml     其他位置的配置文件
  $ clausecheck config --rule 'backup-*' --skip-rule backup-health
  $ clausecheck config --format json | jq '.rules[] | select(.state != "fail")'

退出码：0 已输出，2 配置文件无效（每个问题都以 file:line:col 列出）或用法错误。`,
    mergeReports: '由 clausecheck check --format json 写出的 JSON 报告',
    mergeConfig: '各分片运行时使用的配置（默认：从工作目录向上查找 .clausecheck.yaml 或 .yml）',
    mergeRule: '与各分片所用的相同；可重复',
    mergeBaseline: '将合并后的发现与此基线比较（默认：配置中的 baseline:；否则沿用各分片自身的比较结果）',
    mergeAfter: `
合并后的报告与一次不分片的运行结果相同：文件按路径顺序排列，豁免按全部分片判断（只有所有分片都未用到时
才算未使用；已到期的豁免计入每个分片的发现），汇总重新计数。不同 clausecheck 版本、协议版本或 --as-of
时点的报告会被拒绝。请给出与各分片相同的 --config、--rule 和 --skip-rule，使引用规则的格式（sarif）
和退出码一致。

示例：
  $ clausecheck check profiles/ --shard 1/2 --format json=shard-1.json
  $ clausecheck check profiles/ --shard 2/2 --format json=shard-2.json
  $ clausecheck merge shard-*.json                                  文本报告
  $ clausecheck merge shard-*.json --format json=all.json --format sarif=all.sarif
  $ clausecheck merge shard-*.json --baseline .clausecheck-baseline.json   只因新的或更差的发现而失败
  $ clausecheck merge shard-*.json -f html -o audit.html

退出码：同 check：0 没有达到 --fail-on 的发现，1 有达到或超过它的发现，2 报告中有无效输入或用法错误。`,
  },
);
