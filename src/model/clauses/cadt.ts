/** Clause data (see index.ts); each `original` is verbatim from the agreement file. */
import type { Clause } from './index.js';

/** The special terms of the Cloud Architect Design Tool (CADT), numbered CADT-1 to CADT-4. */
export const CADT_TERMS = [
  {
    number: 'CADT-1',
    title: 'Purchases through CADT form an agreement',
    summary: 'Buying products and services through the Cloud Architect Design Tool (subject to availability and fit) forms a valid agreement for them. That agreement is governed by the latest service agreement or terms for each product on aliyun.com (or the general terms where there are none), which bind both parties.',
    original: '您可以通过使用云架构设计工具而购买阿里云的某些产品和服务 (视其可获得性和适配性而定) 。您认可通过云架构设计工具购买阿里云的该等产品和服务即构成了您与阿里云就该等产品和服务的购买的而达成的一项有效协议。该等协议应适用阿里云官方网站 (www.aliyun.com) 上列明的针对相应产品和服务的最新版本的服务协议或服务条款 (或阿里云通用服务条款, 在没有相应针对性的服务协议或服务条款的情况下) 。您认可这些协议条款均构成您与阿里云之间有法律约束力的权利和义务。',
    uncheckable: 'The CADT terms are kept for reference only: which terms govern a purchase is not something a profile shows.',
  },
  {
    number: 'CADT-2',
    title: 'CADT is a reference guide only',
    summary: 'The tool is only a reference guide, not an official technical confirmation, and its content and functions are provided "as is" and "as available", with no express or implied warranty of accuracy, completeness, fitness or reliability. The customer must itself verify the architectures, deployments and purchases made through it, and Alibaba Cloud is not liable for errors or losses from using or relying on it.',
    original: '云架构设计工具仅作为用户使用阿里云产品及服务的参考性指引, 不代表阿里云官方的技术性的确认或否认。云架构设计工具内的所有内容、工具、官方构架、部署、导出等功能, 均系阿里云为了便于您使用阿里云的产品和服务, 而在现有技术的基础上尽最大努力提供的相应的介绍及参考性操作指引, 但阿里云在此明确声明对云架构设计工具的内容和功能的准确性、完整性、适用性、可靠性等不作任何明示或暗示的保证。云架构设计工具以及通过云架构设计工具可以构架、部署和购买的所有产品和服务均按"现状"和按"可得到"的状态提供。您应当自行承担确认和审核通过云架构设计工具所做出的构架、部署和购买行为。受限于各个单项的产品和服务协议, 任何单位、公司或个人因为使用或信赖云架构设计工具而发生任何差错或经济损失的, 阿里云不承担任何法律责任。',
    uncheckable: 'The CADT terms are kept for reference only: the quality of the tool\'s guidance is not something a profile shows.',
  },
  {
    number: 'CADT-3',
    title: 'CADT may change without notice',
    summary: 'The tool\'s content and functions may change with product upgrades or for other reasons; Alibaba Cloud may modify them without notice and publishes updated versions through its authorized channel. Old versions no longer represent its current guidance, so the customer should follow version changes and obtain the latest version through authorized channels.',
    original: '由于产品版本升级、调整或其他原因, 云架构设计工具的内容和功能有可能变更。阿里云保留在没有任何通知或者提示下对云架构设计工具的内容进行修改的权利, 并在\n\n阿里云授权通道中不时发布更新后的云架构设计工具版本。旧版的云架构设计工具的内容无法代表阿里云在现有技术的基础上尽最大努力提供的相应的介绍及参考性操作指引。您应当实时关注云架构设计工具的版本变更并通过阿里云授权渠道下载、获取最新版本。',
    uncheckable: 'The CADT terms are kept for reference only: which version of the tool a customer uses is not something a profile shows.',
  },
  {
    number: 'CADT-4',
    title: 'CADT exclusion and cap of liability',
    summary: 'Alibaba Cloud is in no case liable for indirect, consequential, punitive, incidental, special or penal damages, including profits lost through using or relying on the tool, even if told such losses were possible. To the extent the law allows, its liability under this agreement does not exceed the fees paid for that service over the past 12 months.',
    original: '在任何情况下，阿里云均不对任何间接性、后果性、惩戒性、偶然性、特殊性或刑罚性的损害，包括用户使用或信赖云架构设计工具而遭受的利润损失，承担责任（即使阿里云已被告知该等损失的可能性）。在法律允许的情况下，阿里云在本协议项下所承担的损失赔偿责任不超过就该服务过往 12 个月所缴纳的服务费用的总和。',
    uncheckable: 'The CADT terms are kept for reference only: claims arising from the tool are not recorded in a profile, and general claims are checked under 10.5 and 10.6.',
  },
] as const satisfies readonly Clause[];
