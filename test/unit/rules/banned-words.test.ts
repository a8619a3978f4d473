import { bannedWordsRule } from '../../../src/core/rules/banned-words';
import { BASE_CONFIG, post, testRule } from '../../support/ruleTester';

const fm = (title = '辅食教程', type = 'practical') => `---\ntitle: ${title}\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: ${type}\n---\n`;
const ad = (title = '新品上市【广告】') => fm(title, 'ad');
const AD_LAW_SOURCE = 'Advertising Law art. 9 (3); SAMR guideline on absolute terms in ads (2023)';

/** BASE_CONFIG with banned-words settings at the top level, on the core tier and on the mom-vip group. */
function cascade(top: string, tier: string, group: string): string {
  return BASE_CONFIG.replace('    admins: [小李, 小王]\n', `    admins: [小李, 小王]\n    rules:\n      banned-words: ${group}\n`) + `tiers:\n  core: { rules: { banned-words: ${tier} } }\nrules:\n  banned-words: ${top}\n`;
}

testRule(bannedWordsRule, {
  valid: [
    { name: 'ordinary words that look like claims: 第一次, 最好, 唯一, 第一步', ...post(`${ad()}宝宝第一次吃辅食，最好从米粉开始，第一步是少量尝试，这是唯一需要注意的。\n`) },
    { name: 'compound exceptions: the longer ordinary word wins (最佳实践, 顶级域名, 最优秀, 奥斯卡最佳影片)', ...post(`${ad()}前端最佳实践；顶级域名 .cn；最优秀的学生；奥斯卡最佳影片；最佳赏味期两天。\n`) },
    { name: 'a word the team allows, and an ordinary compound it allows', ...post(`${ad()}国家级品质，我们是最佳拍档。\n`, { options: { allow: ['国家级', '最佳拍档'] } }) },
    { name: 'a latin user word inside a longer word', ...post(`${fm()}Our checkout is secure.\n`, { options: { words: ['cure'] } }) },
    { name: 'banned words in other front-matter fields are not read', ...post('---\ntitle: a\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: ad\ntags: [最佳]\n---\n') },
    { name: 'silenced for the next line', ...post(`${ad()}<!-- ccal-disable-next-line banned-words -->\n最佳选择\n`) },
    { name: 'a switch reads rule ids in any case', ...post(`${ad()}<!-- ccal-disable Banned-Words -->\n最佳选择\n`) },
    {
      name: 'nothing inside code, URLs, link targets, image paths, HTML comments or tags',
      ...post(`${ad()}\`最佳\` 和 \`\`国家级\`\`\n\`\`\`js\nconst 最佳 = 1;\n\`\`\`\n~~~\n顶级品质\n~~~\n见 https://example.com/最佳/国家级 和 www.example.com/最佳\n[链接](https://a.cn/最佳) ![图](img/最佳.png "t") <!-- 最佳 --> <img alt="最佳" src="最佳.png">\n[ref]: https://a.cn/国家级\n`),
    },
    { name: 'pack terms the post has not turned on (medical is not a default pack)', ...post(`${ad()}包治百病。\n`) },
    { name: 'pack terms in other posts when otherSeverity is off', ...post(`${fm()}最佳选择。\n`, { options: { otherSeverity: 'off' } }) },
    { name: 'negated claims state the rule: 不能代替母乳, 不保本, 不能代替药物', ...post(`${ad()}配方奶不能代替母乳；理财不保本；本品不能代替药物。\n`, { options: { packs: ['infant-formula', 'finance', 'health-food'] } }) },
    { name: 'a group adds packs to the top level, and a group without them does not get them', posts: { 'posts/a.md': `${ad().replace('mom-vip', 'mom-newbie')}包治百病。\n` }, config: cascade('{ packs: [finance] }', '{ }', '{ packs: [medical] }') },
  ],
  invalid: [
    {
      name: 'a switch that names only other or misspelt rules turns nothing else off',
      ...post(`${ad()}<!-- ccal-disable Personal-Info, banned_words -->\n最佳选择\n`),
      errors: [{ messageId: 'bannedWithSuggestion', line: 8, column: 1, endColumn: 3 }],
      output: `${ad()}<!-- ccal-disable Personal-Info, banned_words -->\n优质选择\n`,
    },
    {
      name: 'the three terms the law names, each at its spot, with its source and suggestion, as errors in an ad',
      ...post(`${ad()}国家级专家推荐，最高级配方，\n最佳营养。\n`),
      errors: [
        { messageId: 'bannedWithSuggestion', line: 7, column: 1, endColumn: 4, severity: 'error', message: `"国家级" is a banned absolute term (${AD_LAW_SOURCE}); consider "专业级"` },
        { messageId: 'bannedWithSuggestion', line: 7, column: 9, endColumn: 12, severity: 'error' },
        { messageId: 'bannedWithSuggestion', line: 8, column: 1, endColumn: 3, severity: 'error' },
      ],
      output: `${ad()}专业级专家推荐，高级配方，\n优质营养。\n`,
    },
    {
      name: 'the same terms are info in a practical post (otherSeverity) and the rule severity in an activity post',
      posts: { 'posts/a.md': `${fm()}最佳选择\n`, 'posts/b.md': `${fm('活动', 'activity')}最佳选择\n` },
      errors: [
        { messageId: 'bannedWithSuggestion', line: 7, column: 1, severity: 'info' },
        { file: 'posts/b.md', messageId: 'bannedWithSuggestion', line: 7, column: 1, severity: 'error' },
      ],
      output: { 'posts/a.md': `${fm()}优质选择\n`, 'posts/b.md': `${fm('活动', 'activity')}优质选择\n` },
    },
    {
      name: 'adTypes and otherSeverity are options',
      posts: { 'posts/a.md': `${fm()}最佳选择\n`, 'posts/b.md': `${fm('活动', 'activity')}最佳选择\n` },
      options: { adTypes: ['practical'], otherSeverity: 'warning' },
      errors: [
        { messageId: 'bannedWithSuggestion', line: 7, column: 1, severity: 'error' },
        { file: 'posts/b.md', messageId: 'bannedWithSuggestion', line: 7, column: 1, severity: 'warning' },
      ],
      output: { 'posts/a.md': `${fm()}优质选择\n`, 'posts/b.md': `${fm('活动', 'activity')}优质选择\n` },
    },
    {
      name: 'team words keep the rule severity in any post',
      ...post(`${fm()}秒杀价\n`, { options: { words: ['秒杀'] } }),
      errors: [{ messageId: 'teamWord', line: 7, column: 1, severity: 'error', message: '"秒杀" is on the team\'s list of banned words' }],
    },
    {
      name: '国家级, 世界级 and the 第一 claims, each replaced where it usually stands',
      ...post(`${ad()}国家级品质，世界级工艺，销量全网第一，全国第一，行业第一。\n`),
      errors: [
        { messageId: 'bannedWithSuggestion', line: 7, column: 1, data: { term: '国家级', suggestion: '专业级', claim: { en: 'a banned absolute term', 'zh-CN': '禁用的绝对化用语' }, source: { en: AD_LAW_SOURCE, 'zh-CN': '《广告法》第九条第（三）项；《广告绝对化用语执法指南》（2023）' } } },
        { messageId: 'bannedWithSuggestion', line: 7, column: 7 },
        { messageId: 'bannedWithSuggestion', line: 7, column: 15 },
        { messageId: 'bannedWithSuggestion', line: 7, column: 20 },
        { messageId: 'bannedWithSuggestion', line: 7, column: 25 },
      ],
      output: `${ad()}专业级品质，高水准工艺，销量全网领先，全国领先，行业领先。\n`,
    },
    { name: 'in the title', ...post(ad('全网最低价奶粉【广告】')), errors: [{ messageId: 'bannedWithSuggestion', line: 2, column: 8, endColumn: 12 }], output: ad('超低价奶粉【广告】') },
    { name: 'in a quoted title, at the exact column', ...post(ad('"宝宝的最佳伙伴【广告】"')), errors: [{ messageId: 'bannedWithSuggestion', line: 2, column: 12, endColumn: 14 }], output: ad('"宝宝的优质伙伴【广告】"') },
    {
      name: 'a title the first body heading repeats is reported once, in the title',
      ...post(`${ad('最佳伙伴【广告】')}\n# 最佳伙伴【广告】\n\n## 最佳伙伴【广告】\n`),
      errors: [{ messageId: 'bannedWithSuggestion', line: 2, column: 8 }, { messageId: 'bannedWithSuggestion', line: 10, column: 4 }],
      output: `${ad('优质伙伴【广告】')}\n# 最佳伙伴【广告】\n\n## 优质伙伴【广告】\n`,
    },
    { name: 'prose around code and links is still read', ...post(`${ad()}\`code\` 最佳 [最佳](https://a.cn)\n`), errors: [{ messageId: 'bannedWithSuggestion', line: 7, column: 8 }, { messageId: 'bannedWithSuggestion', line: 7, column: 12 }], output: `${ad()}\`code\` 优质 [优质](https://a.cn)\n` },
    { name: 'the longest term wins (最高级, not a user\'s 最高)', ...post(`${ad()}最高级\n`, { options: { words: ['最高'] } }), errors: [{ messageId: 'bannedWithSuggestion', line: 7, column: 1, endColumn: 4 }], output: `${ad()}高级\n` },
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
    { name: 'CRLF bodies keep positions', ...post(`${ad()}第一行\n最佳\n`.replace(/\n/g, '\r\n')), errors: [{ messageId: 'bannedWithSuggestion', line: 8, column: 1 }], output: `${ad()}第一行\n优质\n`.replace(/\n/g, '\r\n') },
    {
      name: 'packs, words and allow add up down the cascade: top level, tier and group',
      posts: { 'posts/a.md': `${ad()}包治百病，稳赚不赔，秒杀，拼团，国家级，最佳。\n` },
      config: cascade('{ packs: [medical], words: [秒杀], allow: [国家级] }', '{ packs: [finance], words: [拼团] }', '{ allow: [最佳] }'),
      errors: [
        { messageId: 'banned', line: 7, column: 1, data: { term: '包治百病', claim: { en: 'a medical claim a non-medical product may not make', 'zh-CN': '非医疗产品不得使用的医疗用语' }, source: { en: 'Advertising Law art. 17 (no disease-treatment claims outside drug and medical-device ads)', 'zh-CN': '《广告法》第十七条（药品、医疗器械以外的广告不得涉及疾病治疗功能）' } } },
        { messageId: 'banned', line: 7, column: 6 },
        { messageId: 'teamWord', line: 7, column: 11 },
        { messageId: 'teamWord', line: 7, column: 14 },
      ],
    },
    {
      name: 'a group\'s allow removes a term only for posts of that group',
      posts: { 'posts/a.md': `${ad()}最佳\n`, 'posts/b.md': `${ad().replace('mom-vip', 'mom-newbie')}最佳\n` },
      config: cascade('{ }', '{ }', '{ allow: [最佳] }'),
      errors: [{ file: 'posts/b.md', messageId: 'bannedWithSuggestion', line: 7, column: 1 }],
      output: { 'posts/b.md': `${ad().replace('mom-vip', 'mom-newbie')}优质\n` },
    },
  ],
});
