/** The help of agenda, baseline, import and github-comment, in English and zh-CN. */
import { catalogs } from '../../util/i18n.js';

const AGENDA_EXAMPLES = `  $ clausecheck agenda profiles/ --days 30 --as-of 2026-11-26
  $ clausecheck agenda profiles/ --until 2026-12-31 --format ics=deadlines.ics --alarm-days 3
  $ clausecheck agenda profiles/ --format json > agenda.json
  $ CLAUSECHECK_NOTIFY_DINGTALK='https://oapi.dingtalk.com/robot/send?access_token=…' \\
    CLAUSECHECK_DINGTALK_SECRET=SEC… clausecheck agenda profiles/ --notify dingtalk`;

/** Help texts of the commands around a check. */
export const COMMANDS_TEXT = catalogs(
  {
    agenda: 'list what falls due when: every deadline in the findings between the evaluation instant and a horizon, soonest first',
    agendaPaths: 'profile files, directories, quoted globs, or - for stdin (as for check)',
    agendaAsOf: 'start from this instant, in Beijing time unless an offset is given (default: now)',
    agendaDays: 'the horizon: this many days after the evaluation instant (default 14)',
    agendaUntil: 'the horizon: up to this instant (a date includes the whole day)',
    agendaFormat: (p: { names: string }) => `output format: ${p.names}; repeat to write several as NAME=FILE, at most one to stdout`,
    alarmDays: 'ics: a reminder this many days before each event (0: at the event)',
    notify: 'post the digest to a chat robot: dingtalk, wecom or feishu; the URL from the flag or CLAUSECHECK_NOTIFY_<PLATFORM>, a signing secret from CLAUSECHECK_<PLATFORM>_SECRET; repeatable',
    agendaIgnore: 'skip files and folders matching this glob (as for check); repeatable',
    agendaJobs: 'check on this many threads (default: the idle cores, cores less the load average); a run uses one thread per 600 files, so fewer than 1,200 files are checked on one',
    agendaShard: 'only shard K of N of the files (as for check)',
    agendaAfter: `
Examples:
  $ clausecheck agenda profiles/                         the next 14 days
${AGENDA_EXAMPLES}

Events come from the deadlines the rules compute (data.dueAt and dueLater) and from waivers that
end; nothing is re-checked at future instants. A profile's captured_at bounds what is known.

Exit codes: 0 the agenda was written (whatever it lists), 2 invalid input, a usage error, or a
failed --notify post (the agenda is still written).`,
    baseline: 'record the findings of today so that checks fail only on new or worse ones (write), and drop fixed entries (prune)',
    baselineIgnore: 'skip files and folders matching this glob; repeatable',
    write: 'check profiles and record every warn and fail finding (file, rule, subject, status) in a baseline file',
    writePaths: 'profile files, directories or quoted globs, as for check',
    writeOutput: (p: { file: string }) => `the baseline file to write (default: baseline: in the config, else ${p.file})`,
    writeAfter: `
Paths in the baseline are relative to the baseline file, so it works from any working directory and
on any machine. Waivers are ignored (a baseline records statuses); invalid files are not recorded.

Examples:
  $ clausecheck baseline write profiles/                      writes .clausecheck-baseline.json
  $ clausecheck check profiles/ --baseline .clausecheck-baseline.json

Exit codes: 0 written, 2 some input was invalid (the baseline is still written) or a usage error.`,
    prune: "check the baseline's files again, drop entries that no longer warn or fail, and lower entries that improved",
    prunePaths: 'profiles to check (default: every file the baseline names)',
    pruneBaseline: (p: { file: string }) => `the baseline file (default: baseline: in the config, else ${p.file})`,
    pruneAfter: `
Entries of files that no longer exist are dropped too. The file keeps when it was recorded.

Examples:
  $ clausecheck baseline prune
  $ clausecheck baseline prune profiles/ --baseline ci/baseline.json

Exit codes: 0 pruned, 2 an invalid baseline or input, or a usage error.`,
    import: 'write or refresh a profile from the account: recorded OpenAPI answers (--from) or the live API (--live)',
    from: 'a folder of recorded answers: <Product>.<Action>[.<key>].json',
    live: "call the account's OpenAPI (Alibaba Cloud's SDK; credentials from the environment, the aliyun CLI profile or an OIDC role)",
    importOutput: 'the profile to write; an existing file is merged into',
    merge: 'the maintained profile to refresh in place (only what the import owns changes)',
    profile: 'the aliyun CLI configuration profile to take credentials from (--live)',
    region: 'limit regional calls to these regions (--live; default: every region ECS lists)',
    saveResponses: 'also save every answer of a --live run as the files --from reads',
    capturedAt: 'the capture instant to record (default: now for --live, the newest file for --from)',
    importAfter: `
Examples:
  $ clausecheck import --live --merge account.yaml
  $ clausecheck import --live -o account.yaml --save-responses answers/
  $ clausecheck import --from answers/ -o account.yaml

The mapping, the RAM policy to grant and a nightly CI job: docs/import.md`,
    comment: 'create or update the one pull-request comment that holds the Markdown report (in GitHub Actions)',
    markdown: 'the Markdown report (clausecheck check ... --format markdown=FILE)',
    commentAfter: `
Reads what GitHub Actions sets: GITHUB_TOKEN (needs pull-requests: write), GITHUB_REPOSITORY,
GITHUB_EVENT_PATH (the pull request number comes from the event payload) and GITHUB_API_URL. The
comment is found by the hidden marker <!-- clausecheck --> on any page of the pull request's
comments and edited in place; it is created only when there is none. Bodies are cut to GitHub's
65,536 characters with a note.

A comment that cannot be posted (no token, not a pull request, a read-only token on a fork's pull
request, GitHub unreachable) is a warning on stderr and exit 0: the check decides the job's result.

Example:
  $ clausecheck check profiles/ --format markdown=report.md; clausecheck github-comment --markdown report.md

Exit codes: 0 posted or skipped with a warning, 2 the Markdown file or the event payload cannot be read.`,
  },
  {
    agenda: '列出何时到期：评估时点至截止范围之间发现中的每个期限，最早的在前',
    agendaPaths: '档案文件、目录、加引号的通配符，或 - 表示标准输入（同 check）',
    agendaAsOf: '从此时点开始，未写时区即北京时间（默认：现在）',
    agendaDays: '截止范围：评估时点之后的天数（默认 14）',
    agendaUntil: '截止范围：直到此时点（只写日期时包含当日全天）',
    agendaFormat: (p) => `输出格式：${p.names}；可重复，以 NAME=FILE 写出多份，至多一份写到标准输出`,
    alarmDays: 'ics：在每个事件前这么多天提醒（0：事件发生时）',
    notify: '把摘要发送到群机器人：dingtalk、wecom 或 feishu；URL 取自参数或 CLAUSECHECK_NOTIFY_<PLATFORM>，签名密钥取自 CLAUSECHECK_<PLATFORM>_SECRET；可重复',
    agendaIgnore: '跳过匹配此通配符的文件和目录（同 check）；可重复',
    agendaJobs: '使用的线程数（默认：空闲核数，即核数减去平均负载）；每 600 个文件用一个线程，不足 1200 个文件只用一个',
    agendaShard: '只处理 N 份文件中的第 K 份（同 check）',
    agendaAfter: `
示例：
  $ clausecheck agenda profiles/                         未来 14 天
${AGENDA_EXAMPLES}

事件来自规则计算出的期限（data.dueAt 和 dueLater）以及到期的豁免；不会在未来时点重新检查。
档案的 captured_at 限定了已知情况的范围。

退出码：0 已写出日程（无论其中列出什么），2 输入无效、用法错误或 --notify 发送失败（日程仍会写出）。`,
    baseline: '记录今天的发现，使检查只因新的或更差的发现而失败（write），并删除已修复的条目（prune）',
    baselineIgnore: '跳过匹配此通配符的文件和目录；可重复',
    write: '检查档案，把每个 warn 和 fail 发现（文件、规则、对象、状态）记录到基线文件',
    writePaths: '档案文件、目录或加引号的通配符，同 check',
    writeOutput: (p) => `要写出的基线文件（默认：配置中的 baseline:，否则 ${p.file}）`,
    writeAfter: `
基线中的路径相对于基线文件，因此在任何工作目录、任何机器上都可使用。豁免会被忽略（基线记录的是状态）；
无效文件不予记录。

示例：
  $ clausecheck baseline write profiles/                      写出 .clausecheck-baseline.json
  $ clausecheck check profiles/ --baseline .clausecheck-baseline.json

退出码：0 已写出，2 有输入无效（基线仍会写出）或用法错误。`,
    prune: '重新检查基线中的文件，删除不再 warn 或 fail 的条目，并降低已改善的条目',
    prunePaths: '要检查的档案（默认：基线中列出的每个文件）',
    pruneBaseline: (p) => `基线文件（默认：配置中的 baseline:，否则 ${p.file}）`,
    pruneAfter: `
已不存在的文件的条目也会被删除。文件保留其记录时间。

示例：
  $ clausecheck baseline prune
  $ clausecheck baseline prune profiles/ --baseline ci/baseline.json

退出码：0 已清理，2 基线或输入无效，或用法错误。`,
    import: '从账户写出或刷新档案：来自记录的 OpenAPI 应答（--from）或实时 API（--live）',
    from: '存放记录应答的目录：<Product>.<Action>[.<key>].json',
    live: '调用账户的 OpenAPI（阿里云 SDK；凭证来自环境变量、aliyun CLI 配置或 OIDC 角色）',
    importOutput: '要写出的档案；已有文件会被合并',
    merge: '要就地刷新的维护中档案（只改动导入负责的部分）',
    profile: '提供凭证的 aliyun CLI 配置名（--live）',
    region: '只在这些地域调用地域级接口（--live；默认：ECS 列出的每个地域）',
    saveResponses: '同时把 --live 运行的每个应答保存为 --from 可读取的文件',
    capturedAt: '要记录的采集时点（默认：--live 为现在，--from 为最新文件的时间）',
    importAfter: `
示例：
  $ clausecheck import --live --merge account.yaml
  $ clausecheck import --live -o account.yaml --save-responses answers/
  $ clausecheck import --from answers/ -o account.yaml

字段映射、需授予的 RAM 权限策略和每晚运行的 CI 作业：见 docs/import.md`,
    comment: '创建或更新保存 Markdown 报告的那一条拉取请求评论（在 GitHub Actions 中）',
    markdown: 'Markdown 报告（clausecheck check ... --format markdown=FILE）',
    commentAfter: `
读取 GitHub Actions 设置的变量：GITHUB_TOKEN（需要 pull-requests: write）、GITHUB_REPOSITORY、
GITHUB_EVENT_PATH（拉取请求编号取自事件内容）和 GITHUB_API_URL。评论通过隐藏标记 <!-- clausecheck -->
在拉取请求评论的各页中查找并就地编辑；没有时才新建。正文超过 GitHub 的 65,536 个字符时截断并附说明。

无法发表评论（没有令牌、不是拉取请求、fork 的拉取请求只有只读令牌、无法连接 GitHub）时，在标准错误
输出上给出警告并以 0 退出：作业结果由检查决定。

示例：
  $ clausecheck check profiles/ --format markdown=report.md; clausecheck github-comment --markdown report.md

退出码：0 已发表或已跳过并给出警告，2 无法读取 Markdown 文件或事件内容。`,
  },
);
