import { zhTypographyRule } from '../../../src/core/rules/zh-typography';
import { post, testRule } from '../../support/ruleTester';

const fm = `---\ntitle: 辅食教程\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\n---\n`;

/** An ordinary post, correctly typeset: nothing in it is a finding. */
const TYPESET_ARTICLE = `# 辅食添加第 1 周：南瓜小米粥

各位宝妈好！今天是 11 月 23 日，我们聊聊 6 个月宝宝的第一口辅食。

宝宝满 6 个月后，可以从强化铁的米粉开始，每天 1 次，每次 1～2 勺。
很多妈妈问：南瓜小米粥什么时候能吃？答案是 7 个月以后。

## 准备材料

- 南瓜 50 g，小米 20 g；
- 清水 300 ml；
- 一口小奶锅（我们用的是 Tefal 的 16 cm 款）。

## 做法

1. 小米提前浸泡 30 分钟。
2. 南瓜去皮切块，蒸 15 分钟至软烂。
3. 小米加水煮开，转小火熬 20 分钟。
4. 加入南瓜泥搅匀即可。

> 小贴士：第一次添加新食材时，连续观察 3 天，没有过敏再换下一种。

新 MacBook Pro 有 15% 的性能提升，今天室外 20°C，适合带宝宝出门。
本群的 App 已更新到 v2.3.1 版本，iOS 和 Android 都能下载。
有问题请联系 @小李 或发邮件到 service@example.com，我们会在 24 小时内回复。
参与 #辅食打卡# 活动，连续打卡 7 天送定制围兜！
报名链接：https://example.com/activity?id=123&from=群公告
活动详情见[这篇文章](https://example.com/文章/辅食,第1周)，图片如下：

![南瓜粥成品图](images/南瓜粥final.png)

亲爱的{{name}}，你的专属优惠码是 {{code}}。
英文名称叫 Pumpkin Millet Porridge，营养非常丰富。
真的吗？真的！太好了！！
时间定在 12:30，地点在 3 号楼 1,000 平米的大厅，约 3.14 公里。
运行 \`npm install\`，然后打开 config.yaml 修改配置。
下载《辅食手册》PDF 版，共 120 页。
宝宝 8～10 个月时，可以尝试手指食物……
留言区见，我们下周三晚上 8 点直播！

\`\`\`js
const 中文变量 = "English中文,混排!!!";
\`\`\`

    缩进代码块里的text也不检查,
<!-- 注释里的English中文,也不检查 -->
<span title="属性里的value">标签之间的文字</span>

[参考]: https://example.com/参考,资料
He said: "Hello, world." That's all.
`;

