/**
 * The zh-CN catalog of the rules: one file per rule, named by its id, holding the rule's title,
 * description, fix and messages (the compiler checks every message id and its parameters). To add a
 * rule's translation, write `rules/zh-CN/<id>.ts` with `translateRule` and add one line below.
 */
import type { RuleTranslation } from '../../src/engine/types.js';
import orderPaymentWindow from './order-payment-window.js';
import renewalDeadline from './renewal-deadline.js';
import autoRenewFunding from './auto-renew-funding.js';
import arrears from './arrears.js';
import paygBalance from './payg-balance.js';
import packageForfeit from './package-forfeit.js';
import packageOverage from './package-overage.js';
import rootCredentials from './root-credentials.js';
import accessKeyAge from './access-key-age.js';
import passwordPolicy from './password-policy.js';
import secretInProfile from './secret-in-profile.js';
import ramUserControl from './ram-user-control.js';
import websiteLogRetention from './website-log-retention.js';
import auditTrailRetention from './audit-trail-retention.js';
import backupCoverage from './backup-coverage.js';
import backupHealth from './backup-health.js';
import backupIndependence from './backup-independence.js';
import dataDeletionRisk from './data-deletion-risk.js';
import scheduledRelease from './scheduled-release.js';
import dataResidency from './data-residency.js';
import contactDetails from './contact-details.js';
import noticeDelivery from './notice-delivery.js';
import noticePeriod from './notice-period.js';
import outageTerminationRight from './outage-termination-right.js';
import faultTicket from './fault-ticket.js';
import liabilityCap from './liability-cap.js';
import agreementVersion from './agreement-version.js';
import credits from './credits.js';
import maintenanceWindow from './maintenance-window.js';
import paygUnpaidDues from './payg-unpaid-dues.js';
import snapshotAge from './snapshot-age.js';
import termAfterPayment from './term-after-payment.js';
import terminationRefund from './termination-refund.js';

/** Each rule's zh-CN words, keyed by rule id. */
export const ZH_CN: Readonly<Record<string, RuleTranslation>> = {
  'order-payment-window': orderPaymentWindow,
  'renewal-deadline': renewalDeadline,
  'auto-renew-funding': autoRenewFunding,
  'arrears': arrears,
  'payg-balance': paygBalance,
  'package-forfeit': packageForfeit,
  'package-overage': packageOverage,
  'root-credentials': rootCredentials,
  'access-key-age': accessKeyAge,
  'password-policy': passwordPolicy,
  'secret-in-profile': secretInProfile,
  'ram-user-control': ramUserControl,
  'website-log-retention': websiteLogRetention,
  'audit-trail-retention': auditTrailRetention,
  'backup-coverage': backupCoverage,
  'backup-health': backupHealth,
  'backup-independence': backupIndependence,
  'data-deletion-risk': dataDeletionRisk,
  'scheduled-release': scheduledRelease,
  'data-residency': dataResidency,
  'contact-details': contactDetails,
  'notice-delivery': noticeDelivery,
  'notice-period': noticePeriod,
  'outage-termination-right': outageTerminationRight,
  'fault-ticket': faultTicket,
  'liability-cap': liabilityCap,
  'agreement-version': agreementVersion,
  'credits': credits,
  'maintenance-window': maintenanceWindow,
  'payg-unpaid-dues': paygUnpaidDues,
  'snapshot-age': snapshotAge,
  'term-after-payment': termAfterPayment,
  'termination-refund': terminationRefund,
};

/** A rule's zh-CN translation by id; undefined when it has none. A function, so that the bundle can load this catalog on first use (scripts/bundle.mjs). */
export function zhCNText(id: string): RuleTranslation | undefined {
  return ZH_CN[id];
}
