import { readableSpans } from './support';
import { definePostRule } from './types';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARS = '10X98765432';
const MOBILE = /^1[3-9]\d{9}$/;
// A digit run, with the X an ID number may end in.
const DIGIT_RUN = /[0-9]+[Xx]?/g;

/** GB 11643 (ISO 7064 MOD 11-2) check character of an 18-character resident ID number. */
export function isValidResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += Number(id[index]) * ID_WEIGHTS[index];
  return ID_CHECK_CHARS[sum % 11] === id[17].toUpperCase();
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

type Kind = 'mobile' | 'residentId' | 'bankCard';

/** What a whole digit run is, if personal data: runs are never split, so a number inside a longer run is not a hit. */
function classify(run: string): { kind: Kind; length: number } | undefined {
  const endsWithX = /[Xx]$/.test(run);
  if (endsWithX && run.length === 18) return isValidResidentId(run) ? { kind: 'residentId', length: 18 } : undefined;
  const digits = endsWithX ? run.slice(0, -1) : run;
  if (digits.length === 11 && MOBILE.test(digits)) return { kind: 'mobile', length: 11 };
  if (digits.length === 18 && isValidResidentId(digits)) return { kind: 'residentId', length: 18 };
  if (digits.length >= 16 && digits.length <= 19 && passesLuhn(digits)) return { kind: 'bankCard', length: digits.length };
  return undefined;
}

function mask(value: string): string {
  return value.length <= 7 ? '*'.repeat(value.length) : `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`;
}

export const personalInfoRule = definePostRule({
  meta: {
    id: 'personal-info',
    scope: 'post',
    defaultSeverity: 'error',
    description: {
      en: 'No personal data in posts (PIPL): mainland mobile numbers, resident ID numbers, bank card numbers.',
      'zh-CN': '帖子中不出现个人信息（个人信息保护法）：大陆手机号、身份证号、银行卡号。',
    },
    options: {},
    fixable: false,
    messages: {
      mobile: { en: 'Mobile phone number {{masked}}: remove personal information (PIPL)', 'zh-CN': '手机号 {{masked}}：请删除个人信息（个人信息保护法）' },
      residentId: { en: 'Resident ID number {{masked}}: remove personal information (PIPL)', 'zh-CN': '身份证号 {{masked}}：请删除个人信息（个人信息保护法）' },
      bankCard: { en: 'Bank card number {{masked}}: remove personal information (PIPL)', 'zh-CN': '银行卡号 {{masked}}：请删除个人信息（个人信息保护法）' },
    },
  },
  checkPost(post, context) {
    const text = post.source.text;
    for (const span of readableSpans(post)) {
      const slice = text.slice(span.start, span.end);
      for (const match of slice.matchAll(DIGIT_RUN)) {
        if (match[0].length < 11) continue;
        const found = classify(match[0]);
        if (!found) continue;
        const start = span.start + (match.index ?? 0);
        context.report({ messageId: found.kind, data: { masked: mask(match[0].slice(0, found.length)) }, span: { start, end: start + found.length } });
      }
    }
  },
});
