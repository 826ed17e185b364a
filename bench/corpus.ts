/**
 * A deterministic corpus of realistic account profiles (about 10 KB each) for benchmarks and
 * the parser differential test: ten orders, RAM users with access keys, bills with payments,
 * credits, backups, log stores, incidents, notices and claims, in the mix of block and flow
 * styles, quoting, comments and Chinese text that exported profiles have. Every profile is
 * valid against the v1 schema; the same (count, seed) always gives the same bytes.
 */

/** One generated profile: a file name and its YAML text. */
export interface CorpusFile {
  name: string;
  text: string;
}

/** A small seeded PRNG (mulberry32): deterministic across runs and platforms. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'cn-qingdao', 'cn-zhangjiakou', 'cn-chengdu', 'cn-guangzhou'];
const CITIES = [
  ['Hangzhou', '杭州', 'Xihu District', '西湖区'],
  ['Shanghai', '上海', 'Pudong New Area', '浦东新区'],
  ['Beijing', '北京', 'Haidian District', '海淀区'],
  ['Shenzhen', '深圳', 'Nanshan District', '南山区'],
  ['Suzhou', '苏州', 'Gusu District', '姑苏区'],
  ['Chengdu', '成都', 'Wuhou District', '武侯区'],
] as const;
const TRADES = [
  ['Retail', '零售'],
  ['Logistics', '物流'],
  ['Media', '传媒'],
  ['Software', '软件'],
  ['Biotech', '生物科技'],
  ['Education', '教育'],
] as const;
const SURNAMES = ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Zhao', 'Zhou', 'Wu', 'Xu', 'Sun'];
const GIVEN = ['Jing', 'Lei', 'Na', 'Yu', 'Wei', 'Fang', 'Min', 'Qiang', 'Hui', 'Tao'];
const CN_NAMES = ['陈静', '王磊', '李娜', '周宇', '张伟', '刘芳', '赵敏', '吴强', '徐慧', '孙涛'];
const PRODUCTS = [
  ['ecs', 'i-'],
  ['rds', 'rm-'],
  ['oss', 'bucket-'],
  ['slb', 'lb-'],
  ['redis', 'r-'],
  ['polardb', 'pc-'],
  ['cdn', 'cdn-'],
  ['nas', 'nas-'],
] as const;
const POLICIES = ['AdministratorAccess', 'AliyunECSReadOnlyAccess', 'AliyunRDSFullAccess', 'AliyunOSSFullAccess', 'AliyunLogReadOnlyAccess', 'ReadOnlyAccess'];
const COMMENTS = [
  'exported by the billing console',
  'reviewed by finance',
  '由运维团队维护',
  'see ticket in the ops tracker',
  '续费策略见年度预算',
  'keep in sync with the CMDB',
];

/** Generates `count` profiles from `seed`; `orders` per profile sets their size (10: about 10 KB, 150: about 100 KB). */
export function generateCorpus(count: number, seed: number, orders = 10): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    files.push({ name: `profile-${String(i).padStart(5, '0')}.yaml`, text: generateProfile(prng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0), i, orders) });
  }
  return files;
}

