import type { RuleExample } from './example.js';

/** Example cases of snapshot-age for its docs page, run through the engine by `npm run docs`. */
export default [
  { name: 'exactly 7 days old: still pass', asOf: '2026-11-26', profile: { captured_at: '2026-11-19' } },
  { name: '7 days and 1 s old: warn', asOf: '2026-11-26', profile: { captured_at: '2026-11-18T23:59:59' } },
  { name: 'no captured_at: skip no data', asOf: '2026-11-26', profile: {} },
  { name: 'captured after T: pass, facts after T not yet happened', asOf: '2026-11-26', profile: { captured_at: '2026-11-27' } },
] satisfies RuleExample[];
