import type { RuleExample } from './example.js';

/** Example cases of agreement-version for its docs page, run through the engine by `npm run docs`. */
export default [
  {
    name: 'another document of the same date is not the same version',
    asOf: '2026-11-26',
    profile: { agreement: 'aliyun-product-terms@2020-09-24' },
  },
  { name: 'the implemented version: pass', asOf: '2026-11-26', profile: { agreement: 'aliyun-service-agreement@2020-09-24' } },
  { name: 'no agreement: skip no data', asOf: '2026-11-26', profile: {} },
  {
    name: 'an older version: warn that continued use accepted the newer terms',
    asOf: '2026-11-26',
    profile: { agreement: 'aliyun-service-agreement@2019-06-01' },
  },
  {
    name: 'a newer version: warn that the findings may be out of date',
    asOf: '2026-11-26',
    profile: { agreement: 'aliyun-service-agreement@2027-01-01' },
  },
] satisfies RuleExample[];
