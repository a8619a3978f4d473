import { adDisclosureRule } from '../../../src/core/rules/ad-disclosure';
import { post, testRule } from '../../support/ruleTester';

const fm = (title: string, type = 'ad') => `---\ntitle: ${title}\ngroup: mom-vip\npublish: 2026-11-23 10:00\ntype: ${type}\n---\n`;

testRule(adDisclosureRule, {
  valid: [
    { name: 'labelled in the title', ...post(`${fm('【广告】冬季奶粉特惠')}限时优惠。\n`) },
    { name: 'labelled in the body', ...post(`${fm('冬季奶粉特惠')}本条为推广信息。\n`) },
    { name: '#AD in any case', ...post(`${fm('Winter sale')}#AD limited offer\n`) },
    { name: '[ad]', ...post(`${fm('Winter sale')}[ad] limited offer\n`) },
    { name: 'labelled beside a comment', ...post(`${fm('冬季奶粉特惠')}<!-- 内部备注 -->【广告】限时优惠\n`) },
    { name: 'not an ad', ...post(`${fm('辅食教程', 'practical')}正文\n`) },
    { name: 'a team label', ...post(`${fm('冬季奶粉特惠')}【赞助】\n`, { options: { labels: ['赞助'] } }) },
    { name: 'a Latin label as a word, before punctuation', ...post(`${fm('Winter sale')}Limited offer (#ad).\n`) },
    { name: 'a link whose text is a label', ...post(`${fm('冬季新品')}[广告](https://example.com/about-ads) 新品\n`) },
  ],
  invalid: [
    {
      name: 'an ad without a label, on its type value, with a fix that labels the title',
      ...post(`${fm('冬季奶粉特惠')}限时优惠，快来抢购！\n`),
      errors: [{ messageId: 'unlabelled', line: 5, column: 7, endColumn: 9 }],
      output: `${fm('【广告】冬季奶粉特惠')}限时优惠，快来抢购！\n`,
    },
    { name: 'a quoted title is labelled inside its quotes', ...post(`${fm('"冬季奶粉特惠"')}正文\n`), errors: [{ messageId: 'unlabelled', line: 5, column: 7 }], output: `${fm('"【广告】冬季奶粉特惠"')}正文\n` },
    { name: 'a label in an HTML comment, which readers never see', ...post(`${fm('冬季奶粉特惠')}快来买 <!-- 广告 -->\n`), errors: [{ messageId: 'unlabelled', line: 5, column: 7 }], output: `${fm('【广告】冬季奶粉特惠')}快来买 <!-- 广告 -->\n` },
    { name: 'a label in a comment beside the title', ...post(`${fm('冬季奶粉特惠 # 广告')}快来买\n`), errors: [{ messageId: 'unlabelled', line: 5, column: 7 }], output: `${fm('【广告】冬季奶粉特惠 # 广告')}快来买\n` },
    {
      name: 'thousands of team labels: found in one pass, ten of them named',
      ...post(`${fm('冬季奶粉特惠')}${'正文'.repeat(50_000)}\n`, { options: { labels: Array.from({ length: 5000 }, (_, index) => `标签${index}`) } }),
      errors: [{ messageId: 'unlabelled', line: 5, column: 7, data: { labels: `${Array.from({ length: 10 }, (_, index) => `"标签${index}"`).join(', ')}, …` } }],
      output: `${fm('【标签0】冬季奶粉特惠')}${'正文'.repeat(50_000)}\n`,
    },
    { name: 'a word that starts like a Latin label is no label (#adidas)', ...post(`${fm('冬季新品')}#adidas 新品\n`), errors: [{ messageId: 'unlabelled', line: 5, column: 7 }], output: `${fm('【广告】冬季新品')}#adidas 新品\n` },
    { name: 'a link reads as its text: [ad](url) shows "ad"', ...post(`${fm('冬季新品')}[ad](https://example.com) 新品\n`), errors: [{ messageId: 'unlabelled', line: 5, column: 7 }], output: `${fm('【广告】冬季新品')}[ad](https://example.com) 新品\n` },
    { name: 'team labels replace the defaults', ...post(`${fm('广告：冬季奶粉')}正文\n`, { options: { labels: ['赞助'] } }), errors: [{ messageId: 'unlabelled', line: 5, column: 7 }], output: `${fm('【赞助】广告：冬季奶粉')}正文\n` },
  ],
});
