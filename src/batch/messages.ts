/** The usage errors and stderr lines of batch runs and merges (--jobs, --shard, merge), in English and zh-CN. */
import { catalogs } from '../util/i18n.js';
import type { ReportProblem } from './report-stream.js';

/** Batch words by message id. */
export const BATCH_TEXT = catalogs(
  {
    badJobs: (p: { value: string }) => `--jobs: expected a whole number of at least 1, got "${p.value}"`,
    badJobsHint: 'e.g. --jobs 4; the default is the number of idle cores',
    internalError: (p: { rule: string; file: string; message: string }) => `internal error in rule ${p.rule} on ${p.file}: ${p.message}`,
    badShard: (p: { value: string }) => `--shard: expected K/N with 1 ≤ K ≤ N, or k8s/N, got "${p.value}"`,
    badShardHint: 'e.g. --shard 2/4 checks the second of four shards; --shard k8s/4 takes K from JOB_COMPLETION_INDEX',
    k8sHint: (p: { count: number; variable: string }) => `in a Kubernetes Indexed Job with completions: ${p.count}, the pod's ${p.variable} (0 to ${p.count - 1}) picks the shard`,
    k8sCount: (p: { count: number }) => `--shard k8s/N: N must be at least 1, got ${p.count}`,
    k8sUnset: (p: { count: number; variable: string }) => `--shard k8s/${p.count}: ${p.variable} is not set`,
    k8sBadIndex: (p: { count: number; variable: string; raw: string }) => `--shard k8s/${p.count}: ${p.variable} is "${p.raw}", expected a whole number from 0 to ${p.count - 1}`,
    notReport: (p: { name: string }) => `${p.name} is not a clausecheck JSON report (version 1)`,
    notReportHint: 'merge takes the files written by clausecheck check --format json',
    metaDiffers: (p: { field: 'tool' | 'agreement' | 'asOf'; first: string; firstValue: string; other: string; otherValue: string }) =>
      `the reports differ in ${{ tool: 'tool', agreement: 'agreement version', asOf: 'asOf' }[p.field]}: ${p.first} has ${p.firstValue}, ${p.other} has ${p.otherValue}`,
    metaDiffersHint: 'merge only shards of one run: the same clausecheck version, agreement and --as-of',
    badExpires: (p: { value: string }) => `a waiver finding has an unreadable expires "${p.value}"`,
    badWaiverFinding: (p: { name: string; subject: string }) => `${p.name}: a waiver finding for ${p.subject} that merge cannot read`,
    noReports: 'no reports given',
    noReportsHint: 'e.g. clausecheck merge shard-*.json --format text',
    twice: (p: { file: string; first: string; second: string }) => `${p.file} is in both ${p.first} and ${p.second}`,
    twiceHint: 'merge takes the reports of disjoint shards (--shard 1/N … N/N of one run), each once',
    cannotRead: (p: { name: string; reason: string }) => `cannot read ${p.name}: ${p.reason}`,
    notJson: (p: { name: string; problem: string }) => `${p.name} is not JSON: ${p.problem}`,
    reportProblem: (p: ReportProblem) =>
      ({ after: 'text after the report', truncated: 'the report ends early (truncated?)', notObject: 'a report is a JSON object', unexpected: `unexpected "${p.detail}"`, json: p.detail })[p.kind],
    progress: (p: { done: string; total: string; files: number; failing: string; rate: string }) =>
      `Checking profiles: ${p.done}/${p.total} file${p.files === 1 ? '' : 's'} · ${p.failing} failing · ${p.rate} files/s`,
  },
  {
    badJobs: (p) => `--jobs：应为不小于 1 的整数，实际为 "${p.value}"`,
    badJobsHint: '例如 --jobs 4；默认为空闲核数',
    internalError: (p) => `规则 ${p.rule} 在 ${p.file} 上发生内部错误：${p.message}`,
    badShard: (p) => `--shard：应为 K/N（1 ≤ K ≤ N）或 k8s/N，实际为 "${p.value}"`,
    badShardHint: '例如 --shard 2/4 检查四份中的第二份；--shard k8s/4 从 JOB_COMPLETION_INDEX 取 K',
    k8sHint: (p) => `在 completions: ${p.count} 的 Kubernetes 索引作业中，由 pod 的 ${p.variable}（0 至 ${p.count - 1}）选定分片`,
    k8sCount: (p) => `--shard k8s/N：N 至少为 1，实际为 ${p.count}`,
    k8sUnset: (p) => `--shard k8s/${p.count}：未设置 ${p.variable}`,
    k8sBadIndex: (p) => `--shard k8s/${p.count}：${p.variable} 为 "${p.raw}"，应为 0 至 ${p.count - 1} 之间的整数`,
    notReport: (p) => `${p.name} 不是 clausecheck 的 JSON 报告（版本 1）`,
    notReportHint: 'merge 读取的是 clausecheck check --format json 写出的文件',
    metaDiffers: (p) => `各报告的${{ tool: '工具版本', agreement: '协议版本', asOf: '评估时点（asOf）' }[p.field]}不同：${p.first} 为 ${p.firstValue}，${p.other} 为 ${p.otherValue}`,
    metaDiffersHint: '只能合并同一次运行的分片：相同的 clausecheck 版本、协议和 --as-of',
    badExpires: (p) => `豁免发现的 expires "${p.value}" 无法读取`,
    badWaiverFinding: (p) => `${p.name}：merge 无法读取关于 ${p.subject} 的豁免发现`,
    noReports: '没有给出报告',
    noReportsHint: '例如 clausecheck merge shard-*.json --format text',
    twice: (p) => `${p.file} 同时出现在 ${p.first} 和 ${p.second} 中`,
    twiceHint: 'merge 读取的是互不重叠的分片报告（同一次运行的 --shard 1/N … N/N），每份一次',
    cannotRead: (p) => `无法读取 ${p.name}：${p.reason}`,
    notJson: (p) => `${p.name} 不是 JSON：${p.problem}`,
    reportProblem: (p) => ({ after: '报告之后还有其他文本', truncated: '报告提前结束（文件被截断？）', notObject: '报告应为一个 JSON 对象', unexpected: `意外的 "${p.detail}"`, json: p.detail })[p.kind],
    progress: (p) => `正在检查档案：${p.done}/${p.total} 个文件 · ${p.failing} 个未通过 · 每秒 ${p.rate} 个`,
  },
);
