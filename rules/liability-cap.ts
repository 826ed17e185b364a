import { defineRule } from '../src/engine/types.js';
import { single, skipFor, Verdict } from '../src/engine/verdict.js';
import { liabilityCap } from '../src/model/liability-facts.js';
import { formatMoney, roundToFen, toDecimalString, type Money } from '../src/model/money.js';
import { formatBeijing, toRfc3339 } from '../src/model/time.js';

const CATEGORY_TEXT = { direct: 'direct losses', indirect: 'indirect losses', 'lost-profit': 'lost profit' } as const;
type Category = keyof typeof CATEGORY_TEXT;

interface CapFacts {
  amount: Money;
  cap: Money;
  product: string;
  from: number;
  to: number;
}

/** Why an incident of each non-provider cause gives no claim, as clause numbers (§5.2.2 人为原因, §10.3.1 maintenance, §10.3.2 congestion, §10.4 and §12 beyond its control). */
const CAUSE_BASIS = {
  customer: ['5.2.2', '10.4'],
  maintenance: ['10.3.1'],
  network: ['10.3.2', '10.4'],
  'force-majeure': ['12.1', '12.2'],
  attack: ['12.2', '10.4'],
} as const;
type NonProviderCause = keyof typeof CAUSE_BASIS;
const CAUSE_TEXT: Record<NonProviderCause, string> = {
  customer: 'the customer',
  maintenance: 'maintenance',
  network: 'network congestion',
  'force-majeure': 'force majeure',
  attack: 'an attack',
};
/** Parts of a claim a pass did not judge, and what each needs. */
const UNJUDGED_TEXT = {
  cap: 'the cap (needs amount, a product and an incident or made_at)',
  category: 'the kind of loss (needs category)',
  cause: 'the cause (needs an incident with a cause)',
} as const;
type Unjudged = keyof typeof UNJUDGED_TEXT;

const capSpan = (p: CapFacts) => `cash paid for ${p.product} from ${formatBeijing(p.from)} to ${formatBeijing(p.to)}`;

const messages = {
  withinCap: (p: { claim: string; cap?: CapFacts; category?: Category; providerCaused: boolean; unjudged: Unjudged[] }) => {
    const parts: string[] = [];
    if (p.cap) parts.push(`${formatMoney(p.cap.amount)} is within the cap ${formatMoney(p.cap.cap)} (${capSpan(p.cap)}, §10.6)`);
    if (p.category) parts.push(`claims ${CATEGORY_TEXT[p.category]}`);
    if (p.providerCaused) parts.push('the incident was caused by the provider');
    if (p.unjudged.length) parts.push(`not judged: ${p.unjudged.map((u) => UNJUDGED_TEXT[u]).join(', ')}`);
    return `Claim ${p.claim}: ${parts.join('; ')}.`;
  },
  overCap: (p: { claim: string } & CapFacts) =>
    `Claim ${p.claim} for ${formatMoney(p.amount)} exceeds the cap ${formatMoney(p.cap)}: liability is limited to the ${capSpan(p)} (§10.6; gifts, coupons and vouchers do not count, §3.5).`,
  excluded: (p: { claim: string; category: Category }) => `Claim ${p.claim} is for ${CATEGORY_TEXT[p.category]}, which §10.5 excludes.`,
  notProvider: (p: { claim: string; incident: string; cause: NonProviderCause; basis: readonly string[] }) =>
    `Claim ${p.claim} rests on incident ${p.incident}, caused by ${CAUSE_TEXT[p.cause]}, not the provider (${p.basis.map((c) => `§${c}`).join(', ')}).`,
  noData: (p: { claim: string }) => `Claim ${p.claim} cannot be judged: it gives no amount with a product and an anchor (incident or made_at), no category, and no incident with a cause.`,
  notYetMade: (p: { claim: string; madeAt: number }) => `Claim ${p.claim} is dated ${formatBeijing(p.madeAt)}, after the evaluation instant: it had not been made yet.`,
};

/** §10.6, §10.5, §3.5: each claim stays within 12 months' cash fees, claims direct losses, and rests on a provider-caused incident. */
export default defineRule({
  id: 'liability-cap',
  title: 'Claims within the liability cap',
  clauses: ['10.6', '10.5'],
  description:
    'The provider\'s liability is capped at the fees paid for the service in the past 12 months (§10.6), counted in cash only since gifts and vouchers never offset prices (§3.5), and excludes indirect losses and lost profit (§10.5). A claim resting on an incident the provider did not cause has no basis, and the message names why for each cause: the customer\'s own doing (§5.2.2 因您的人为原因, §10.4 非阿里云控制之内的原因), maintenance (§10.3.1), internet congestion (§10.3.2), force majeure (§12.1, §12.2) or an attack (§12.2). A pass names what it could not judge. The 12 months run from the same Beijing date-time 12 calendar months before the anchor (the incident\'s start, else `made_at`) up to the anchor.',
  fix:
    'Limit the claim to the cap shown (cash paid for the product in the 12 months before the anchor) and to direct losses: indirect losses and lost profit are excluded (§10.5). A claim resting on an incident not caused by the provider has no basis under the agreement: check the incident\'s `cause` first.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile, { asOf }) {
    const all = profile.claims ?? [];
    if (all.length === 0) return [skipFor(profile.claims, 'claims')];
    return all.map((claim, i) => {
      const id = claim.id;
      const path = ['claims', i];
      if (claim.made_at && claim.made_at.at > asOf) return single(messages, 'skip', id, path, 'notYetMade', { claim: id, madeAt: claim.made_at.at }, { reason: 'not applicable' });
      const incident = claim.incident === undefined ? undefined : profile.incidents?.find((x) => x.id === claim.incident);
      const anchor = incident?.start.at ?? claim.made_at?.at;
      const product = claim.product ?? incident?.product;
      const verdict = new Verdict(messages);
      const data: Record<string, unknown> = {};
      let cap: CapFacts | undefined;
      if (anchor !== undefined && product !== undefined && claim.amount !== undefined) {
        const computed = liabilityCap(profile, product, anchor, asOf);
        cap = { amount: claim.amount, cap: computed.cap, product, from: computed.from, to: computed.to };
        data.amount = toDecimalString(claim.amount);
        data.cap = toDecimalString(computed.cap);
        data.windowFrom = toRfc3339(computed.from);
        data.windowTo = toRfc3339(computed.to);
        data.payments = computed.payments.map((p) => p.source);
        if (roundToFen(claim.amount) > roundToFen(computed.cap)) verdict.add('warn', 'overCap', { claim: id, ...cap });
      }
      const category = claim.category;
      if (category === 'indirect' || category === 'lost-profit') verdict.add('warn', 'excluded', { claim: id, category });
      const cause = incident?.cause;
      if (incident && cause !== undefined && cause !== 'provider') verdict.add('warn', 'notProvider', { claim: id, incident: incident.id, cause, basis: CAUSE_BASIS[cause] });
      if (cap === undefined && category === undefined && cause === undefined) return single(messages, 'skip', id, path, 'noData', { claim: id }, { reason: 'no data' });
      const unjudged: Unjudged[] = [];
      if (cap === undefined) unjudged.push('cap');
      if (category === undefined) unjudged.push('category');
      if (cause === undefined) unjudged.push('cause');
      return verdict.finding(id, path, ['withinCap', { claim: id, cap, category, providerCaused: cause === 'provider', unjudged }], data);
    });
  },
});
