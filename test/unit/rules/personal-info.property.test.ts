import * as assert from 'node:assert/strict';
import { proseLines } from '../../../src/core/parse/prose';
import { readPost } from '../../../src/core/parse/post';
import { findPersonalData, halfWidth } from '../../../src/core/rules/personal-data';
import { seededRandom } from '../../support/random';
import { environmentFor, FRONT_MATTER } from '../../support/typography';
import { evaluatePost } from '../../../src/core/rules/evaluate';

/** Random posts per run; PERSONAL_INFO_CASES=20000 for a longer search (a failure names its seed to replay). */
const CASES = Number(process.env.PERSONAL_INFO_CASES ?? 600);

/** Pieces of personal data, their look-alikes and what stands around them, with line breaks among them. */
const PIECES = [
  '13812345678', '138 1234 5678', '138-1234-5678', '+86 13812345678', '(+86)13812345678', '１３８１２３４５６７８', '11010519491231002X',
  '110105491231002', '6222021234567890128', '6222 0212 3456 7890', 'a@qq.cn', 'ａ＠ｑｑ．ｃｎ', 'git@x.cn', '微信', '微信号：', 'VX', 'ｖｘ',
  'WeChat ', 'weixin', 'abc_123', 'mom_2024', '身份证', '卡号', '订单', '1', '2026', '-', ' ', '：', '？', '/', '.', '#', '#话题#',
  '@小李', '`', '`13812345678`', '[链接](https://a.cn/13812345678)', 'https://a.cn/?p=13812345678', '\n', '\n\n', '\r\n',
  '\n```\n13812345678\n```\n', '\n    13812345678\n', '中', '文', '宝宝', 'x', 'hat', 'ｈａｔ', 'Tel', 'tel:', '<b>', '<!-- 13812345678 -->',
  '２０２６', '１３８', '12', '138', 'V信', 'Ｖ信', '薇信', '信', 'ＷＸ', 'Wx', 'ｗｅｉｘｉｎ', 'ＷｅＣｈａｔ：', 'Ｗｅｃｈａｔ', 'e', 'W', '微',
];

function randomBody(random: () => number): string {
  const length = 1 + Math.floor(random() * 40);
  return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}

/** The finders on the whole body at once, masked and made half-width as one text: what the rule reads line by line. */
function wholeTextHits(text: string): string[] {
  const post = readPost('posts/a.md', text);
  const span = { start: post.frontMatter.bodyStart, end: text.length };
  const prose = halfWidth(Array.from(proseLines(text, span), (line) => line.text).join('\n'));
  return findPersonalData(prose, '2026-11-20').map((hit) => `${hit.kind} ${span.start + hit.start}-${span.start + hit.end}`);
}

describe('personal-info line by line', () => {
  it(`finds what the finders find in the whole body at once (${CASES} seeded random posts)`, () => {
    const environment = environmentFor('');
    let found = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const text = FRONT_MATTER + randomBody(seededRandom(seed));
      const reported = evaluatePost('posts/a.md', text, environment)
        .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'personal-info' && diagnostic.span.start >= FRONT_MATTER.length)
        .map((diagnostic) => `${diagnostic.messageId} ${diagnostic.span.start}-${diagnostic.span.end}`);
      const expected = wholeTextHits(text);
      found += expected.length;
      assert.deepEqual(reported, expected, `seed ${seed}\n${JSON.stringify(text)}`);
    }
    // the pieces make personal data often enough for the comparison to mean something
    assert.ok(found > CASES, `only ${found} hits in ${CASES} posts`);
  });
});
