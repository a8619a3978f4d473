import * as assert from 'node:assert/strict';
import { BUILT_IN_BANNED_TERMS } from '../../../src/core/rules/banned-terms';
import { bannedWordsRule } from '../../../src/core/rules/banned-words';
import { post, testRule } from '../../support/ruleTester';

const fm = (title = '辅食教程') => `---\ntitle: ${title}\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\n---\n`;

testRule(bannedWordsRule, {
  valid: [
    { name: 'ordinary words that look like claims: 第一次, 最好, 唯一, 第一步', ...post(`${fm()}宝宝第一次吃辅食，最好从米粉开始，第一步是少量尝试，这是唯一需要注意的。\n`) },
    { name: 'a built-in term the team allows', ...post(`${fm()}顶级原料。\n`, { options: { allow: ['顶级'] } }) },
    { name: 'a latin user word inside a longer word', ...post(`${fm()}Our checkout is secure.\n`, { options: { words: ['cure'] } }) },
    { name: 'banned words in other front-matter fields are not read', ...post('---\ntitle: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\ntags: [最佳]\n---\n') },
    { name: 'silenced for the next line', ...post(`${fm()}<!-- ccal-disable-next-line banned-words -->\n最佳选择\n`) },
    { name: 'a switch reads rule ids in any case', ...post(`${fm()}<!-- ccal-disable Banned-Words -->\n最佳选择\n`) },
  ],
  invalid: [
    {
      name: 'a switch that names only other or misspelt rules turns nothing else off',
      ...post(`${fm()}<!-- ccal-disable Personal-Info, banned_words -->\n最佳选择\n`),
      errors: [{ messageId: 'bannedWithSuggestion', line: 8, column: 1, endColumn: 3 }],
      output: `${fm()}<!-- ccal-disable Personal-Info, banned_words -->\n优质选择\n`,
    },
    {
      name: 'the three terms the law names, each at its spot, with suggestions where there are any',
      ...post(`${fm()}国家级专家推荐，最高级配方，\n最佳营养。\n`),
      errors: [
        { messageId: 'bannedWithSuggestion', line: 7, column: 1, endColumn: 4, data: { term: '国家级', suggestion: '专业级' } },
        { messageId: 'bannedWithSuggestion', line: 7, column: 9, endColumn: 12, data: { term: '最高级', suggestion: '高级' } },
        { messageId: 'bannedWithSuggestion', line: 8, column: 1, endColumn: 3, data: { term: '最佳', suggestion: '优质' } },
      ],
      output: `${fm()}专业级专家推荐，高级配方，\n优质营养。\n`,
    },
    {
      name: '国家级, 世界级 and the 第一 claims, each replaced where it usually stands',
      ...post(`${fm()}国家级品质，世界级工艺，销量全网第一，全国第一，行业第一。\n`),
      errors: [
        { messageId: 'bannedWithSuggestion', line: 7, column: 1, data: { term: '国家级', suggestion: '专业级' } },
        { messageId: 'bannedWithSuggestion', line: 7, column: 7, data: { term: '世界级', suggestion: '高水准' } },
        { messageId: 'bannedWithSuggestion', line: 7, column: 15, data: { term: '全网第一', suggestion: '全网领先' } },
        { messageId: 'bannedWithSuggestion', line: 7, column: 20, data: { term: '全国第一', suggestion: '全国领先' } },
        { messageId: 'bannedWithSuggestion', line: 7, column: 25, data: { term: '行业第一', suggestion: '行业领先' } },
      ],
      output: `${fm()}专业级品质，高水准工艺，销量全网领先，全国领先，行业领先。\n`,
    },
    { name: 'in the title', ...post(fm('全网最低价奶粉')), errors: [{ messageId: 'bannedWithSuggestion', line: 2, column: 8, endColumn: 12, data: { term: '全网最低', suggestion: '超低' } }] },
    { name: 'in a quoted title, at the exact column', ...post(fm('"宝宝的最佳伙伴"')), errors: [{ messageId: 'bannedWithSuggestion', line: 2, column: 12, endColumn: 14 }], output: fm('"宝宝的优质伙伴"') },
    { name: 'the longest term wins (最高级, not a user\'s 最高)', ...post(`${fm()}最高级\n`, { options: { words: ['最高'] } }), errors: [{ messageId: 'bannedWithSuggestion', line: 7, column: 1, endColumn: 4, data: { term: '最高级', suggestion: '高级' } }] },
    { name: 'a team word, case-insensitive, named as the team\'s (not the law\'s)', ...post(`${fm()}This is a MIRACLE cure.\n`, { options: { words: ['miracle'] } }), errors: [{ messageId: 'teamWord', line: 7, column: 11, data: { term: 'MIRACLE' } }] },
    { name: 'a team word with the team\'s suggestion', ...post(`${fm()}秒杀价\n`, { options: { words: ['秒杀'], suggestions: { 秒杀: '限时' } } }), errors: [{ messageId: 'teamWordWithSuggestion', line: 7, column: 1 }], output: `${fm()}限时价\n` },
    {
      name: 'a team word of 10 000 characters (once a regex that overflowed the stack)',
      ...post(`${fm()}x ${'a'.repeat(10_000)} y ${'a'.repeat(10_001)}\n`, { options: { words: ['A'.repeat(10_000)] } }),
      errors: [{ messageId: 'teamWord', line: 7, column: 3, endColumn: 10_003 }],
    },
    {
      name: 'a shorter term where the longer one is not a whole word',
      ...post(`${fm()}try foo-barx\n`, { options: { words: ['foo', 'foo-bar'] } }),
      errors: [{ messageId: 'teamWord', line: 7, column: 5, endColumn: 8, data: { term: 'foo' } }],
    },
    { name: 'CRLF bodies keep positions', ...post(`${fm()}第一行\r\n最佳\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')), errors: [{ messageId: 'bannedWithSuggestion', line: 8, column: 1 }] },
  ],
});

describe('banned-words built-in terms', () => {
  it('each has a suggestion that is not itself a built-in term, so each has a quick fix', () => {
    for (const [term, suggestion] of Object.entries(BUILT_IN_BANNED_TERMS)) {
      assert.ok(suggestion, `${term} has a suggestion`);
      assert.ok(!Object.keys(BUILT_IN_BANNED_TERMS).some((banned) => suggestion.includes(banned)), `${term} → ${suggestion} is banned itself`);
    }
  });
});
