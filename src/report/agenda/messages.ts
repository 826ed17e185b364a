/**
 * Every word the agenda shows people, keyed by id, in English and zh-CN (src/util/i18n.ts): the
 * layout's words, what happens at each kind of deadline and what to do before it. Dates, amounts,
 * rule ids and clause numbers are parameters, written the same in both languages.
 */
import type { Lang } from '../../contract/report.js';
import type { DueKind, DueStatus } from '../../engine/due.js';
import { catalogs, pick, type Translation } from '../../util/i18n.js';

/** The agenda layout's words (text, Markdown, ICS and chat digests). */
export const AGENDA_TEXT = catalogs(
  {
    title: 'clausecheck agenda',
    range: (p: { from: string; until: string; days: number }) => `${p.from} → ${p.until} (${p.days} day${p.days === 1 ? '' : 's'})`,
    count: (p: { events: number; files: number }) => `${p.events} event${p.events === 1 ? '' : 's'} in ${p.files} file${p.files === 1 ? '' : 's'}`,
    none: 'Nothing falls due in this period.',
    capturedNote: (p: { file: string; at: string }) => `${p.file}: facts as captured at ${p.at}; what happened since is unknown, so its dates assume nothing changed.`,
    statusWarn: 'warn',
    statusFail: 'fail',
    colAt: 'When',
    colAccount: 'Account',
    colSubject: 'Subject',
    colHappens: 'What happens',
    colTodo: 'What to do',
    colStatus: 'Turns',
    colAmount: 'At stake',
    colRule: 'Rule',
    colFile: 'File',
    /** `¥9,800.00 at stake` after an event's line. */
    atStake: (p: { amount: string }) => `${p.amount} at stake`,
    /** A labelled line of a calendar event's description. */
    labelled: (p: { label: string; value: string }) => `${p.label}: ${p.value}`,
    /** What happens and to whom: `renewal due: Acme · 2121…`. */
    what: (p: { happens: string; who: string }) => `${p.happens}: ${p.who}`,
    /** A calendar event's title with the amount at stake. */
    withAmount: (p: { text: string; amount: string }) => `${p.text} (${p.amount})`,
    /** What to do, with the rules and clauses behind it. */
    todoRefs: (p: { todo: string; refs: string }) => `${p.todo} (${p.refs})`,
    continued: (p: { part: number; parts: number }) => `(part ${p.part} of ${p.parts})`,
  },
  {
    title: 'clausecheck 待办日程',
    range: (p) => `${p.from} → ${p.until}（${p.days} 天）`,
    count: (p) => `${p.files} 个文件，共 ${p.events} 项`,
    none: '此期间没有到期事项。',
    capturedNote: (p) => `${p.file}：事实采集于 ${p.at}，此后情况未知，日期按期间无变化推算。`,
    statusWarn: '警告',
    statusFail: '未通过',
    colAt: '时间',
    colAccount: '账号',
    colSubject: '对象',
    colHappens: '事项',
    colTodo: '应做',
    colStatus: '届时状态',
    colAmount: '涉及金额',
    colRule: '规则',
    colFile: '文件',
    atStake: (p) => `涉及 ${p.amount}`,
    labelled: (p) => `${p.label}：${p.value}`,
    what: (p) => `${p.happens}：${p.who}`,
    withAmount: (p) => `${p.text}（${p.amount}）`,
    todoRefs: (p) => `${p.todo}（${p.refs}）`,
    continued: (p) => `（第 ${p.part}/${p.parts} 部分）`,
  },
);

/** What happens at each kind of deadline. */
export const DUE_HAPPENS = catalogs(
  {
    'pay-by': 'payment due',
    'renew-by': 'renewal due',
    expires: 'subscription expires',
    'data-deleted': 'data deleted irrecoverably',
    released: 'resource released',
    'package-forfeited': 'package expires, unused units forfeited',
    'key-too-old': 'AccessKey passes its age limit',
    'key-unused': 'AccessKey passes its idle limit',
    'user-dormant': 'RAM user passes the dormancy limit',
    'backup-stale': 'backup becomes stale',
    'restore-test-due': 'restore test due',
    'contacts-stale': 'contact verification lapses',
    'notice-effective': 'notice takes effect',
    'right-lapses': 'termination right lapses',
    'waiver-expires': 'waiver expires',
    'snapshot-stale': 'profile capture becomes stale',
    'maintenance-overrun': 'maintenance overruns its window',
    'expires-soon': 'voucher, coupon or gift nears its expiry',
    'refund-due': 'termination refund falls due',
  } satisfies Record<DueKind, string>,
  {
    'pay-by': '付款截止',
    'renew-by': '续费截止',
    expires: '服务期满',
    'data-deleted': '数据被删除，不可恢复',
    released: '资源被释放',
    'package-forfeited': '资源包到期，未使用完毕的额度作废',
    'key-too-old': 'AccessKey 超过使用期限',
    'key-unused': 'AccessKey 超过闲置期限',
    'user-dormant': 'RAM 用户超过闲置期限',
    'backup-stale': '备份过期',
    'restore-test-due': '应做恢复演练',
    'contacts-stale': '联系方式核实过期',
    'notice-effective': '通知生效',
    'right-lapses': '终止权失效',
    'waiver-expires': '豁免到期',
    'snapshot-stale': '档案采集过期',
    'maintenance-overrun': '维护超出时间窗口',
    'expires-soon': '代金券、优惠券或赠送项目即将到期',
    'refund-due': '终止后的退款到期',
  },
);

