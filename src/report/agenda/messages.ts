/** Every word the agenda shows people, keyed by id, in English and Simplified Chinese. */
import type { Lang } from '../../contract/report.js';
import type { DueKind } from '../../engine/due.js';

/** The labels of one language. */
export interface AgendaWords {
  title: string;
  range: (from: string, until: string, days: number) => string;
  count: (events: number, files: number) => string;
  none: string;
  capturedNote: (file: string, capturedAt: string) => string;
  /** What happens at each kind of deadline. */
  happens: Record<DueKind, string>;
  /** What to do before it. */
  todo: Record<DueKind, string>;
  status: { warn: string; fail: string };
  columns: { at: string; account: string; subject: string; happens: string; todo: string; status: string; amount: string; clauses: string; rule: string; file: string; message: string };
  atStake: string;
  continued: (part: number, parts: number) => string;
  more: (n: number) => string;
}

const en: AgendaWords = {
  title: 'clausecheck agenda',
  range: (from, until, days) => `${from} → ${until} (${days} day${days === 1 ? '' : 's'})`,
  count: (events, files) => `${events} event${events === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  none: 'Nothing falls due in this period.',
  capturedNote: (file, at) => `${file}: facts as captured at ${at}; what happened since is unknown, so its dates assume nothing changed.`,
  happens: {
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
    'expires-soon': 'expiry comes close',
  },
  todo: {
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
    'expires-soon': 'Use it or renew it before it expires.',
  },
  status: { warn: 'warn', fail: 'fail' },
  columns: { at: 'When', account: 'Account', subject: 'Subject', happens: 'What happens', todo: 'What to do', status: 'Turns', amount: 'At stake', clauses: 'Clauses', rule: 'Rule', file: 'File', message: 'Finding' },
  atStake: 'at stake',
  continued: (part, parts) => `(part ${part} of ${parts})`,
  more: (n) => `… and ${n} more event${n === 1 ? '' : 's'}`,
};

const zh: AgendaWords = {
  title: 'clausecheck 待办日程',
  range: (from, until, days) => `${from} → ${until}（${days} 天）`,
  count: (events, files) => `${files} 个文件，共 ${events} 项`,
  none: '此期间没有到期事项。',
  capturedNote: (file, at) => `${file}：事实采集于 ${at}，此后情况未知，日期按期间无变化推算。`,
  happens: {
    'pay-by': '付款截止',
    'renew-by': '续费截止',
    expires: '服务到期',
    'data-deleted': '数据被彻底删除',
    released: '资源释放',
    'package-forfeited': '资源包到期，未用额度作废',
    'key-too-old': 'AccessKey 超过使用期限',
    'key-unused': 'AccessKey 超过闲置期限',
    'user-dormant': 'RAM 用户超过闲置期限',
    'backup-stale': '备份过期',
    'restore-test-due': '应做恢复演练',
    'contacts-stale': '联系方式核实过期',
    'notice-effective': '通知生效',
    'right-lapses': '解除权失效',
    'waiver-expires': '豁免到期',
    'snapshot-stale': '账户快照过期',
    'maintenance-overrun': '维护超出时间窗口',
    'expires-soon': '即将到期',
  },
  todo: {
    'pay-by': '全额付款并记录付款。',
    'renew-by': '支付续费并记录 renewal.paid_at（自动续费不等于已付款）。',
    expires: '续费付款；如不再续用，先导出数据。',
    'data-deleted': '在此之前续费或付款，或将数据备份到账户之外。',
    released: '确认释放是否预期，否则取消。',
    'package-forfeited': '将可抵扣的用量转到资源包上，或接受损失。',
    'key-too-old': '轮换 AccessKey。',
    'key-unused': '不再需要时停用或删除 AccessKey。',
    'user-dormant': '关闭控制台登录或删除该 RAM 用户。',
    'backup-stale': '确认备份正常运行并记录 last_success_at。',
    'restore-test-due': '进行恢复演练并记录 last_restore_test_at。',
    'contacts-stale': '核实联系方式并记录 verified_at。',
    'notice-effective': '决定是否接受变更或终止；申请应退费用。',
    'right-lapses': '决定是否解除合同；在失效前书面通知。',
    'waiver-expires': '修复问题，或以新的理由和日期续期豁免。',
    'snapshot-stale': '重新采集账户数据。',
    'maintenance-overrun': '向服务商确认维护何时结束并记录结束时间。',
    'expires-soon': '在到期前使用或续期。',
  },
  status: { warn: '警告', fail: '不合规' },
  columns: { at: '时间', account: '账户', subject: '对象', happens: '事项', todo: '应做', status: '届时', amount: '涉及金额', clauses: '条款', rule: '规则', file: '文件', message: '发现' },
  atStake: '涉及',
  continued: (part, parts) => `（第 ${part}/${parts} 部分）`,
  more: (n) => `…… 另有 ${n} 项`,
};

/** The agenda's words in a language (English when absent). */
export function agendaWords(lang: Lang | undefined): AgendaWords {
  return lang === 'zh-CN' ? zh : en;
}
