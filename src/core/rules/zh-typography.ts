import type { Localized } from '../model';
import { nonProseMask } from '../parse/prose';
import { bodySpan } from './support';
import { definePostRule } from './types';
import { scanTypography, type Spacing, type TypographyKind } from './zh-typography-scan';

type Options = { spacing: Spacing; punctuation: boolean; repeatedMarks: boolean; fullWidthAlphanumerics: boolean };

const FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ]/g;
const CHINESE_OR_FULL_WIDTH = /[\u3400-\u9fff\uf900-\uffef\ud840-\ud8bf]/g;

/** Whether a global pattern matches inside `[from, to)` of the text, without copying that part out. */
function contains(pattern: RegExp, text: string, from: number, to: number): boolean {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match !== null && match.index < to;
}
const toHalfWidth = (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xfee0);

/** The fix title of each finding's kind. */
const FIX_OF = {
  spaceMissing: 'addSpace',
  spaceExtra: 'removeSpace',
  halfWidthPunctuation: 'useFullWidth',
  repeatedMarks: 'removeMarks',
  fullWidthAlphanumerics: 'useHalfWidth',
} as const satisfies Record<TypographyKind, string>;

const messages: Readonly<Record<TypographyKind | (typeof FIX_OF)[TypographyKind], Localized>> = {
  spaceMissing: { en: 'Put a space between Chinese and Latin letters or digits: "{{found}}"', 'zh-CN': '中文与英文字母、数字之间需要空格：“{{found}}”' },
  spaceExtra: { en: 'No space between Chinese and Latin letters or digits (spacing: never)', 'zh-CN': '中文与英文字母、数字之间不加空格（spacing: never）' },
  halfWidthPunctuation: { en: 'Use full-width "{{replacement}}" instead of "{{found}}" in a Chinese sentence', 'zh-CN': '中文句子中应使用全角标点“{{replacement}}”，而不是“{{found}}”' },
  repeatedMarks: { en: 'No more than two ！ or ？ in a row: remove "{{found}}"', 'zh-CN': '感叹号、问号连用不超过两个：删去“{{found}}”' },
  fullWidthAlphanumerics: { en: 'Use half-width letters and digits: "{{found}}" → "{{halfWidth}}"', 'zh-CN': '字母和数字应使用半角：“{{found}}”→“{{halfWidth}}”' },
  addSpace: { en: 'Add a space', 'zh-CN': '添加空格' },
  removeSpace: { en: 'Remove the space', 'zh-CN': '删除空格' },
  useFullWidth: { en: 'Replace with "{{replacement}}"', 'zh-CN': '替换为“{{replacement}}”' },
  removeMarks: { en: 'Remove the extra marks', 'zh-CN': '删去多余的标点' },
  useHalfWidth: { en: 'Replace with "{{halfWidth}}"', 'zh-CN': '替换为“{{halfWidth}}”' },
};

export const zhTypographyRule = definePostRule<Options>()({
  meta: {
    id: 'zh-typography',
    defaultSeverity: 'info',
    description: {
      en: 'Chinese copy conventions in the body: spaces between Chinese and Latin letters or digits, full-width punctuation in Chinese sentences, at most two ！/？, half-width letters and digits.',
      'zh-CN': '正文的中文排版规范：中英文、数字之间加空格，中文句子使用全角标点，！/？ 连用不超过两个，字母和数字使用半角。',
    },
    options: {
      spacing: {
        type: 'enum',
        values: ['always', 'never', 'off'],
        default: 'always',
        description: { en: 'Space between Chinese and Latin letters or digits: always, never, or not checked (off).', 'zh-CN': '中文与英文字母、数字之间的空格：always 必须有，never 不能有，off 不检查。' },
      },
      punctuation: { type: 'boolean', default: true, description: { en: 'Check for half-width ,.!?:; in Chinese sentences.', 'zh-CN': '检查中文句子中的半角 ,.!?:;。' } },
      repeatedMarks: { type: 'boolean', default: true, description: { en: 'Check for more than two ！/？ in a row.', 'zh-CN': '检查连用两个以上的！/？。' } },
      fullWidthAlphanumerics: { type: 'boolean', default: true, description: { en: 'Check for full-width letters and digits (ＡＢＣ１２３).', 'zh-CN': '检查全角字母和数字（ＡＢＣ１２３）。' } },
    },
    fixable: true,
    messages,
  },
  checkPost(post, context) {
    const text = post.source.text;
    const body = bodySpan(post);
    // a body without a single Han or full-width character has nothing to check: English posts cost one scan
    if (!contains(CHINESE_OR_FULL_WIDTH, text, body.start, body.end)) return;
    // Code, URLs and mentions are found in the text as the fixes leave it: with full-width letters and digits
    // already half-width, so that \`a@b.cnｂ\` is one address before the fix as after it, and a second fix-all has
    // nothing left to do.
    const normalize = context.options.fullWidthAlphanumerics && contains(FULL_WIDTH_ALPHANUMERIC, text, body.start, body.end);
    const maskSource = normalize ? text.replace(FULL_WIDTH_ALPHANUMERIC, toHalfWidth) : text;
    const nonProse = nonProseMask(maskSource, body.start, body.end);
    for (const finding of scanTypography(text, body.start, body.end, nonProse, context.options)) {
      const data = { found: finding.found, replacement: finding.replacement, halfWidth: finding.replacement.trim() };
      context.report({ messageId: finding.kind, data, span: finding.span, fix: { messageId: FIX_OF[finding.kind], data, edits: [finding.edit] } });
    }
  },
});
