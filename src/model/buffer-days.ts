/**
 * Buffer days from expiry (subscription) or arrears (pay-as-you-go) to irrecoverable data
 * deletion, per product (clause 6.4). The agreement leaves the figure to product documents
 * (clause 14.1); these are the figures of the provider's product documentation, as read in 2026.
 */

/** Buffer days for one product. */
interface BufferDays {
  subscription: number;
  payg: number;
  /** Where the figure comes from. */
  source: string;
  /** When the source was read. */
  read: string;
}

/** Buffer days by product code; `default` applies to any product not listed. */
export type BufferTable = Record<string, BufferDays>;

const SOURCE = 'Alibaba Cloud product documentation (overdue payments / expiration)';
const READ = '2026';

/** The shipped table (docs/rules/data-deletion-risk.md lists it for users). */
export const DEFAULT_BUFFER_DAYS: BufferTable = {
  ecs: { subscription: 15, payg: 15, source: `${SOURCE}: ECS`, read: READ },
  rds: { subscription: 15, payg: 7, source: `${SOURCE}: ApsaraDB RDS`, read: READ },
  oss: { subscription: 30, payg: 30, source: `${SOURCE}: OSS`, read: READ },
  nas: { subscription: 22, payg: 22, source: `${SOURCE}: NAS`, read: READ },
  tablestore: { subscription: 15, payg: 15, source: `${SOURCE}: Tablestore`, read: READ },
  default: { subscription: 15, payg: 15, source: 'clausecheck default for products without a documented figure', read: READ },
};