testRule(zhTypographyRule, {
  valid: [
    { name: 'an ordinary post of 40+ lines, correctly typeset, with code, URLs, topics, mentions, placeholders and numbers', ...post(`${fm}${TYPESET_ARTICLE}`) },
    { name: 'an English post gets no findings', ...post(`${fm}Hello,world!!! Version 1.2.3 is out:see https://example.com.\nWOW!!!Really?? Yes;no.\n`) },
    { name: 'the front matter is not read', ...post('---\ntitle: 辅食教程abc,好\ngroup: mom-vip\npublish: 2026-11-23 08:30\ntype: practical\ntags: [辅食6-12月]\n---\n正文。\n') },
    { name: 'spacing: never accepts Chinese beside Latin letters', ...post(`${fm}在Android上用了3天。\n`, { options: { spacing: 'never' } }) },
    { name: 'spacing: off checks no spaces', ...post(`${fm}在Android上用了 3 天。\n`, { options: { spacing: 'off' } }) },
    { name: 'each check can be turned off', ...post(`${fm}好的,真的吗？？？ＡＢＣ\n`, { options: { punctuation: false, repeatedMarks: false, fullWidthAlphanumerics: false } }) },
    { name: 'silenced for the next line', ...post(`${fm}<!-- ccal-disable-next-line zh-typography -->\n在Android上,好!\n`) },
    { name: 'ellipses, list numbers after Chinese numerals, emoticons and file names keep their dots and colons', ...post(`${fm}然后...\n一.概述\n哈哈:)\n打开说明.md 文件\n`) },
    { name: 'a link target or mention that runs into Chinese text hides it', ...post(`${fm}@张三你好,[文档](a.md)\n`) },
  ],
  invalid: [
    {
      name: 'a missing space on each side of a Latin word and of a number, on the two characters that touch',
      ...post(`${fm}在Android上用了3天。\n`),
      errors: [
        { messageId: 'spaceMissing', line: 7, column: 1, endColumn: 3, data: { found: '在A', replacement: ' ', halfWidth: '' } },
        { messageId: 'spaceMissing', line: 7, column: 8, endColumn: 10 },
        { messageId: 'spaceMissing', line: 7, column: 11, endColumn: 13 },
        { messageId: 'spaceMissing', line: 7, column: 12, endColumn: 14 },
      ],
      output: `${fm}在 Android 上用了 3 天。\n`,
    },
    {
      name: 'half-width punctuation after Chinese characters, with the message naming both marks',
      ...post(`${fm}好的,明天见!你来吗?地点:公园;带水.\n`),
      errors: [
        { messageId: 'halfWidthPunctuation', line: 7, column: 3, endColumn: 4, message: 'Use full-width "，" instead of "," in a Chinese sentence' },
        { messageId: 'halfWidthPunctuation', line: 7, column: 7, endColumn: 8 },
        { messageId: 'halfWidthPunctuation', line: 7, column: 11, endColumn: 12 },
        { messageId: 'halfWidthPunctuation', line: 7, column: 14, endColumn: 15 },
        { messageId: 'halfWidthPunctuation', line: 7, column: 17, endColumn: 18 },
        { messageId: 'halfWidthPunctuation', line: 7, column: 20, endColumn: 21 },
      ],
      output: `${fm}好的，明天见！你来吗？地点：公园；带水。\n`,
    },
    {
      name: 'a comma between a Latin word and a Chinese character',
      ...post(`${fm}用了 React,很好\n`),
      errors: [{ messageId: 'halfWidthPunctuation', line: 7, column: 9, endColumn: 10 }],
      output: `${fm}用了 React，很好\n`,
    },
    {
      name: 'more than two ！ or ？: the extra marks, removed',
      ...post(`${fm}太棒了！！！！\n真的吗？！？\n`),
      errors: [
        { messageId: 'repeatedMarks', line: 7, column: 6, endColumn: 8, data: { found: '！！', replacement: '', halfWidth: '' } },
        { messageId: 'repeatedMarks', line: 8, column: 6, endColumn: 7 },
      ],
      output: `${fm}太棒了！！\n真的吗？！\n`,
    },
    {
      name: 'half-width ??? after Chinese: two made full-width, the third removed, in one fix-all',
      ...post(`${fm}真的吗???\n`),
      errors: [
        { messageId: 'halfWidthPunctuation', line: 7, column: 4, endColumn: 6 },
        { messageId: 'repeatedMarks', line: 7, column: 6, endColumn: 7 },
      ],
      output: `${fm}真的吗？？\n`,
    },
    {
      name: 'full-width letters and digits made half-width, with the spaces the fix brings',
      ...post(`${fm}全角ＡＢＣ１２３字母\n`),
      errors: [{ messageId: 'fullWidthAlphanumerics', line: 7, column: 3, endColumn: 9, message: 'Use half-width letters and digits: "ＡＢＣ１２３" → "ABC123"' }],
      output: `${fm}全角 ABC123 字母\n`,
    },
    {
      name: 'spacing: never reports the spaces between Chinese and Latin on either side',
      ...post(`${fm}在 Android 上用了 3 天。\n`, { options: { spacing: 'never' } }),
      errors: [
        { messageId: 'spaceExtra', line: 7, column: 2, endColumn: 3 },
        { messageId: 'spaceExtra', line: 7, column: 10, endColumn: 11 },
        { messageId: 'spaceExtra', line: 7, column: 14, endColumn: 15 },
        { messageId: 'spaceExtra', line: 7, column: 16, endColumn: 17 },
      ],
      output: `${fm}在Android上用了3天。\n`,
    },
    {
      name: 'a character outside the BMP (𠀀) is one Chinese character',
      ...post(`${fm}𠀀a\n`),
      errors: [{ messageId: 'spaceMissing', line: 7, column: 1, endColumn: 4 }],
      output: `${fm}𠀀 a\n`,
    },
    {
      name: 'text between HTML tags and in link text is prose',
      ...post(`${fm}<b>中文a</b>[链接b](https://x.cn)\n`),
      errors: [
        { messageId: 'spaceMissing', line: 7, column: 5, endColumn: 7 },
        { messageId: 'spaceMissing', line: 7, column: 13, endColumn: 15 },
      ],
      output: `${fm}<b>中文 a</b>[链接 b](https://x.cn)\n`,
    },
    {
      name: 'CRLF bodies keep positions',
      ...post(`${fm}第一行\r\n用了3天\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r')),
      errors: [
        { messageId: 'spaceMissing', line: 8, column: 2, endColumn: 4 },
        { messageId: 'spaceMissing', line: 8, column: 3, endColumn: 5 },
      ],
      output: `${fm}第一行\n用了 3 天\n`.replace(/\n/g, '\r\n'),
    },
    {
      name: 'the severity is info by default',
      ...post(`${fm}好的,走\n`),
      errors: [{ messageId: 'halfWidthPunctuation', line: 7, column: 3, severity: 'info' }],
      output: `${fm}好的，走\n`,
    },
  ],
});
