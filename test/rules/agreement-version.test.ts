import rule from '../../rules/agreement-version.js';
import { AGREEMENT_VERSION } from '../../src/model/clauses/version.js';
import { testRule } from '../helpers/rule-tester.js';

const asOf = '2026-11-26';

/** The one finding on account (line 4). */
const on = (status: 'pass' | 'warn', id: string, params: Record<string, unknown>, data?: Record<string, unknown>) => [
  { status, subject: 'account', path: ['agreement'], line: 4, messages: [{ id, params }], ...(data ? { data } : {}) },
];

testRule(rule, [
  { name: 'no agreement: skip no data', profile: {}, asOf, expect: [{ status: 'skip', subject: 'account', path: ['account'], line: 3, messages: [], data: { reason: 'no data' } }] },
  {
    name: 'the implemented version: pass',
    profile: { agreement: AGREEMENT_VERSION },
    asOf,
    expect: on('pass', 'same', { implemented: 'aliyun-service-agreement@2020-09-24' }, { accepted: AGREEMENT_VERSION, implemented: AGREEMENT_VERSION, relation: 'same' }),
  },
  {
    name: 'an older version: warn that continued use accepted the newer terms',
    profile: { agreement: 'aliyun-service-agreement@2019-06-01' },
    asOf,
    expect: on('warn', 'older', { accepted: 'aliyun-service-agreement@2019-06-01', implemented: 'aliyun-service-agreement@2020-09-24' }, { accepted: 'aliyun-service-agreement@2019-06-01', relation: 'older' }),
  },
  {
    name: 'a newer version: warn that the findings may be out of date',
    profile: { agreement: 'aliyun-service-agreement@2027-01-01' },
    asOf,
    expect: on('warn', 'newer', { accepted: 'aliyun-service-agreement@2027-01-01', implemented: 'aliyun-service-agreement@2020-09-24' }, { relation: 'newer' }),
  },
  {
    name: 'a version a day earlier is older',
    profile: { agreement: 'aliyun-service-agreement@2020-09-23' },
    asOf,
    expect: on('warn', 'older', { accepted: 'aliyun-service-agreement@2020-09-23', implemented: 'aliyun-service-agreement@2020-09-24' }, { relation: 'older' }),
  },
  {
    name: 'a version a day later is newer',
    profile: { agreement: 'aliyun-service-agreement@2020-09-25' },
    asOf,
    expect: on('warn', 'newer', { accepted: 'aliyun-service-agreement@2020-09-25', implemented: 'aliyun-service-agreement@2020-09-24' }, { relation: 'newer' }),
  },
  {
    name: 'an unrecognised name: warn, relation other',
    profile: { agreement: 'alibaba-cloud-international-terms' },
    asOf,
    expect: on('warn', 'other', { accepted: 'alibaba-cloud-international-terms', implemented: 'aliyun-service-agreement@2020-09-24' }, { relation: 'other' }),
  },
  {
    name: 'another document of the same date is not the same version',
    profile: { agreement: 'aliyun-product-terms@2020-09-24' },
    asOf,
    expect: on('warn', 'other', { accepted: 'aliyun-product-terms@2020-09-24', implemented: 'aliyun-service-agreement@2020-09-24' }, { relation: 'other' }),
  },
]);
