import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packDocsMarkdown } from '../../../src/core/compliance/packDocs';
import { BANNED_PACKS, PACK_IDS } from '../../../src/core/compliance/packs';
import { TermMatcher } from '../../../src/core/match/termMatcher';
import { lintWorkspace } from '../../support/ruleTester';

const REPO = path.resolve(__dirname, '../../../..');
const adPost = (body: string) => `---\ntitle: 推广\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: ad\n---\n${body}\n`;

/** The banned-words terms found in one ad post with the given packs on. */
function termsFound(body: string, packs: readonly string[]): string[] {
  const { diagnostics } = lintWorkspace({ options: { packs: [...packs] }, posts: { 'posts/a.md': adPost(body) } }, 'banned-words');
  return diagnostics.filter((diagnostic) => diagnostic.ruleId === 'banned-words').map((diagnostic) => String(diagnostic.data.term));
}

/** Per pack: ad sentences and the claims each must be found for, and ordinary sentences it must leave alone. */
const PACK_CASES: Readonly<Record<string, { find: ReadonlyArray<[string, string[]]>; pass: readonly string[] }>> = {
  'ad-law': {
    find: [
      ['国家级品质，只为宝宝的最佳成长。', ['国家级', '最佳']],
      ['最高级配方奶粉，全网最低价！', ['最高级', '全网最低']],
      ['销量全国第一，国产第一品牌。', ['全国第一', '第一品牌']],
      ['采用顶级奶源和顶级工艺，世界级标准。', ['顶级奶源', '顶级工艺', '世界级']],
      ['全网销量第一的最先进吸奶器，最优惠的价格。', ['全网销量第一', '最先进', '最优惠']],
      ['史上最便宜，全球第一，最顶级的享受。', ['史上最便宜', '全球第一', '最顶级']],
      ['最优品质，最佳之选。', ['最优品质', '最佳']],
      ['顶级品牌，顶级口感，顶级体验。', ['顶级品牌', '顶级口感', '顶级体验']],
    ],
    pass: ['这是前端工程的最佳实践。', '顶级域名由注册局管理。', '他是最优秀的工程师之一。', '影片获得奥斯卡最佳影片。', '宝宝第一次翻身。', '全国第一个试点社区。', '发布了最高级别预警。', '国家级非遗项目。', '这道题的最优解是贪心。'],
  },
  medical: {
    find: [
      ['这款足贴包治百病，药到病除！', ['包治百病', '药到病除']],
      ['纯天然，无副作用，永不复发。', ['无副作用', '永不复发']],
      ['一贴见效，彻底根治腰痛。', ['一贴见效', '彻底根治']],
      ['排毒养颜茶，消炎杀菌。', ['排毒养颜', '消炎杀菌']],
    ],
    pass: ['药物并非无副作用，请遵医嘱。', '这种病目前尚无法根治。', '医生开了消炎药。', '奶瓶要高温杀菌。'],
  },
  'infant-formula': {
    find: [
      ['配方母乳化，营养接近母乳。', ['母乳化', '接近母乳']],
      ['可以完全替代母乳的新一代奶粉。', ['替代母乳']],
      ['进口奶源，生态牧场，零添加。', ['进口奶源', '生态牧场', '零添加']],
      ['添加DHA，益智又健康，人乳化配方。', ['益智', '人乳化']],
    ],
    pass: ['配方奶不能代替母乳。', '奶粉无法替代母乳。', '推荐几款益智玩具。', '周末玩益智游戏。', '宝宝第一次喝奶粉。'],
  },
  'health-food': {
    find: [
      ['本品保证有效，无效退款。', ['保证有效', '无效退款']],
      ['防癌抗癌，降三高，可以代替药物。', ['防癌抗癌', '降三高', '代替药物']],
      ['100%有效，绝对安全，零副作用。', ['100%有效', '绝对安全', '零副作用']],
    ],
    pass: ['本品不能代替药物。', '社区开展防癌筛查。', '新的抗癌药进入医保。', '这个方法并非无副作用。'],
  },
  cosmetics: {
    find: [
      ['药妆级精华，消炎祛痘。', ['药妆', '消炎祛痘']],
      ['医学护肤品，祛除皱纹，丰胸紧致。', ['医学护肤品', '祛除皱纹', '丰胸']],
      ['医用级面膜，抗敏修护，祛疤。', ['医用级', '抗敏修护', '祛疤']],
    ],
    pass: ['护肤品不是药。', '防晒霜要提前涂。', '皮肤过敏要及时就医。'],
  },
  finance: {
    find: [
      ['保本保息，年化8%，稳赚不赔。', ['保本保息', '稳赚不赔']],
      ['零风险高回报，保证收益。', ['零风险', '保证收益']],
      ['本金无忧，刚性兑付，躺赚。', ['本金无忧', '刚性兑付', '躺赚']],
    ],
    pass: ['理财产品不保本。', '打破刚性兑付是大势所趋。', '无风险利率是定价的基准。', '投资不存在零风险。', '我们不保证收益。'],
  },
};

