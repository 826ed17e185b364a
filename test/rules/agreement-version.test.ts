import rule from '../../rules/agreement-version.js';
import { AGREEMENT_VERSION } from '../../src/model/clauses/index.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';

testRule(rule, [
  { name: 'no agreement: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'the implemented version: pass',
    profile: { agreement: AGREEMENT_VERSION },
    asOf,
    expect: [
      {
        status: 'pass',
        subject: 'account',
        path: ['agreement'],
        line: 4,
        messages: [{ id: 'same', params: { implemented: 'aliyun-service-agreement@2020-09-24' } }],
        data: { accepted: AGREEMENT_VERSION, implemented: AGREEMENT_VERSION, relation: 'same' },
      },
    ],
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
        line: 4,
        messages: [{ id: 'older', params: { accepted: 'aliyun-service-agreement@2019-06-01', implemented: 'aliyun-service-agreement@2020-09-24' } }],
        data: { accepted: 'aliyun-service-agreement@2019-06-01', relation: 'older' },
      },
    ],
  },
  {
    name: 'a newer version: warn that the findings may be out of date',
    profile: { agreement: 'aliyun-service-agreement@2027-01-01' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 4, messages: [{ id: 'newer', params: { accepted: 'aliyun-service-agreement@2027-01-01', implemented: 'aliyun-service-agreement@2020-09-24' } }], data: { relation: 'newer' } }],
  },
  {
    name: 'a version a day earlier is older',
    profile: { agreement: 'aliyun-service-agreement@2020-09-23' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 4, messages: [{ id: 'older', params: { accepted: 'aliyun-service-agreement@2020-09-23', implemented: 'aliyun-service-agreement@2020-09-24' } }], data: { relation: 'older' } }],
  },
  {
    name: 'a version a day later is newer',
    profile: { agreement: 'aliyun-service-agreement@2020-09-25' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 4, messages: [{ id: 'newer', params: { accepted: 'aliyun-service-agreement@2020-09-25', implemented: 'aliyun-service-agreement@2020-09-24' } }], data: { relation: 'newer' } }],
  },
  {
    name: 'an unrecognised name: warn, relation other',
    profile: { agreement: 'alibaba-cloud-international-terms' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 4, messages: [{ id: 'other', params: { accepted: 'alibaba-cloud-international-terms', implemented: 'aliyun-service-agreement@2020-09-24' } }], data: { relation: 'other' } }],
  },
  {
    name: 'another document of the same date is not the same version',
    profile: { agreement: 'aliyun-product-terms@2020-09-24' },
    asOf,
    expect: [{ status: 'warn', subject: 'account', line: 4, messages: [{ id: 'other', params: { accepted: 'aliyun-product-terms@2020-09-24', implemented: 'aliyun-service-agreement@2020-09-24' } }], data: { relation: 'other' } }],
  },
]);
