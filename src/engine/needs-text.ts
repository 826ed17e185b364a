/**
 * What a skipped rule needs, in Chinese. Rules name what they need in English (`data.needs`, kept
 * as written in machine formats); each entry here matches one of those phrases and gives it in
 * Chinese with the keys and numbers kept. A phrase that is only YAML keys stays as written.
 */

/** Each phrase: the English it matches, and its Chinese rendering. */
const NEEDS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^active access keys of root or RAM users$/, () => '主账号或 RAM 用户的启用中的 AccessKey'],
  [/^agreement-change, termination or service-change notices$/, () => '协议变更、终止或服务变更通知'],
  [/^billing\.bills or billing\.balance$/, () => 'billing.bills 或 billing.balance'],
  [/^data-holding subscription or pay-as-you-go orders$/, () => '存有数据的包年包月或后付费订单'],
  [/^data-holding, unreleased orders$/, () => '存有数据且未释放的订单'],
  [/^enabled RAM users$/, () => '启用的 RAM 用户'],
  [/^enabled backups$/, () => '已启用的备份'],
  [/^ended resource packages with in_use: true$/, () => '已结束且 in_use: true 的资源包'],
  [/^incidents with cause: (\S+)$/, (m) => `cause: ${m[1]} 的故障`],
  [/^notices$/, () => '通知（notices）'],
  [/^orders with billing: prepaid$/, () => 'billing: prepaid 的订单'],
  [/^orders with release_at after the evaluation instant$/, () => 'release_at 晚于评估时点的订单'],
  [/^orders, backup copies or log stores with a region$/, () => '写明地域的订单、备份副本或日志库'],
  [/^postpaid orders or billing\.payg_daily_spend above zero$/, () => '后付费订单或大于零的 billing.payg_daily_spend'],
  [/^postpaid orders$/, () => '后付费订单'],
  [/^prepaid subscriptions$/, () => '预付费包年包月订单'],
  [/^resource packages$/, () => '资源包'],
  [/^subscriptions with term\.end whose renewal intent is renew$/, () => '有 term.end 且续费意向为 renew 的包年包月订单'],
  [/^termination notices with orders$/, () => '列有订单的终止通知'],
  [/^subscriptions with auto-renew on and the renewal unpaid, within (\d+) days of expiry$/, (m) => `已开启自动续费、续费款项未付且距到期不超过 ${m[1]} 天的包年包月订单`],
];

/** A rule's `needs` phrase in Chinese; YAML keys and unknown phrases stay as written. */
export function needsZh(needs: string): string {
  for (const [en, zh] of NEEDS) {
    const m = en.exec(needs);
    if (m) return zh(m);
  }
  return needs;
}
