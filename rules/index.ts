/** Every rule, in catalog order (the README's rule table). A test checks this list against the files in rules/. */
import type { Rule } from '../src/engine/types.js';
import orderPaymentWindow from './order-payment-window.js';
import termAfterPayment from './term-after-payment.js';
import renewalDeadline from './renewal-deadline.js';
import autoRenewFunding from './auto-renew-funding.js';
import arrears from './arrears.js';
import credits from './credits.js';
import paygBalance from './payg-balance.js';
import paygUnpaidDues from './payg-unpaid-dues.js';
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
import terminationRefund from './termination-refund.js';
import outageTerminationRight from './outage-termination-right.js';
import maintenanceWindow from './maintenance-window.js';
import faultTicket from './fault-ticket.js';
import liabilityCap from './liability-cap.js';
import agreementVersion from './agreement-version.js';
import snapshotAge from './snapshot-age.js';

/** All rules in catalog order. */
export const RULES: readonly Rule[] = [
  orderPaymentWindow,
  termAfterPayment,
  renewalDeadline,
  autoRenewFunding,
  arrears,
  credits,
  paygBalance,
  paygUnpaidDues,
  packageForfeit,
  packageOverage,
  rootCredentials,
  accessKeyAge,
  passwordPolicy,
  secretInProfile,
  ramUserControl,
  websiteLogRetention,
  auditTrailRetention,
  backupCoverage,
  backupHealth,
  backupIndependence,
  dataDeletionRisk,
  scheduledRelease,
  dataResidency,
  contactDetails,
  noticeDelivery,
  noticePeriod,
  terminationRefund,
  outageTerminationRight,
  maintenanceWindow,
  faultTicket,
  liabilityCap,
  agreementVersion,
  snapshotAge,
];