function generateProfile(random: () => number, index: number, orderCount: number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = (year: number, month = int(1, year >= 2026 ? 11 : 12), day = int(1, year >= 2026 ? 20 : 28)) => `${year}-${pad(month)}-${pad(day)}`;
  const time = () => `${pad(int(0, 23))}:${pad(int(0, 59))}:00`;
  const dateTime = (year: number) => `${date(year)}T${time()}`;
  const amount = (lo: number, hi: number) => `${int(lo, hi)}.${pad(int(0, 99))}`;
  // Amounts are quoted by most exporters; some write them plain (still exact: kept as source text).
  const money = (lo: number, hi: number) => (chance(0.85) ? `"${amount(lo, hi)}"` : amount(lo, hi));
  const crlf = chance(0.05);
  const lines: string[] = [];
  const push = (line: string) => lines.push(line);
  const comment = (indent: string) => {
    if (chance(0.15)) push(`${indent}# ${pick(COMMENTS)}`);
  };

  const [city, cityCn, district, districtCn] = pick(CITIES);
  const [trade, tradeCn] = pick(TRADES);
  const chineseName = chance(0.4);
  const accountId = `1${int(4, 7)}${pad(int(0, 99))}0000000${pad(index % 10000, 6)}`;
  const regions = [...new Set([pick(REGIONS), pick(REGIONS), pick(REGIONS)])];
  const users = Array.from({ length: int(5, 8) }, (_, u) => ({
    name: `${pick(['ops', 'dev', 'ci', 'fin', 'audit', 'data'])}-${pick(SURNAMES).toLowerCase()}${u}`,
    owner: chance(0.5) ? pick(CN_NAMES) : `${pick(SURNAMES)} ${pick(GIVEN)}`,
  }));

  push('# yaml-language-server: $schema=../schema/profile.schema.json');
  push(`# Account profile ${index}: ${chineseName ? `${cityCn}${tradeCn}有限公司` : `${city} ${trade} Co., Ltd.`}`);
  push('format: clausecheck/v1');
  push(`agreement: aliyun-service-agreement@${chance(0.85) ? '2020-09-24' : '2019-01-01'}`);
  push(`exported_at: ${dateTime(2026)}+08:00`);
  push('account:');
  push(`  id: "${accountId}"`);
  push(`  name: ${chineseName ? `${cityCn}${pick(['湖畔', '港湾', '园林', '云端'])}${tradeCn}有限公司` : `${city} ${pick(['Lakeside', 'Harbour', 'Garden', 'Skyline'])} ${trade} Co., Ltd.`}`);
  push('  site: cn');
  push(`  data_regions: [${regions.join(', ')}]`);
  push('  contacts:');
  push(`    email: it-ops@${trade.toLowerCase()}-${index}.cn`);
  if (chance(0.8)) push(`    phone: +86 ${int(10, 999)} ${int(1000, 9999)} ${int(1000, 9999)}`);
  push(`    address: ${chineseName ? `${cityCn}市${districtCn}文三路${int(1, 300)}号` : `${int(1, 300)} Wensan Road, ${district}, ${city}`}`);
  push(`    verified_at: ${date(int(2024, 2026))}`);
  push(`    notice_recipients: [${users.slice(0, 2).map((u) => u.name).join(', ')}]`);
  push('  root:');
  push(`    mfa: ${chance(0.8)}`);
  if (chance(0.3)) {
    push('    access_keys:');
    push(`      - id: LTAI4Groot${pad(index % 10000, 4)}${pad(int(0, 99))}`);
    push(`        status: ${pick(['active', 'inactive'])}`);
    push(`        created_at: ${date(2024)}`);
  } else push('    access_keys: []');
  push('  password_policy:');
  push(`    min_length: ${int(8, 16)}`);
  push(`    character_classes: ${int(2, 4)}`);
  push(`    max_age_days: ${pick([0, 60, 90, 180])}`);
  push(`    reuse_prevention: ${int(0, 5)}`);
  push(`    max_login_attempts: ${int(0, 5)}`);
  push('  ram_users:');
  users.forEach((user, u) => {
    comment('    ');
    push(`    - name: ${user.name}`);
    push(`      owner: ${user.owner}`);
    if (chance(0.2)) push('      enabled: false');
    push(`      created_at: ${date(int(2023, 2025))}`);
    push(`      console: ${chance(0.6)}`);
    push(`      mfa: ${chance(0.7)}`);
    if (chance(0.7)) push(`      last_login_at: ${dateTime(2026)}`);
    push(`      policies: [${[...new Set([pick(POLICIES), pick(POLICIES)])].join(', ')}]`);
    if (chance(0.6)) {
      push('      access_keys:');
      for (let k = 0; k < int(1, 2); k++) {
        push(`        - id: LTAI5t${user.name.replace(/[^a-z0-9]/g, '').slice(0, 8)}${pad(u)}${pad(k)}`);
        push(`          status: ${chance(0.8) ? 'active' : 'inactive'}`);
        push(`          created_at: ${date(int(2025, 2026))}`);
        if (chance(0.7)) push(`          last_used_at: ${dateTime(2026)}`);
      }
    }
  });
  push('  billing:');
  push('    currency: CNY');
  push(`    balance: ${chance(0.1) ? `"-${amount(10, 900)}"` : money(100, 20000)}`);
  push(`    payg_daily_spend: ${money(10, 900)}`);
  if (chance(0.6)) {
    push('    credits:');
    for (let c = 0; c < int(1, 3); c++) {
      push(`      - { id: V-${c + 1}${int(10, 99)}, kind: ${pick(['voucher', 'coupon', 'gift'])}, amount: ${money(50, 900)}, expires_at: ${date(2027)} }`);
    }
  }
  push('    bills:');
  for (let b = 0; b < int(4, 6); b++) {
    const month = 11 - b;
    const total = amount(100, 9000);
    push(`      - id: B-2026-${pad(month)}`);
    push(`        product: ${pick(PRODUCTS)[0]}`);
    push(`        amount: "${total}"`);
    push(`        due: 2026-${pad(month)}-09`);
    if (chance(0.25)) push('        payments: []');
    else {
      push('        payments:');
      push(`          - amount: "${total}"`);
      push(`            paid_at: 2026-${pad(month)}-0${int(1, 8)}T${time()}`);
    }
  }

  const resources: string[] = [];
  push('orders:');
  for (let o = 0; o < orderCount; o++) {
    const [product, prefix] = pick(PRODUCTS);
    const region = pick(regions);
    const resource = `${prefix}${region.slice(3, 6)}${pad(index % 1000, 3)}${pad(o, orderCount > 100 ? 3 : 2)}`;
    const kind = o < 6 ? 'subscription' : pick(['payg', 'resource-package', 'subscription']);
    const placed = date(int(2025, 2026));
    comment('  ');
    push(`  - id: "21${pad(int(1000, 9999), 4)}${pad(index % 100000, 5)}${pad(o, 4)}"`);
    if (kind !== 'subscription' || chance(0.2)) push(`    kind: ${kind}`);
    push(`    product: ${product}`);
    if (kind !== 'resource-package') {
      resources.push(resource);
      push(`    resource: ${resource}`);
      push(`    region: ${region}`);
    }
    if (kind === 'payg') {
      push('    billing: postpaid');
      push(`    placed_at: ${placed}T${time()}`);
      if (chance(0.1)) push(`    overdue_since: ${dateTime(2026)}`);
      continue;
    }
    if (kind === 'subscription' && chance(0.7)) push('    billing: prepaid');
    push(`    placed_at: ${placed}T${time()}`);
    push(`    amount: ${money(300, 12000)}`);
    if (chance(0.9)) push(`    paid_at: ${placed}T${time()}`);
    if (chance(0.3)) push(`    channel: ${pick(['console', 'cadt', 'api'])}`);
    if (chance(0.3)) push(`    holds_data: ${chance(0.7)}`);
    if (chance(0.5)) push(`    status: ${pick(['active', 'active', 'expired', 'stopped'])}`);
    if (kind === 'resource-package') {
      const quantity = int(1, 50) * 100;
      push(`    package: { quantity: ${quantity}, used: ${int(0, quantity)}, unit: GB, period: ${pick(['total', 'monthly'])}, expires_at: ${date(2027)}, in_use: ${chance(0.8)} }`);
      continue;
    }
    const endYear = int(2026, 2027);
    if (chance(0.7)) push(`    term: { start: ${placed}, end: ${date(endYear)} }`);
    else {
      push('    term:');
      push(`      start: ${placed}`);
      push(`      end: ${date(endYear)}`);
    }
    if (chance(0.6)) push(`    renewal: { intent: ${pick(['renew', 'renew', 'let-expire'])}, auto: ${chance(0.5)}, price: ${money(300, 12000)} }`);
    else {
      push('    renewal:');
      push(`      intent: ${pick(['renew', 'let-expire'])}`);
      push(`      auto: ${chance(0.5)}`);
      if (chance(0.5)) push(`      last_attempt: ${pick(['none', 'succeeded', 'failed'])}`);
    }
    if (chance(0.1)) push(`    release_at: ${dateTime(2027)}`);
  }

  push('');
  push('backups:');
  for (let b = 0; b < int(4, 6); b++) {
    comment('  ');
    push(`  - resource: ${pick(resources)}`);
    push(`    interval_hours: ${pick([6, 12, 24, 48])}`);
    push(`    retention_days: ${pick([7, 30, 90, 365, -1])}`);
    push(`    last_success_at: ${dateTime(2026)}`);
    if (chance(0.8)) push(`    last_restore_test_at: ${date(int(2025, 2026))}`);
    push(`    delete_with_resource: ${chance(0.2)}`);
    push('    copies:');
    push(`      - { region: ${pick(REGIONS)}, account: ${pick(['same', 'other', 'off-platform'])} }`);
  }
  push('log_retention:');
  for (const [name, kind] of [
    ['web-access', 'website-access'],
    ['actiontrail', 'audit-trail'],
    ['app-logs', 'application'],
  ] as const) {
    push(`  - name: ${name}`);
    push(`    kind: ${kind}`);
    push(`    region: ${pick(regions)}`);
    push(`    retention_days: ${pick([90, 180, 182, 365, 400])}`);
    if (kind === 'website-access') push('    fields: [content, time, ip, domain]');
  }
  push('incidents:');
  const incidents: string[] = [];
  for (let n = 0; n < int(2, 4); n++) {
    const id = `INC-${pad(int(1, 12))}${pad(int(1, 28))}${n}`;
    incidents.push(id);
    const month = int(1, 10);
    const day = int(1, 20);
    push(`  - id: ${id}`);
    push(`    product: ${pick(PRODUCTS)[0]}`);
    push(`    resource: ${pick(resources)}`);
    push(`    start: 2026-${pad(month)}-${pad(day)}T${time()}`);
    push(`    end: 2026-${pad(month)}-${pad(day + int(0, 3))}T23:00:00`);
    push(`    cause: ${pick(['provider', 'customer', 'maintenance', 'network'])}`);
    if (chance(0.6)) push(`    ticket: "${int(1000000, 9999999)}"`);
    if (chance(0.3)) push(`    # ${chance(0.5) ? '故障原因：上游网络抖动' : 'root cause: upstream network'}`);
  }
  push('notices:');
  const noticeBase = int(1, 150);
  for (let n = 0; n < int(3, 5); n++) {
    const kind = pick(['agreement-change', 'termination', 'service-change', 'other']);
    push(`  - id: N-2026-${pad(noticeBase + n * 10 + int(0, 9), 3)}`);
    push(`    kind: ${kind}`);
    const channel = pick(['email', 'sms', 'message', 'announcement', 'paper']);
    push(`    channel: ${channel}`);
    push(channel === 'paper' ? `    posted_at: ${date(2026)}` : `    sent_at: ${dateTime(2026)}`);
    if (kind !== 'other') push(`    effective_at: ${date(2026, 12)}`);
    if (chance(0.15)) push('    status: failed');
  }
  push('claims:');
  incidents.slice(0, int(0, incidents.length)).forEach((incident, c) => {
    push(`  - id: CLM-${pad(c + 1)}`);
    push(`    product: ${pick(PRODUCTS)[0]}`);
    push(`    incident: ${incident}`);
    push(`    amount: ${money(100, 30000)}`);
    push(`    category: ${pick(['direct', 'indirect', 'lost-profit'])}`);
    push(`    made_at: ${date(2026)}`);
  });
  if (lines[lines.length - 1] === 'claims:') lines[lines.length - 1] = 'claims: []';
  const text = `${lines.join('\n')}\n`;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}
