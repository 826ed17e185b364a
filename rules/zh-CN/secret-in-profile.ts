import rule from '../secret-in-profile.js';
import { translateRule } from '../../src/engine/types.js';

const WHY = { key: '以机密命名的键', value: '形如 AccessKey Secret 的值' } as const;

/** secret-in-profile in zh-CN. */
export default translateRule(rule, {
  title: '档案中没有机密信息',
  description:
    '客户对其口令、密码和密钥保密（§4.5），并妥善保护保密信息（§8.2）；档案会被共享并存放在代码仓库中，因此不得包含任何机密。本规则标记名为 secret、secret_key、password、passwd、access_key_secret、accesskeysecret、token 或 private_key 的键，以及 id 字段之外形如 AccessKey Secret（30 位字母和数字）的值。它读取原始文件，因此即使档案无效或无法解析也会报告，且从不打印所发现的内容。',
  fix:
    '从档案中删除机密（如已提交，还要从仓库历史中删除），并按已泄漏处理：轮换 AccessKey 或修改密码。机密应存放在机密管理服务中，绝不放在档案里；`data.locations` 列出了每处位置，但不含其值。',
  messages: {
    found: (p) =>
      `发现 ${p.count} 处机密；第一处位于 ${p.where}（${WHY[p.kind]}）。` + '请从档案中删除机密（档案会被共享并存放在代码仓库中），并轮换其中真实有效的机密。',
    clean: (p) => `档案中没有以机密命名的键，也没有形如 AccessKey Secret 的值${p.parsed ? '' : '（逐行读取：YAML 无法解析）'}。`,
  },
});
