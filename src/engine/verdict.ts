/** Helpers for rules: collect a subject's conditions into one finding, and report skips. */
import type { Status, YamlPath } from '../contract/report.js';
import type { MessageCatalog, MessageUse, RuleFinding } from './types.js';

const SEVERITY: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };

/** True when status `a` is at least as severe as `b` (skip is below pass). */
export function atLeast(a: Status, b: Status): boolean {
  return SEVERITY[a] >= SEVERITY[b];
}

/**
 * The conditions found for one subject. The finding's status is the most severe of them and its
 * message states every one, most severe first; with none, it passes with the given message.
 */
export class Verdict<M extends MessageCatalog> {
  /** The conditions' messages in the order added. */
  private readonly uses: MessageUse<M>[] = [];
  /** The indices in `uses` of the failing conditions, in order (made by the first one). */
  private fails: number[] | undefined;

  /** Starts an empty verdict whose messages come from `messages`. */
  constructor(readonly messages: M) {}

  /** Adds a condition with its status and message. */
  add<K extends keyof M & string>(status: 'warn' | 'fail', id: K, params: Parameters<M[K]>[0]): this {
    if (status === 'fail') (this.fails ??= []).push(this.uses.length);
    this.uses.push({ id, params } as MessageUse<M>);
    return this;
  }

  /** True when no condition was added. */
  get clean(): boolean {
    return this.uses.length === 0;
  }

  /** The finding: the worst condition's status, or pass with the message `passId`. */
  finding<K extends keyof M & string>(
    subject: string,
    path: YamlPath,
    pass: [K, Parameters<M[K]>[0]],
    data?: Record<string, unknown>,
  ): RuleFinding<M> {
    const { uses, fails } = this;
    if (uses.length === 0) {
      return { status: 'pass', subject, path, messages: [{ id: pass[0], params: pass[1] } as MessageUse<M>], data };
    }
    return { status: fails === undefined ? 'warn' : 'fail', subject, path, messages: worstFirst(uses, fails), data };
  }
}

/** The messages with the failing ones first, each group in the order added (as a stable sort by severity gives). */
function worstFirst<U>(uses: readonly U[], fails: readonly number[] | undefined): U[] {
  // Already in that order when none fails, all fail, or every failure precedes every warning.
  if (fails === undefined || fails[fails.length - 1] === fails.length - 1) return uses.slice();
  const out: U[] = fails.map((i) => uses[i]!);
  let next = 0;
  for (let i = 0; i < uses.length; i++) {
    if (i === fails[next]) next++;
    else out.push(uses[i]!);
  }
  return out;
}

/** Why a rule judged nothing. */
export type SkipReason = 'no data' | 'not applicable';

/** The one `skip` finding on `account` of a rule that had no subject (rules.md, Findings). */
export function skipAccount<M extends MessageCatalog>(reason: SkipReason, needs: string): RuleFinding<M> {
  return { status: 'skip', subject: 'account', path: ['account'], messages: [], data: { reason, needs } };
}

/** A `skip` on the account: `no data` when the section is absent, else `not applicable`. */
export function skipFor<M extends MessageCatalog>(section: unknown, needs: string): RuleFinding<M> {
  return skipAccount<M>(section === undefined ? 'no data' : 'not applicable', needs);
}

/** A finding with one message and a given status (e.g. a per-subject skip). */
export function single<M extends MessageCatalog, K extends keyof M & string>(
  _messages: M,
  status: Status,
  subject: string,
  path: YamlPath,
  id: K,
  params: Parameters<M[K]>[0],
  data?: Record<string, unknown>,
): RuleFinding<M> {
  return { status, subject, path, messages: [{ id, params } as MessageUse<M>], data };
}
