import rule from '../agreement-version.js';
import { translateRule } from '../../src/engine/types.js';
import { AGREEMENT_VERSION } from '../../src/model/clauses/version.js';

/** agreement-version in zh-CN. */
export default translateRule(rule, {
  title: '账户适用本规则所检查的协议版本',
  description: `阿里云可提前 30 天公告修改协议，客户继续使用即视为接受修改（§14.2）。本规则集实现的是 ${AGREEMENT_VERSION}；档案的 \`agreement\` 写明其他版本时给出警告，并说明它更旧（本规则检查的较新条款现已适用）还是更新（发现可能已过时）。`,
  fix:
    '查明适用于该账户的协议版本（依 §14.2，继续使用即接受已公告的修改），并记录在 `agreement` 中。如其比本规则实现的版本更新，请先审阅修改内容，再依赖这些发现。',
  messages: {
    older: (p) =>
      `账户接受的是 ${p.accepted}，早于本规则检查的 ${p.implemented}。依 §14.2，修改公告后继续使用即接受较新的条款，因此如账户仍在使用服务，适用的是 ${p.implemented}：请更新档案的 agreement 字段。`,
    newer: (p) =>
      `账户接受的是 ${p.accepted}，晚于本规则检查的 ${p.implemented}：依 §14.2，继续使用即接受较新的条款，因此这些发现可能不反映实际适用的协议；请核对修改内容。`,
    other: (p) =>
      `账户接受的是"${p.accepted}"，而非本规则检查的 ${p.implemented}：依 §14.2，修改公告后继续使用即接受较新的条款；请确认该账户适用哪个版本。`,
    same: (p) => `账户接受的是 ${p.implemented}，即本规则检查的版本。`,
  },
});
