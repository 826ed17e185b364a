// Generated from the zod model (src/model/profile.ts) by src/model/validate-codegen.ts, run by `npm run build`. Do not edit.
/** The compiled profile validator: the hot path of validation; zod words the errors (src/model/validate.ts). */
import type { Profile } from './profile.js';
import { isMapping, readDecimal, readInteger, readText, readWhen } from './validate-readers.js';

const P0 = /^[a-z]{2}(-[a-z0-9]+)+$/;
const P1 = /^-?\d+(\.\d{1,6})?$/;
const P2 = /^\d+(\.\d{1,6})?$/;

/** account.data_regions */
function list0(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = (typeof v === 'string' && P0.test(v) ? v : undefined)) === undefined) return undefined; }
  return out;
}

/** account.contacts.notice_recipients */
function list1(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = readText(v)) === undefined) return undefined; }
  return out;
}

/** account.contacts */
function mapping2(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "email": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "phone": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "address": if ((f2 = readText(v)) === undefined) return undefined; break;
      case "verified_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "notice_recipients": if ((f4 = list1(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    email: f0,
    phone: f1,
    address: f2,
    verified_at: f3,
    notice_recipients: f4,
  };
  return o;
}

/** account.root.access_keys[] */
function mapping3(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "status": if ((f1 = (v === "active" || v === "inactive" ? v : undefined)) === undefined) return undefined; break;
      case "created_at": if ((f2 = readWhen(v)) === undefined) return undefined; break;
      case "last_used_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    status: f1,
    created_at: f2,
    last_used_at: f3,
  };
  return o;
}

/** account.root.access_keys */
function list4(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping3(v)) === undefined) return undefined; }
  return out;
}