/** What to do before each kind of deadline. */
export const DUE_TODO = catalogs(
  {
    'pay-by': 'Pay in full and record the payment.',
    'renew-by': 'Pay the renewal and record renewal.paid_at (auto-renew is not payment).',
    expires: 'Renew and pay, or copy the data out if it is meant to end.',
    'data-deleted': 'Renew or pay, or back the data up outside the account, before this instant.',
    released: 'Confirm the release is intended; cancel it otherwise.',
    'package-forfeited': 'Move covered usage onto the package, or accept the loss.',
    'key-too-old': 'Rotate the AccessKey.',
    'key-unused': 'Disable or delete the AccessKey if it is not needed.',
    'user-dormant': 'Turn off console login or remove the RAM user.',
    'backup-stale': 'Make sure the backup runs and record last_success_at.',
    'restore-test-due': 'Test a restore and record last_restore_test_at.',
    'contacts-stale': 'Confirm the contact details and record verified_at.',
    'notice-effective': 'Decide on the change or termination; claim any refund.',
    'right-lapses': 'Decide whether to terminate; give written notice before the lapse.',
    'waiver-expires': 'Fix the finding, or renew the waiver with a new reason and date.',
    'snapshot-stale': 'Capture the account again.',
    'maintenance-overrun': 'Ask the provider when the maintenance ends; record its end.',
    'expires-soon': 'Use the credit before it expires (credits are one-off and never cash, §3.5).',
    'refund-due': 'Confirm the refund of unused prepaid fees and record it on the termination notice (§9.3.4).',
  } satisfies Record<DueKind, string>,
  {
    'pay-by': '全额付款并记录付款。',
    'renew-by': '支付续费款项并记录 renewal.paid_at（自动续费不等于已付款）。',
    expires: '续费并付款；如不再续用，先将数据导出。',
    'data-deleted': '在此时点之前续费或付款，或将数据备份到账户之外。',
    released: '确认释放是预期的，否则取消释放。',
    'package-forfeited': '将可抵扣的用量转到资源包上，或接受损失。',
    'key-too-old': '轮换 AccessKey。',
    'key-unused': '不再需要时停用或删除 AccessKey。',
    'user-dormant': '关闭控制台登录或删除该 RAM 用户。',
    'backup-stale': '确认备份正常运行并记录 last_success_at。',
    'restore-test-due': '进行恢复演练并记录 last_restore_test_at。',
    'contacts-stale': '核实联系方式并记录 verified_at。',
    'notice-effective': '决定是否接受变更或终止服务；申请应退还的款项。',
    'right-lapses': '决定是否终止；在终止权失效前书面通知。',
    'waiver-expires': '修复该发现，或以新的理由和日期续期豁免。',
    'snapshot-stale': '重新采集账户数据。',
    'maintenance-overrun': '向阿里云确认维护何时结束，并记录结束时间。',
    'expires-soon': '在到期前使用该额度（代金券、优惠券和赠送项目只能使用一次，不可兑现，§3.5）。',
    'refund-due': '确认已预付但未消费的款项已退还，并在终止通知上记录（§9.3.4）。',
  },
);

/** The agenda's words in one language. */
export interface AgendaWords {
  text: Translation<(typeof AGENDA_TEXT)['en']>;
  happens: Record<DueKind, string>;
  todo: Record<DueKind, string>;
  status: Record<DueStatus, string>;
}

/** The agenda's words in a language (English when absent). */
export function agendaWords(lang: Lang | undefined): AgendaWords {
  const text = pick(AGENDA_TEXT, lang);
  return { text, happens: pick(DUE_HAPPENS, lang), todo: pick(DUE_TODO, lang), status: { warn: text.statusWarn, fail: text.statusFail } };
}
