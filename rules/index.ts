/** Every rule, in catalog order (shared/spec/rules.md). A test checks this list against the files in rules/. */
import type { Rule } from '../src/engine/types.js';
import orderPaymentWindow from './order-payment-window.js';

/** All rules in catalog order. */
export const RULES: readonly Rule[] = [orderPaymentWindow];
