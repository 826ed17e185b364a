import { defineRule } from '../src/engine/types.js';
import { skipFor, Verdict } from '../src/engine/verdict.js';
import { AGREEMENT_VERSION } from '../src/model/clauses/version.js';

const VERSION_DATE_RE = /@(\d{4}-\d{2}-\d{2})$/;

/** How an accepted version relates to the implemented one: by their `@YYYY-MM-DD` dates when both have one. */
function relation(accepted: string): 'older' | 'newer' | 'other' {
  const mine = VERSION_DATE_RE.exec(AGREEMENT_VERSION)?.[1];
  const theirs = VERSION_DATE_RE.exec(accepted)?.[1];
  if (mine === undefined || theirs === undefined || mine === theirs) return 'other';
  return theirs < mine ? 'older' : 'newer';
}

const messages = {
  older: (p: { accepted: string; implemented: string }) =>
    `The account accepted ${p.accepted}, older than ${p.implemented}, which these rules check. Under §14.2 continued use after a change is announced accepts the newer terms, so if the account kept using the services, ${p.implemented} governs it: update the profile's agreement field.`,
  newer: (p: { accepted: string; implemented: string }) =>
    `The account accepted ${p.accepted}, newer than ${p.implemented}, which these rules check: under §14.2 continued use accepts the newer terms, so these findings may not reflect the agreement that governs; check the changes.`,
  other: (p: { accepted: string; implemented: string }) =>
    `The account accepted "${p.accepted}", not ${p.implemented}, which these rules check: under §14.2 continued use after a change is announced accepts the newer terms; confirm which version governs the account.`,
  same: (p: { implemented: string }) => `The account accepted ${p.implemented}, the version these rules check.`,
};

/** §14.2: the rules judge the agreement version the account is on. */
export default defineRule({
  id: 'agreement-version',
  title: 'The account is on the agreement version these rules check',
  clauses: ['14.2'],
  description: `The provider may change the agreement on 30 days' notice, and continued use accepts the change (§14.2). These rules implement ${AGREEMENT_VERSION}; a profile whose \`agreement\` names another version warns, saying whether it is older (the newer terms these rules check now govern) or newer (the findings may be out of date).`,
  fix:
    'Find the agreement version that governs the account (under §14.2, continued use accepts an announced change) and record it in `agreement`. If it is newer than the version these rules implement, review the changes before relying on the findings.',
  options: (z) => z.strictObject({}),
  messages,
  check(profile) {
    const accepted = profile.agreement;
    if (accepted === undefined) return [skipFor(accepted, 'agreement')];
    const version = accepted.trim();
    const related = version === AGREEMENT_VERSION ? 'same' : relation(version);
    const verdict = new Verdict(messages);
    if (related !== 'same') verdict.add('warn', related, { accepted: version, implemented: AGREEMENT_VERSION });
    const data = { accepted: version, implemented: AGREEMENT_VERSION, relation: related };
    return [verdict.finding('account', ['agreement'], ['same', { implemented: AGREEMENT_VERSION }], data)];
  },
});
