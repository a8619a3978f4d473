import { bare, suggested, type BannedPack } from './pack';

const NEGATIONS = ['不', '不能', '无法', '不会', '并非', '不是', '没有', '不存在', '打破'];

/** Advertising Law art. 25 (1): investment ads may not promise returns, principal or no risk. */
export const FINANCE_PACK: BannedPack = {
  id: 'finance',
  claim: { en: 'a promise of returns an investment ad may not make', 'zh-CN': '投资类广告不得作出的收益承诺' },
  groups: [
    {
      source: { en: 'Advertising Law art. 25 (1) (no guarantee of returns, principal or no risk)', 'zh-CN': '《广告法》第二十五条第（一）项（不得对收益作保证性承诺，不得明示或者暗示保本、无风险或者保收益）' },
      terms: [
        ...bare('保本保息', '保本保收益', '保本高收益', '保证本金', '保收益', '保证收益', '保底收益', '收益保证', '保证盈利', '稳赚不赔', '只赚不赔', '稳赚不亏', '稳赚', '包赚', '躺赚', '本金无忧', '刚性兑付', '高收益零风险'),
        ...suggested({ 零风险: '风险较低', 无风险: '风险较低' }),
      ],
    },
  ],
  exceptions: [
    ...['保本保息', '保证本金', '保收益', '保证收益', '零风险', '无风险', '刚性兑付'].flatMap((claim) => NEGATIONS.map((negation) => `${negation}${claim}`)),
    ...['利率', '收益率', '资产', '套利'].map((word) => `无风险${word}`),
  ],
};
