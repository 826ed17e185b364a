/**
 * What human formats show, as small pure functions: the `--only` status filter (a display filter;
 * exit codes never change), the `--sort due` order, and the parsing of both flags.
 */
import { catalogs, say } from '../util/i18n.js';
import type { FormatContext, ReportFinding, Status } from '../contract/report.js';
import { UsageError } from '../util/usage-error.js';

/** The usage errors of --only and --sort, in English and zh-CN. */
const DISPLAY_TEXT = catalogs(
  {
    unknownStatus: (p: { status: string }) => `--only: unknown status "${p.status}"`,
    statusesHint: (p: { statuses: string }) => `statuses: ${p.statuses} (comma-separated, e.g. --only fail,warn)`,
    noStatus: '--only needs at least one status',
    noStatusHint: 'e.g. --only fail,warn',
    unknownOrder: (p: { value: string }) => `--sort: unknown order "${p.value}"`,
    ordersHint: (p: { orders: string }) => `orders: ${p.orders} (soonest deadline first within each file)`,
  },
  {
    unknownStatus: (p) => `--only：未知的状态 "${p.status}"`,
    statusesHint: (p) => `可用状态：${p.statuses}（用逗号分隔，例如 --only fail,warn）`,
    noStatus: '--only 至少需要一个状态',
    noStatusHint: '例如 --only fail,warn',
    unknownOrder: (p) => `--sort：未知的排序 "${p.value}"`,
    ordersHint: (p) => `可用排序：${p.orders}（每个文件内期限最近的在前）`,
  },
);

/** Statuses `--only` accepts. */
export const ONLY_STATUSES: readonly Status[] = ['fail', 'warn', 'pass', 'skip'];

/** Orders `--sort` accepts. */
export const SORT_ORDERS = ['due'] as const;

/** Parses `--only fail,warn` (repeatable, comma-separated) into statuses in severity order. */
export function parseOnly(values: readonly string[] | undefined): Status[] | undefined {
  if (!values || values.length === 0) return undefined;
  const wanted = new Set<string>();
  for (const part of values.flatMap((v) => v.split(','))) {
    const status = part.trim();
    if (status === '') continue;
    if (!(ONLY_STATUSES as readonly string[]).includes(status)) {
      throw new UsageError(say(DISPLAY_TEXT).unknownStatus({ status }), say(DISPLAY_TEXT).statusesHint({ statuses: ONLY_STATUSES.join(', ') }));
    }
    wanted.add(status);
  }
  if (wanted.size === 0) throw new UsageError(say(DISPLAY_TEXT).noStatus, say(DISPLAY_TEXT).noStatusHint);
  return ONLY_STATUSES.filter((s) => wanted.has(s));
}

/** The statuses a human format lists: `--only`, else all with `--verbose`, else fail and warn. */
export function shownStatuses(context: Pick<FormatContext, 'only' | 'verbose'>): ReadonlySet<Status> {
  if (context.only) return new Set(context.only);
  return new Set<Status>(context.verbose ? ONLY_STATUSES : ['fail', 'warn']);
}

/** A finding's deadline as epoch milliseconds, from `data.dueAt` (RFC 3339); undefined when absent or unreadable. */
function dueAtOf(finding: ReportFinding): number | undefined {
  const value = finding.data.dueAt;
  if (typeof value !== 'string') return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : at;
}

/** Soonest `dueAt` first; findings without one after, in their order (a stable sort). */
export function sortByDue(findings: readonly ReportFinding[]): ReportFinding[] {
  return findings
    .map((finding, index) => ({ finding, index, due: dueAtOf(finding) }))
    .sort((a, b) => {
      if (a.due !== undefined && b.due !== undefined && a.due !== b.due) return a.due - b.due;
      if ((a.due === undefined) !== (b.due === undefined)) return a.due === undefined ? 1 : -1;
      return a.index - b.index;
    })
    .map((entry) => entry.finding);
}

/** The findings of a file a human format lists, filtered by status and in the asked order. */
export function displayedFindings(findings: readonly ReportFinding[], context: Pick<FormatContext, 'only' | 'verbose' | 'sort'>): ReportFinding[] {
  const statuses = shownStatuses(context);
  const shown = findings.filter((f) => statuses.has(f.status));
  return context.sort === 'due' ? sortByDue(shown) : shown;
}

/** Only the findings `--only` keeps (all when it is not given); for formats that list every status. */
export function onlyFilter(findings: readonly ReportFinding[], context: Pick<FormatContext, 'only'>): readonly ReportFinding[] {
  if (!context.only) return findings;
  const keep = new Set(context.only);
  return findings.filter((f) => keep.has(f.status));
}

/** Parses `--sort`. */
export function parseSort(value: string | undefined): 'due' | undefined {
  if (value === undefined) return undefined;
  if (value !== 'due') throw new UsageError(say(DISPLAY_TEXT).unknownOrder({ value }), say(DISPLAY_TEXT).ordersHint({ orders: SORT_ORDERS.join(', ') }));
  return value;
}