/** account.root */
function mapping5(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "mfa": if ((f0 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "access_keys": if ((f1 = list4(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    mfa: f0,
    access_keys: f1,
  };
  return o;
}

/** account.password_policy */
function mapping6(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "min_length": if ((f0 = readInteger(v, 0, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      case "character_classes": if ((f1 = readInteger(v, 1, 4)) === undefined) return undefined; break;
      case "max_age_days": if ((f2 = readInteger(v, 0, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      case "reuse_prevention": if ((f3 = readInteger(v, 0, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      case "max_login_attempts": if ((f4 = readInteger(v, 0, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    min_length: f0,
    character_classes: f1,
    max_age_days: f2,
    reuse_prevention: f3,
    max_login_attempts: f4,
  };
  return o;
}

/** account.ram_users[] */
function mapping7(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown, f7: unknown, f8: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "name": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "owner": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "enabled": if ((f2 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "created_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "console": if ((f4 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "mfa": if ((f5 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "last_login_at": if ((f6 = readWhen(v)) === undefined) return undefined; break;
      case "policies": if ((f7 = list1(v)) === undefined) return undefined; break;
      case "access_keys": if ((f8 = list4(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    name: f0,
    owner: f1,
    enabled: f2 === undefined ? true : f2,
    created_at: f3,
    console: f4,
    mfa: f5,
    last_login_at: f6,
    policies: f7,
    access_keys: f8,
  };
  return o;
}

/** account.ram_users */
function list8(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping7(v)) === undefined) return undefined; }
  return out;
}

/** account.billing.credits[] */
function mapping9(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "kind": if ((f1 = (v === "voucher" || v === "coupon" || v === "gift" ? v : undefined)) === undefined) return undefined; break;
      case "amount": if ((f2 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "expires_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "used_at": if ((f4 = readWhen(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    kind: f1,
    amount: f2,
    expires_at: f3,
    used_at: f4,
  };
  return o;
}

/** account.billing.credits */
function list10(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping9(v)) === undefined) return undefined; }
  return out;
}

/** account.billing.bills[].payments[] */
function mapping11(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "amount": if ((f0 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "paid_at": if ((f1 = readWhen(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined || f1 === undefined) return undefined;
  const o: Record<string, unknown> = {
    amount: f0,
    paid_at: f1,
  };
  return o;
}

/** account.billing.bills[].payments */
function list12(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping11(v)) === undefined) return undefined; }
  return out;
}

/** account.billing.bills[] */
function mapping13(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "product": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "amount": if ((f2 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "due": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "payments": if ((f4 = list12(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined || f2 === undefined || f3 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    product: f1,
    amount: f2,
    due: f3,
    payments: f4,
  };
  return o;
}

/** account.billing.bills */
function list14(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping13(v)) === undefined) return undefined; }
  return out;
}

/** account.billing */
function mapping15(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "currency": if ((f0 = (v === "CNY" ? v : undefined)) === undefined) return undefined; break;
      case "balance": if ((f1 = readDecimal(v, P1)) === undefined) return undefined; break;
      case "payg_daily_spend": if ((f2 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "credits": if ((f3 = list10(v)) === undefined) return undefined; break;
      case "bills": if ((f4 = list14(v)) === undefined) return undefined; break;
      case "overdue_since": if ((f5 = readWhen(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    currency: f0,
    balance: f1,
    payg_daily_spend: f2,
    credits: f3,
    bills: f4,
    overdue_since: f5,
  };
  return o;
}

/** account */
function mapping16(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown, f7: unknown, f8: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "name": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "site": if ((f2 = (v === "cn" ? v : undefined)) === undefined) return undefined; break;
      case "data_regions": if ((f3 = list0(v)) === undefined) return undefined; break;
      case "contacts": if ((f4 = mapping2(v)) === undefined) return undefined; break;
      case "root": if ((f5 = mapping5(v)) === undefined) return undefined; break;
      case "password_policy": if ((f6 = mapping6(v)) === undefined) return undefined; break;
      case "ram_users": if ((f7 = list8(v)) === undefined) return undefined; break;
      case "billing": if ((f8 = mapping15(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    name: f1,
    site: f2,
    data_regions: f3,
    contacts: f4,
    root: f5,
    password_policy: f6,
    ram_users: f7,
    billing: f8,
  };
  return o;
}

/** orders[].term */
function mapping17(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "start": if ((f0 = readWhen(v)) === undefined) return undefined; break;
      case "end": if ((f1 = readWhen(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    start: f0,
    end: f1,
  };
  return o;
}

/** orders[].renewal */
function mapping18(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "intent": if ((f0 = (v === "renew" || v === "let-expire" ? v : undefined)) === undefined) return undefined; break;
      case "auto": if ((f1 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "price": if ((f2 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "paid_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "last_attempt": if ((f4 = (v === "none" || v === "succeeded" || v === "failed" ? v : undefined)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    intent: f0 === undefined ? "renew" : f0,
    auto: f1,
    price: f2,
    paid_at: f3,
    last_attempt: f4,
  };
  return o;
}

/** orders[].package */
function mapping19(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "quantity": if ((f0 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "used": if ((f1 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "unit": if ((f2 = readText(v)) === undefined) return undefined; break;
      case "period": if ((f3 = (v === "total" || v === "monthly" || v === "daily" || v === "hourly" ? v : undefined)) === undefined) return undefined; break;
      case "expires_at": if ((f4 = readWhen(v)) === undefined) return undefined; break;
      case "in_use": if ((f5 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "successor": if ((f6 = readText(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    quantity: f0,
    used: f1,
    unit: f2,
    period: f3,
    expires_at: f4,
    in_use: f5,
    successor: f6,
  };
  return o;
}

/** orders[] */
function mapping20(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown, f7: unknown, f8: unknown, f9: unknown, f10: unknown, f11: unknown, f12: unknown, f13: unknown, f14: unknown, f15: unknown, f16: unknown, f17: unknown, f18: unknown, f19: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "kind": if ((f1 = (v === "subscription" || v === "payg" || v === "resource-package" ? v : undefined)) === undefined) return undefined; break;
      case "product": if ((f2 = readText(v)) === undefined) return undefined; break;
      case "resource": if ((f3 = readText(v)) === undefined) return undefined; break;
      case "region": if ((f4 = (typeof v === 'string' && P0.test(v) ? v : undefined)) === undefined) return undefined; break;
      case "billing": if ((f5 = (v === "prepaid" || v === "postpaid" ? v : undefined)) === undefined) return undefined; break;
      case "placed_at": if ((f6 = readWhen(v)) === undefined) return undefined; break;
      case "amount": if ((f7 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "paid_amount": if ((f8 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "paid_at": if ((f9 = readWhen(v)) === undefined) return undefined; break;
      case "sold_out": if ((f10 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "channel": if ((f11 = (v === "console" || v === "cadt" || v === "api" ? v : undefined)) === undefined) return undefined; break;
      case "holds_data": if ((f12 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "status": if ((f13 = (v === "active" || v === "expired" || v === "stopped" || v === "released" ? v : undefined)) === undefined) return undefined; break;
      case "overdue_since": if ((f14 = readWhen(v)) === undefined) return undefined; break;
      case "release_at": if ((f15 = readWhen(v)) === undefined) return undefined; break;
      case "terminated_at": if ((f16 = readWhen(v)) === undefined) return undefined; break;
      case "term": if ((f17 = mapping17(v)) === undefined) return undefined; break;
      case "renewal": if ((f18 = mapping18(v)) === undefined) return undefined; break;
      case "package": if ((f19 = mapping19(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    kind: f1 === undefined ? "subscription" : f1,
    product: f2,
    resource: f3,
    region: f4,
    billing: f5,
    placed_at: f6,
    amount: f7,
    paid_amount: f8,
    paid_at: f9,
    sold_out: f10,
    channel: f11,
    holds_data: f12,
    status: f13,
    overdue_since: f14,
    release_at: f15,
    terminated_at: f16,
    term: f17,
    renewal: f18,
    package: f19,
  };
  return o;
}

/** orders */
function list21(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping20(v)) === undefined) return undefined; }
  return out;
}

/** backups[].copies[] */
function mapping22(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "region": if ((f0 = (typeof v === 'string' && P0.test(v) ? v : undefined)) === undefined) return undefined; break;
      case "account": if ((f1 = (v === "same" || v === "other" || v === "off-platform" ? v : undefined)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  const o: Record<string, unknown> = {
    region: f0,
    account: f1,
  };
  return o;
}

/** backups[].copies */
function list23(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping22(v)) === undefined) return undefined; }
  return out;
}

/** backups[] */
function mapping24(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown, f7: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "resource": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "enabled": if ((f1 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "interval_hours": if ((f2 = readInteger(v, 1, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      case "retention_days": if ((f3 = readInteger(v, -1, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      case "last_success_at": if ((f4 = readWhen(v)) === undefined) return undefined; break;
      case "last_restore_test_at": if ((f5 = readWhen(v)) === undefined) return undefined; break;
      case "delete_with_resource": if ((f6 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "copies": if ((f7 = list23(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    resource: f0,
    enabled: f1 === undefined ? true : f1,
    interval_hours: f2,
    retention_days: f3,
    last_success_at: f4,
    last_restore_test_at: f5,
    delete_with_resource: f6,
    copies: f7,
  };
  return o;
}

/** backups */
function list25(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping24(v)) === undefined) return undefined; }
  return out;
}

/** log_retention[].fields */
function list26(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = (v === "content" || v === "time" || v === "ip" || v === "domain" ? v : undefined)) === undefined) return undefined; }
  return out;
}

/** log_retention[] */
function mapping27(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "name": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "kind": if ((f1 = (v === "website-access" || v === "audit-trail" || v === "application" || v === "other" ? v : undefined)) === undefined) return undefined; break;
      case "region": if ((f2 = (typeof v === 'string' && P0.test(v) ? v : undefined)) === undefined) return undefined; break;
      case "enabled": if ((f3 = (typeof v === 'boolean' ? v : undefined)) === undefined) return undefined; break;
      case "retention_days": if ((f4 = readInteger(v, -1, Number.MAX_SAFE_INTEGER)) === undefined) return undefined; break;
      case "fields": if ((f5 = list26(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    name: f0,
    kind: f1,
    region: f2,
    enabled: f3 === undefined ? true : f3,
    retention_days: f4,
    fields: f5,
  };
  return o;
}

/** log_retention */
function list28(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping27(v)) === undefined) return undefined; }
  return out;
}

/** incidents[] */
function mapping29(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "product": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "resource": if ((f2 = readText(v)) === undefined) return undefined; break;
      case "start": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "end": if ((f4 = readWhen(v)) === undefined) return undefined; break;
      case "cause": if ((f5 = (v === "provider" || v === "customer" || v === "maintenance" || v === "network" || v === "force-majeure" || v === "attack" ? v : undefined)) === undefined) return undefined; break;
      case "ticket": if ((f6 = readText(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined || f3 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    product: f1,
    resource: f2,
    start: f3,
    end: f4,
    cause: f5,
    ticket: f6,
  };
  return o;
}

/** incidents */
function list30(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping29(v)) === undefined) return undefined; }
  return out;
}

/** notices[] */
function mapping31(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown, f7: unknown, f8: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "kind": if ((f1 = (v === "agreement-change" || v === "termination" || v === "service-change" || v === "other" ? v : undefined)) === undefined) return undefined; break;
      case "channel": if ((f2 = (v === "email" || v === "sms" || v === "message" || v === "announcement" || v === "paper" ? v : undefined)) === undefined) return undefined; break;
      case "sent_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "posted_at": if ((f4 = readWhen(v)) === undefined) return undefined; break;
      case "status": if ((f5 = (v === "sent" || v === "failed" ? v : undefined)) === undefined) return undefined; break;
      case "effective_at": if ((f6 = readWhen(v)) === undefined) return undefined; break;
      case "refund": if ((f7 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "orders": if ((f8 = list1(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    kind: f1,
    channel: f2,
    sent_at: f3,
    posted_at: f4,
    status: f5 === undefined ? "sent" : f5,
    effective_at: f6,
    refund: f7,
    orders: f8,
  };
  return o;
}

/** notices */
function list32(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping31(v)) === undefined) return undefined; }
  return out;
}

/** claims[] */
function mapping33(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "id": if ((f0 = readText(v)) === undefined) return undefined; break;
      case "product": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "incident": if ((f2 = readText(v)) === undefined) return undefined; break;
      case "amount": if ((f3 = readDecimal(v, P2)) === undefined) return undefined; break;
      case "category": if ((f4 = (v === "direct" || v === "indirect" || v === "lost-profit" ? v : undefined)) === undefined) return undefined; break;
      case "made_at": if ((f5 = readWhen(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined) return undefined;
  const o: Record<string, unknown> = {
    id: f0,
    product: f1,
    incident: f2,
    amount: f3,
    category: f4,
    made_at: f5,
  };
  return o;
}

/** claims */
function list34(x: unknown): unknown[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: unknown[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) { const v: unknown = x[i]; if ((out[i] = mapping33(v)) === undefined) return undefined; }
  return out;
}

/** (the profile) */
function mapping35(x: unknown): Record<string, unknown> | undefined {
  if (!isMapping(x)) return undefined;
  let f0: unknown, f1: unknown, f2: unknown, f3: unknown, f4: unknown, f5: unknown, f6: unknown, f7: unknown, f8: unknown, f9: unknown, f10: unknown;
  for (const k in x) {
    const v = x[k];
    if (v === null) continue;
    switch (k) {
      case "format": if ((f0 = (v === "clausecheck/v1" ? v : undefined)) === undefined) return undefined; break;
      case "agreement": if ((f1 = readText(v)) === undefined) return undefined; break;
      case "exported_at": if ((f2 = readWhen(v)) === undefined) return undefined; break;
      case "captured_at": if ((f3 = readWhen(v)) === undefined) return undefined; break;
      case "account": if ((f4 = mapping16(v)) === undefined) return undefined; break;
      case "orders": if ((f5 = list21(v)) === undefined) return undefined; break;
      case "backups": if ((f6 = list25(v)) === undefined) return undefined; break;
      case "log_retention": if ((f7 = list28(v)) === undefined) return undefined; break;
      case "incidents": if ((f8 = list30(v)) === undefined) return undefined; break;
      case "notices": if ((f9 = list32(v)) === undefined) return undefined; break;
      case "claims": if ((f10 = list34(v)) === undefined) return undefined; break;
      default: return undefined;
    }
  }
  if (f0 === undefined || f4 === undefined) return undefined;
  const o: Record<string, unknown> = {
    format: f0,
    agreement: f1,
    exported_at: f2,
    captured_at: f3,
    account: f4,
    orders: f5,
    backups: f6,
    log_retention: f7,
    incidents: f8,
    notices: f9,
    claims: f10,
  };
  return o;
}

/** The profile zod produces from `raw` (nulls dropped), or undefined where zod may report an issue. */
export function compiledProfile(raw: unknown): Profile | undefined {
  return mapping35(raw) as Profile | undefined;
}
