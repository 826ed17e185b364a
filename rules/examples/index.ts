/** Every rule's docs examples, by rule id (rules/examples/<id>.ts). */
import type { RuleExample } from './example.js';
import accessKeyAge from './access-key-age.js';
import agreementVersion from './agreement-version.js';
import arrears from './arrears.js';
import auditTrailRetention from './audit-trail-retention.js';
import autoRenewFunding from './auto-renew-funding.js';
import backupCoverage from './backup-coverage.js';
import backupHealth from './backup-health.js';
import backupIndependence from './backup-independence.js';
import contactDetails from './contact-details.js';
import credits from './credits.js';
import dataDeletionRisk from './data-deletion-risk.js';
import dataResidency from './data-residency.js';
import faultTicket from './fault-ticket.js';
import liabilityCap from './liability-cap.js';
import maintenanceWindow from './maintenance-window.js';
import noticeDelivery from './notice-delivery.js';
import noticePeriod from './notice-period.js';
import orderPaymentWindow from './order-payment-window.js';
import outageTerminationRight from './outage-termination-right.js';
import packageForfeit from './package-forfeit.js';
import packageOverage from './package-overage.js';
import passwordPolicy from './password-policy.js';
import paygBalance from './payg-balance.js';
import paygUnpaidDues from './payg-unpaid-dues.js';
import ramUserControl from './ram-user-control.js';
import renewalDeadline from './renewal-deadline.js';
import rootCredentials from './root-credentials.js';
import scheduledRelease from './scheduled-release.js';
import secretInProfile from './secret-in-profile.js';
import snapshotAge from './snapshot-age.js';
import termAfterPayment from './term-after-payment.js';
import terminationRefund from './termination-refund.js';
import websiteLogRetention from './website-log-retention.js';

/** The example cases of each rule, by rule id. */
export const RULE_EXAMPLES: Readonly<Record<string, readonly RuleExample[]>> = {
  'access-key-age': accessKeyAge,
  'agreement-version': agreementVersion,
  arrears,
  'audit-trail-retention': auditTrailRetention,
  'auto-renew-funding': autoRenewFunding,
  'backup-coverage': backupCoverage,
  'backup-health': backupHealth,
  'backup-independence': backupIndependence,
  'contact-details': contactDetails,
  credits,
  'data-deletion-risk': dataDeletionRisk,
  'data-residency': dataResidency,
  'fault-ticket': faultTicket,
  'liability-cap': liabilityCap,
  'maintenance-window': maintenanceWindow,
  'notice-delivery': noticeDelivery,
  'notice-period': noticePeriod,
  'order-payment-window': orderPaymentWindow,
  'outage-termination-right': outageTerminationRight,
  'package-forfeit': packageForfeit,
  'package-overage': packageOverage,
  'password-policy': passwordPolicy,
  'payg-balance': paygBalance,
  'payg-unpaid-dues': paygUnpaidDues,
  'ram-user-control': ramUserControl,
  'renewal-deadline': renewalDeadline,
  'root-credentials': rootCredentials,
  'scheduled-release': scheduledRelease,
  'secret-in-profile': secretInProfile,
  'snapshot-age': snapshotAge,
  'term-after-payment': termAfterPayment,
  'termination-refund': terminationRefund,
  'website-log-retention': websiteLogRetention,
};

export type { RuleExample } from './example.js';
