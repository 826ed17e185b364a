import { defineRule } from '../src/engine/types.js';
import { single, skipFor } from '../src/engine/verdict.js';
import { isPaid, placedBy } from '../src/model/facts.js';
import { describeEnd, packageEnded, packageState, type PackageState } from '../src/model/lifecycle-facts.js';
import { formatMoney, toDecimalString } from '../src/model/money.js';
import type { Order } from '../src/model/profile.js';
import { toRfc3339 } from '../src/model/time.js';
import { mapIndexed } from '../src/rule-kit.js';

/** Why a successor package does not take over. */
type Gap = { kind: 'released' } | { kind: 'unpaid' } | { kind: 'ended'; state: PackageState };
/** The successor that was looked at last: its id, the packages passed through on the way, and its gap if any. */
interface SuccessorCheck {
  id: string;
  via: string[];
  gap: Gap | undefined;
}

const viaText = (s: SuccessorCheck) => (s.via.length ? ` (via ${s.via.join(', ')})` : '');
const gapText = (s: SuccessorCheck) => {
  if (!s.gap) return '';
  const why = s.gap.kind === 'ended' ? describeEnd(s.gap.state) : s.gap.kind === 'unpaid' ? 'is not paid' : 'is released';
  return `its successor package ${s.id}${viaText(s)} ${why}`;
};

const messages = {
  billed: (p: { order: string; end: PackageState; successor: SuccessorCheck | undefined; balance: bigint | undefined }) =>
    `Package ${p.order} ${describeEnd(p.end)} and resources still draw on it: usage is now billed pay-as-you-go, as ${p.successor ? gapText(p.successor) : 'there is no successor package'}.` +
    (p.balance === undefined ? '' : ` The cash balance is ${formatMoney(p.balance)}.`),
  covered: (p: { order: string; end: PackageState; successor: SuccessorCheck }) =>
    `Package ${p.order} ${describeEnd(p.end)}; successor package ${p.successor.id}${viaText(p.successor)} takes over.`,
};

/** §9.1.4: usage after a package ends is billed pay-as-you-go unless a successor package takes over. */
export default defineRule({
  id: 'package-overage',
  title: 'Ended resource packages in use have a successor',
  clauses: ['9.1.4'],
  description:
    'Usage draws on resource packages first; once a package is used up or expires and no new package is bought, continued usage is billed pay-as-you-go and deducted from the account (§9.1.4). For each ended package that resources still draw on, the rule looks for an active successor: paid, not released, not expired and not used up, following the chain of successors.',
  fix:
    'Buy and pay a successor package for the resources still drawing on the ended one and record its order id in `package.successor`; until it is paid, usage is billed pay-as-you-go from the cash balance. If nothing should draw on the package any more, stop that usage and set `package.in_use: false`.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const all = profile.orders ?? [];
    const byId = new Map(all.map((o) => [o.id, o]));
    const balance = profile.account.billing?.balance;
    const ended = (o: Order) => o.kind === 'resource-package' && o.status !== 'released' && placedBy(o, asOf) && o.package?.in_use === true && packageEnded(packageState(o, asOf));
    const findings = mapIndexed(all, ended, (order, index) => {
      const path = ['orders', index];
      const end = packageState(order, asOf);
      const successor = findSuccessor(order, byId, asOf);
      const data: Record<string, unknown> = { usedUp: end.usedUp };
      if (end.expired && end.expiry !== undefined) data.expiredAt = toRfc3339(end.expiry);
      if (successor) data.successor = successor.id;
      if (successor && !successor.gap) return single(messages, 'pass', order.id, path, 'covered', { order: order.id, end, successor }, data);
      if (balance !== undefined) data.balance = toDecimalString(balance);
      return single(messages, 'warn', order.id, path, 'billed', { order: order.id, end, successor, balance }, data);
    });
    return findings.length > 0 ? findings : [skipFor(profile.orders, 'ended resource packages with in_use: true')];
  },
});

/** Why a package does not take over at T, or undefined when it is active. */
function gapOf(pkg: Order, asOf: number): Gap | undefined {
  if (pkg.status === 'released') return { kind: 'released' };
  if (!isPaid(pkg, asOf)) return { kind: 'unpaid' };
  const state = packageState(pkg, asOf);
  return packageEnded(state) ? { kind: 'ended', state } : undefined;
}

/** Follows `package.successor` from an order until an active package, the end of the chain, or a loop. */
function findSuccessor(order: Order, byId: Map<string, Order>, asOf: number): SuccessorCheck | undefined {
  const seen = new Set([order.id]);
  const via: string[] = [];
  let id = order.package?.successor;
  let last: SuccessorCheck | undefined;
  while (id !== undefined && !seen.has(id)) {
    const next = byId.get(id);
    if (!next) break;
    seen.add(id);
    last = { id, via: [...via], gap: gapOf(next, asOf) };
    if (!last.gap) break;
    via.push(id);
    id = next.package?.successor;
  }
  return last;
}
