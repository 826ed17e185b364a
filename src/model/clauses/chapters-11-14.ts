/** Clause data (see index.ts); each `original` is verbatim from the agreement file. */
import type { Clause } from './index.js';

/** Clauses 11 to 14 (notices, force majeure, governing law, miscellaneous). */
export const CHAPTERS_11_14 = [
  {
    number: '11',
    title: 'Notices',
    summary: 'Chapter heading for contact details and the delivery of notices.',
    original: '通知',
  },
  {
    number: '11.1',
    title: 'True and valid contact details',
    summary: 'The customer must give Alibaba Cloud true and valid contact details (email address, phone number, postal address and so on), update them promptly when they change and stay reachable. The member accounts (including sub-accounts) that receive in-site and system messages also count as valid contact details.',
    original: '您在使用阿里云服务时，您应该向阿里云提供真实有效的联系方式（包括您的电子邮件地址、联系电话、联系地址等），对于联系方式发生变更的，您有义务及时更新有关信息，并保持可被联系的状态。您接收站内信、系统消息的会员账号（包括子账号），也作为您的有效联系方式。',
  },
  {
    number: '11.2',
    title: 'Notices go to the contact details',
    summary: 'Alibaba Cloud delivers notices to one or more of those contact details; as notices may significantly affect the customer\'s rights and obligations, the customer should watch for them.',
    original: '阿里云将向您的上述联系方式的其中之一或其中若干向您送达各类通知，而此类通知的内容可能对您的权利义务产生重大的有利或不利影响，请您务必及时关注。',
  },
  {
    number: '11.3',
    title: 'When a notice is delivered',
    summary: 'A written notice sent electronically (an announcement, an SMS to the given phone, an email to the given address, a system or in-site message to the account) is delivered once sent successfully. A notice on paper is deemed delivered on the fifth calendar day after it is posted to the given address.',
    original: '阿里云通过上述联系方式向您发出通知，其中以电子的方式发出的书面通知，包括公告，向您提供的联系电话发送手机短信，向您提供的电子邮件地址发送电子邮件，向您的账号发送系统消息以及站内信信息，在发送成功后即视为送达；以纸质载体发出的书面通知，按照提供联系地址交邮后的第五个自然日即视为送达。',
  },
  {
    number: '11.4',
    title: 'Keep contact details accurate',
    summary: 'The customer must keep its contact details accurate, valid and up to date. If legal documents cannot be delivered, or are delivered late, because the details are inaccurate or a change was not notified, the customer bears the legal consequences.',
    original: '你应当保证所提供的联系方式是准确、有效的，并进行实时更新。如果因提供的联系方式不确切，或不及时告知变更后的联系方式，使法律文书无法送达或未及时送达，将由您承担由此可能产生的法律后果。',
  },
  {
    number: '12',
    title: 'Force majeure',
    summary: 'Chapter heading for force majeure: the party affected is not liable (12.1) for the events defined in 12.2.',
    original: '不可抗力',
  },
  {
    number: '12.1',
    title: 'Force majeure excuses performance',
    summary: 'A party prevented by force majeure or another accident, so that performing these terms becomes impossible, unnecessary or meaningless, is not liable.',
    original: '因不可抗力或者其他意外事件，使得本服务条款的履行不可能、不必要或者无意义的，遭受不可抗力、意外事件的一方不承担责任。',
  },
  {
    number: '12.2',
    title: 'Force majeure defined',
    summary: 'Force majeure and accidents are objective events that cannot be foreseen, overcome or avoided and that seriously affect one or both parties, including natural disasters such as floods, earthquakes and epidemics and social events such as war, unrest, government acts, trunk-line outages, hacking, network congestion, technical adjustments by telecom authorities and government controls.',
    original: '不可抗力、意外事件是指不能预见、不能克服并不能避免且对一方或双方当事人造成重大影响的客观事件，包括自然灾害如洪水、地震、瘟疫流行等以及社会事件如战争、动乱、政府行为、电信主干线路中断、黑客、网路堵塞、电信部门技术调整和政府管制等。',
  },
  {
    number: '13',
    title: 'Governing law and disputes',
    summary: 'Chapter heading for the governing law and the resolution of disputes.',
    original: '法律适用及争议解决',
    uncheckable: 'Governing law and the choice of court apply to disputes, not to account settings.',
  },
  {
    number: '13.1',
    title: 'Law of mainland China',
    summary: 'The formation, validity, interpretation, amendment, supplementation, termination, performance and dispute resolution of this agreement are governed by the law of mainland China, and by commercial or industry practice where the law is silent.',
    original: '本协议之订立、生效、解释、修订、补充、终止、执行与争议解决均适用中华人民共和国大陆法律；如法律无相关规定的，参照商业惯例及/或行业惯例。',
    uncheckable: 'The governing law is fixed by the agreement itself, and no account setting bears on it.',
  },
  {
    number: '13.2',
    title: 'Negotiation, then the Xihu District court',
    summary: 'Disputes arising from or related to the services are resolved by negotiation; failing that, either party may sue in the Xihu District People\'s Court of Hangzhou.',
    original: '您因使用阿里云服务所产生及与阿里云服务有关的争议，由阿里云与您协商解决。协商不成时，任何一方均可向杭州市西湖区人民法院提起诉讼。',
    uncheckable: 'The choice of court applies only once a dispute arises, and no account setting bears on it.',
  },
  {
    number: '14',
    title: 'Miscellaneous',
    summary: 'Chapter heading for the final provisions: precedence, changes, assignment, waiver, severability and survival.',
    original: '附则',
  },
  {
    number: '14.1',
    title: 'Incorporated documents and precedence',
    summary: 'The annexes, the service and price descriptions on the website and the order pages the customer confirmed (including product-specific terms and documentation) are part of this agreement. On conflict, (1) service descriptions, price descriptions and order pages prevail over (2) specific terms and annexes, which prevail over (3) these general terms.',
    original: '本协议的附件，以及阿里云在阿里云网站相关页面上的服务说明、价格说明和您确认同意的订购页面（包括产品的专用条款、服务说明、操作文档等）均为本协议不可分割的一部分。如遇不一致之处，以（1）服务说明、价格说明、其他订购页面，（2）专用条款和附件，（3）本协议通用条款的顺序予以适用。',
    uncheckable: 'It ranks documents that a profile does not hold; the product figures it points to, such as the buffer days before deletion, are configured instead.',
  },
  {
    number: '14.2',
    title: 'Agreement changes on 30 days\' notice',
    summary: 'Alibaba Cloud must announce changes to this agreement in a suitable section of its website 30 days in advance; continued use of the services means the customer accepts them.',
    original: '如本协议内容发生变动，阿里云应通过提前 30 天在阿里云网站的适当版面公告向您提示修改内容；如您继续使用阿里云服务，则视为您接受阿里云所做的相关修改。',
  },
  {
    number: '14.3',
    title: 'Assignment to affiliates',
    summary: 'Alibaba Cloud may, after prior notice, transfer all or part of its rights and obligations under this agreement to its affiliates.',
    original: '阿里云有权经提前通知将本协议的权利义务全部或者部分转移给阿里云的关联公司。',
    uncheckable: 'An assignment by the provider is not recorded in a profile.',
  },
  {
    number: '14.4',
    title: 'No waiver',
    summary: 'If Alibaba Cloud waives a right on one fault or breach by the customer, that is no waiver for other or later faults or breaches of the same kind.',
    original: '阿里云于您过失或违约时放弃本协议规定的权利，不应视为其对您的其他或以后同类之过失或违约行为弃权。',
    uncheckable: 'Waiver concerns how the provider enforces its rights, which a profile cannot show.',
  },
  {
    number: '14.5',
    title: 'Severability',
    summary: 'If any clause is held repealed, void or unenforceable, it is severable and does not affect the validity and enforceability of the rest of the agreement.',
    original: '本协议任一条款被视为废止、无效或不可执行，该条应视为可分的且并不影响本协议其余条款的有效性及其可执行性。',
    uncheckable: 'Severability concerns the agreement\'s legal validity, not any account setting.',
  },
  {
    number: '14.6',
    title: 'Survival',
    summary: 'The warranty, confidentiality, intellectual-property, governing-law and dispute-resolution clauses, among others, survive the termination of this agreement.',
    original: '本协议项下之保证条款、保密条款、知识产权条款、法律适用及争议解决条款等内容，不因本协议的终止而失效。',
    uncheckable: 'Survival concerns which clauses outlast termination, which no account setting shows.',
  },
] as const satisfies readonly Clause[];
