import * as assert from 'node:assert/strict';
import { seededRandom } from '../../support/random';
import { environmentFor, FRONT_MATTER, fixAll, typographyFindings } from '../../support/typography';

/** Random posts per run; ZH_TYPOGRAPHY_CASES=20000 for a longer search (a failure names its seed to replay). */
const CASES = Number(process.env.ZH_TYPOGRAPHY_CASES ?? 400);

/** Pieces random bodies are made of: prose next to every kind of Markdown and identifier the rule must leave alone. */
const PIECES = [
  '中', '文', '宝宝', '辅食', '一', '𠀀', 'a', 'Android', 'v1.2.3', '3', '100', '3.14', '1,000', '12:30', 'Ａ', 'ｂ', '１２',
  ',', '.', '!', '?', ':', ';', '！', '？', '!!', '？？？', '...', '，', '。', ' ', ' ', '  ', '\t', '\n', '\r\n', '\n\n',
  '`code,中`', '``a`b``', '`', '[链接](https://a.cn/中,文)', '![图](图a.png)', 'https://example.com/路径', 'www.a.cn',
  '@小李', '@', 'a@b.cn', '#话题#', '#', '# ', '{{name}}', '{{', '<b>', '</b>', '<!-- 注释a -->', '<!--', '-->',
  '**', '_', '- ', '1. ', '> ', '\n```\n中a,\n```\n', '\n    缩进a,\n', '~~~', '[x]: http://a.cn/中,', '%', '°C', ')', '(',
];

function randomBody(random: () => number): string {
  const length = 1 + Math.floor(random() * 40);
  return Array.from({ length }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
}

function randomOptions(random: () => number): string {
  const spacing = ['always', 'never', 'off'][Math.floor(random() * 3)];
  const flag = () => (random() < 0.8 ? 'true' : 'false');
  return `rules:\n  zh-typography: { spacing: ${spacing}, punctuation: ${flag()}, repeatedMarks: ${flag()}, fullWidthAlphanumerics: ${flag()} }\n`;
}

describe('zh-typography fix-all', function () {
  this.timeout(10_000);
  it(`is idempotent: after one fix-all nothing is left to fix and a second changes nothing (${CASES} seeded random posts)`, () => {
    const environments = new Map<string, ReturnType<typeof environmentFor>>();
    for (let seed = 1; seed <= CASES; seed++) {
      const random = seededRandom(seed);
      const options = randomOptions(random);
      const environment = environments.get(options) ?? environmentFor(options);
      environments.set(options, environment);
      const text = FRONT_MATTER + randomBody(random);
      const fixed = fixAll(text, typographyFindings(text, environment));
      const left = typographyFindings(fixed, environment);
      const context = `seed ${seed}, ${options.trim()}\n${JSON.stringify(text)}\n→ ${JSON.stringify(fixed)}`;
      assert.deepEqual(left.map((diagnostic) => `${diagnostic.messageId} ${JSON.stringify(fixed.slice(diagnostic.span.start, diagnostic.span.end))}`), [], context);
      assert.equal(fixAll(fixed, left), fixed, context);
    }
  });

  it('every finding of a random post has a fix', () => {
    const environment = environmentFor('');
    for (let seed = 1; seed <= 50; seed++) {
      for (const diagnostic of typographyFindings(FRONT_MATTER + randomBody(seededRandom(seed)), environment)) assert.ok(diagnostic.fix, diagnostic.messageId);
    }
  });
});

/**
 * CPU time of this process since `started`: the budgets are about the work done, and a machine shared by several
 * test runs (load 20 on 2 cores) stretches wall time many times over.
 */
function cpuMilliseconds(started: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

describe('zh-typography speed', function () {
  // the budgets are the assertions' (a loaded machine may take longer to build the texts than to check them)
  this.timeout(10_000);
  const environment = environmentFor('');
  it('checks a 1 MB post in under a second (0.2–0.4 s here), with the findings it would have in 20 KB, fifty times over', () => {
    const lines = [
      '各位宝妈好！今天是 11 月 23 日，我们聊聊 6 个月宝宝的第一口辅食，详见 https://example.com/a?id=1。',
      '运行 `npm install`，然后联系 @小李 或 service@example.com，参与 #辅食打卡# 活动，{{name}}你好。',
      '今天在Android上用了3天,效果很好!!!全角ＡＢＣ也要改。',
      '小米提前浸泡 30 分钟，南瓜去皮切块，蒸 15 分钟至软烂，[做法](https://example.com/做法,1)见这里。',
    ];
    const chunk = `${lines.join('\n')}\n`;
    const text = FRONT_MATTER + chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const started = process.cpuUsage();
    const found = typographyFindings(text, environment);
    const elapsed = cpuMilliseconds(started);
    assert.ok(found.length > 0);
    assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });

  it('checks 1 MB of short lines in under a second (a search that fails stops at its line: once each went to the end of the text)', () => {
    const text = FRONT_MATTER + '联系 @小李 或 #话题 {{x\n'.repeat(50_000);
    const started = process.cpuUsage();
    typographyFindings(text, environment);
    const elapsed = cpuMilliseconds(started);
    assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
  });

  for (const opener of ['<a', '![', '{{', '`', '``x', '@', '#中', 'http://', '](']) {
    it(`checks a 1 MB line of unclosed ${opener} in under a second (linear scans)`, () => {
      const text = `${FRONT_MATTER}中 ${`${opener} `.repeat(Math.ceil(1_000_000 / (opener.length + 1)))}`;
      const started = process.cpuUsage();
      typographyFindings(text, environment);
      const elapsed = cpuMilliseconds(started);
      assert.ok(elapsed < 1000, `${elapsed.toFixed(0)} ms`);
    });
  }
});