describe('banned-words packs', () => {
  it('has a table for every pack', () => assert.deepEqual(Object.keys(PACK_CASES).sort(), [...PACK_IDS].sort()));
  for (const [packId, { find, pass }] of Object.entries(PACK_CASES)) {
    describe(packId, () => {
      for (const [sentence, terms] of find) it(`finds ${terms.join(', ')} in "${sentence}"`, () => assert.deepEqual(termsFound(sentence, [packId]), terms));
      it('leaves its ordinary sentences alone', () => assert.deepEqual(pass.flatMap((sentence) => termsFound(sentence, [packId]).map((term) => `${term} in ${sentence}`)), []));
    });
  }

  it('finds nothing in the ordinary-prose corpus with every pack on, in an ad post', () => {
    const corpus = fs.readFileSync(path.join(REPO, 'test/fixtures/banned-words/ordinary-prose.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
    assert.ok(corpus.length >= 150, `${corpus.length} sentences`);
    const { diagnostics } = lintWorkspace({ options: { packs: [...PACK_IDS] }, posts: Object.fromEntries(corpus.map((sentence, index) => [`posts/${index}.md`, adPost(sentence)])) }, 'banned-words');
    const hits = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'banned-words').map((diagnostic) => `${diagnostic.data.term} in ${corpus[Number(diagnostic.file.slice(6, -3))]}`);
    assert.deepEqual(hits, []);
  });

  it('are listed on the docs page exactly as the data has them (run `npm run docs:packs` after changing a pack)', () => {
    assert.ok(fs.readFileSync(path.join(REPO, 'docs/rules/banned-words.md'), 'utf8').includes(packDocsMarkdown()));
  });

  describe('data', () => {
    const allTerms = BANNED_PACKS.flatMap((pack) => pack.groups.flatMap((group) => group.terms.map((entry) => entry.term)));
    for (const pack of BANNED_PACKS) {
      const terms = pack.groups.flatMap((group) => group.terms);
      it(`${pack.id}: every term is found on its own, and no term is listed twice`, () => {
        assert.equal(new Set(terms.map((entry) => entry.term)).size, terms.length);
        for (const { term } of terms) assert.deepEqual(termsFound(`「${term}」`, [pack.id]), [term]);
      });
      it(`${pack.id}: every exception holds one of its terms (else it is dead weight)`, () => {
        const matcher = new TermMatcher(terms.map((entry) => entry.term));
        for (const exception of pack.exceptions) assert.ok([...matcher.hits(exception)].length > 0, `exception ${exception}`);
      });
      it(`${pack.id}: no suggestion is itself a banned term, so a fix never needs fixing`, () => {
        const matcher = new TermMatcher(allTerms);
        for (const { term, suggestion } of terms) if (suggestion) assert.deepEqual([...matcher.hits(suggestion)], [], `${term} → ${suggestion}`);
      });
    }
  });
});
