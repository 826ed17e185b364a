/** The words of `github-comment` (its notes, warnings and errors), in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

/** github-comment texts by language. */
export const COMMENT_TEXT = catalogs(
  {
    created: (p: { url: string }) => `created the pull-request comment ${p.url}`,
    updated: (p: { url: string }) => `updated the pull-request comment ${p.url}`,
    noToken: () => 'no token: GITHUB_TOKEN is not set, so no pull-request comment was posted (the report is still in the job log and the step summary). Give the action a token with pull-requests: write.',
    notPullRequest: (p: { event: string }) => `not a pull request (${p.event}): no comment to keep up to date`,
    unknownEvent: 'unknown event',
    noRepository: () => 'GITHUB_REPOSITORY is not set (owner/name): run this in GitHub Actions, or set it',
    noEvent: () => 'GITHUB_EVENT_PATH is not set: run this in GitHub Actions, or point it at the event payload (JSON)',
    badEvent: (p: { file: string; why: string }) => `cannot read the event payload ${p.file}: ${p.why}`,
    forbidden: (p: { status: number; call: string; detail: string }) =>
      `GitHub refused ${p.call} (${p.status}${p.detail ? `: ${p.detail}` : ''}): the token may not write to this pull request. A pull request from a fork gets a read-only token, so no comment is posted; the check's result stands and the report is in the step summary.`,
    failed: (p: { status: number; call: string; detail: string }) => `GitHub answered ${p.call} with ${p.status}${p.detail ? `: ${p.detail}` : ''}; no comment was posted (the check's result stands)`,
    unreachable: (p: { call: string; why: string }) => `cannot reach GitHub for ${p.call}: ${p.why}; no comment was posted (the check's result stands)`,
    cut: (p: { limit: number }) => `\n\n> [!NOTE]\n> Cut to stay under GitHub's ${p.limit.toLocaleString('en-US')} characters for a comment; the full report is in the job's step summary.\n`,
    warningTitle: () => 'clausecheck comment',
    cannotRead: (p: { file: string; why: string }) => `cannot read ${p.file}: ${p.why}`,
    cannotReadHint: () => 'write it first with clausecheck check ... --format markdown=FILE',
  },
  {
    created: (p) => `已创建拉取请求评论 ${p.url}`,
    updated: (p) => `已更新拉取请求评论 ${p.url}`,
    noToken: () => '没有令牌：未设置 GITHUB_TOKEN，因此未发布拉取请求评论（报告仍在作业日志和步骤摘要中）。请给该 action 一个具有 pull-requests: write 权限的令牌。',
    notPullRequest: (p) => `不是拉取请求（${p.event}）：没有需要更新的评论`,
    unknownEvent: '未知事件',
    noRepository: () => '未设置 GITHUB_REPOSITORY（owner/name）：请在 GitHub Actions 中运行，或设置该变量',
    noEvent: () => '未设置 GITHUB_EVENT_PATH：请在 GitHub Actions 中运行，或让它指向事件载荷（JSON）',
    badEvent: (p) => `无法读取事件载荷 ${p.file}：${p.why}`,
    forbidden: (p) =>
      `GitHub 拒绝了 ${p.call}（${p.status}${p.detail ? `：${p.detail}` : ''}）：该令牌可能无权写入此拉取请求。来自 fork 的拉取请求只有只读令牌，因此不发布评论；检查结果不变，报告在步骤摘要中。`,
    failed: (p) => `GitHub 对 ${p.call} 的应答为 ${p.status}${p.detail ? `：${p.detail}` : ''}；未发布评论（检查结果不变）`,
    unreachable: (p) => `无法连接 GitHub 执行 ${p.call}：${p.why}；未发布评论（检查结果不变）`,
    cut: (p) => `\n\n> [!NOTE]\n> 为不超过 GitHub 评论的 ${p.limit.toLocaleString('en-US')} 个字符上限已截断；完整报告在作业的步骤摘要中。\n`,
    warningTitle: () => 'clausecheck 评论',
    cannotRead: (p) => `无法读取 ${p.file}：${p.why}`,
    cannotReadHint: () => '请先用 clausecheck check ... --format markdown=FILE 写出该文件',
  },
);
