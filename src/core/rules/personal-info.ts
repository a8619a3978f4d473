import { proseLines } from '../parse/prose';
import { findPersonalData, halfWidth, mayHoldPersonalData, type PersonalDataHit, type PersonalDataKind } from './personal-data';
import { readableSpans } from './support';
import { definePostRule } from './types';

type Options = Record<PersonalDataKind, boolean>;

/** First 3 and last 4 characters kept (`138****5678`); an e-mail keeps its first character and domain; a WeChat id its first 2. */
function mask(hit: PersonalDataHit): string {
  const { value } = hit;
  if (hit.kind === 'email') return `${value[0]}***${value.slice(value.indexOf('@'))}`;
  if (hit.kind === 'wechat') return `${value.slice(0, 2)}${'*'.repeat(value.length - 2)}`;
  return value.length <= 7 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

function kindSwitch(en: string, zh: string): { type: 'boolean'; default: boolean; description: { en: string; 'zh-CN': string } } {
  return { type: 'boolean', default: true, description: { en: `Find ${en}.`, 'zh-CN': `检查${zh}。` } };
}

export const personalInfoRule = definePostRule<Options>()({
  meta: {
    id: 'personal-info',
    defaultSeverity: 'error',
    description: {
      en: 'No personal data in posts (PIPL): mainland mobile numbers, resident ID numbers, bank card numbers, e-mail addresses, WeChat ids.',
      'zh-CN': '帖子中不出现个人信息（个人信息保护法）：大陆手机号、身份证号、银行卡号、邮箱地址、微信号。',
    },
    options: {
      mobile: kindSwitch('mainland mobile numbers', '大陆手机号'),
      idCard: kindSwitch('resident ID numbers (18 and 15 digits)', '身份证号（18 位及 15 位）'),
      bankCard: kindSwitch('bank card numbers', '银行卡号'),
      email: kindSwitch('e-mail addresses', '邮箱地址'),
      wechat: kindSwitch('WeChat ids written after 微信/VX/wx', '写在“微信/VX/wx”后的微信号'),
    },
    fixable: false,
    messages: {
      mobile: { en: 'Mobile phone number {{masked}}: remove personal information (PIPL)', 'zh-CN': '手机号 {{masked}}：请删除个人信息（个人信息保护法）' },
      idCard: { en: 'Resident ID number {{masked}}: remove personal information (PIPL)', 'zh-CN': '身份证号 {{masked}}：请删除个人信息（个人信息保护法）' },
      bankCard: { en: 'Bank card number {{masked}}: remove personal information (PIPL)', 'zh-CN': '银行卡号 {{masked}}：请删除个人信息（个人信息保护法）' },
      email: { en: 'E-mail address {{masked}}: remove personal information (PIPL)', 'zh-CN': '邮箱地址 {{masked}}：请删除个人信息（个人信息保护法）' },
      wechat: { en: 'WeChat id {{masked}}: remove personal information (PIPL)', 'zh-CN': '微信号 {{masked}}：请删除个人信息（个人信息保护法）' },
    },
  },
  checkPost(post, context) {
    const kinds = context.options;
    if (!Object.values(kinds).some(Boolean)) return;
    for (const span of readableSpans(post)) {
      // line by line: the finders see no further (see personal-data), and most lines of an article hold nothing they need
      for (const line of proseLines(post.source.text, span, mayHoldPersonalData)) {
        const offset = span.start + line.start;
        for (const hit of findPersonalData(halfWidth(line.text), context.workspace.today)) {
          if (!kinds[hit.kind]) continue;
          context.report({ messageId: hit.kind, data: { masked: mask(hit) }, span: { start: offset + hit.start, end: offset + hit.end } });
        }
      }
    }
  },
});
