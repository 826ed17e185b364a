/** The agreement version the clause index (and the rules) implement; apart from the clauses' text, which most runs never read. */
export const AGREEMENT_VERSION = 'aliyun-service-agreement@2020-09-24';
