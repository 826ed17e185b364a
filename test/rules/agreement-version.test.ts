import rule from '../../rules/agreement-version.js';
import { AGREEMENT_VERSION } from '../../src/model/clauses/index.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';

testRule(rule, [
  { name: 'no agreement: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], data: { reason: 'no data' } }] },
  {
    name: 'the implemented version: pass',
    profile: { agreement: AGREEMENT_VERSION },
    asOf,
    expect: [{ status: 'pass', subject: 'account', path: ['agreement'], line: 4, facts: ['accepted aliyun-service-agreement@2020-09-24, the version these rules check'], data: { accepted: AGREEMENT_VERSION, implemented: AGREEMENT_VERSION, relation: 'same' } }],
  },
  {
    name: 'an older version: warn that continued use accepted the newer terms',
    profile: { agreement: 'aliyun-service-agreement@2019-06-01' },
    asOf,
    expect: [
      {
        status: 'warn',
        subject: 'account',
        path: ['agreement'],
        facts: ['accepted aliyun-service-agreement@2019-06-01, older than aliyun-service-agreement@2020-09-24', 'Under §14.2 continued use after a change is announced accepts the newer terms', 'if the account kept using the services, aliyun-service-agreement@2020-09-24 governs it'],
        data: { accepted: 'aliyun-service-agreement@2019-06-01', relation: 'older' },
      },
    ],
  },
  {
    name: 'a newer version: warn that the findings may be out of date',
    profile: { agreement: 'aliyun-service-agreement@2027-01-01' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', facts: ['newer than aliyun-service-agreement@2020-09-24', 'under §14.2 continued use accepts the newer terms', 'may not reflect'], data: { relation: 'newer' } }],
  },
  {
    name: 'a version a day earlier is older',
    profile: { agreement: 'aliyun-service-agreement@2020-09-23' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', data: { relation: 'older' } }],
  },
  {
    name: 'a version a day later is newer',
    profile: { agreement: 'aliyun-service-agreement@2020-09-25' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', data: { relation: 'newer' } }],
  },
  {
    name: 'an unrecognised name: warn, relation other',
    profile: { agreement: 'alibaba-cloud-international-terms' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', facts: ['accepted "alibaba-cloud-international-terms", not aliyun-service-agreement@2020-09-24', '§14.2', 'continued use'], data: { relation: 'other' } }],
  },
  {
    name: 'another document of the same date is not the same version',
    profile: { agreement: 'aliyun-product-terms@2020-09-24' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', data: { relation: 'other' } }],
  },
]);
