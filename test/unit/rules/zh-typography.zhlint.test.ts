import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { environmentFor, FRONT_MATTER, fixAll, typographyFindings } from '../../support/typography';

interface Zhlint {
  run(text: string, options: { rules: { preset: 'default' } }): { result: string };
}

/** zhlint is an ES module and these tests are CommonJS: tsc would turn `import()` into `require()`, so hide it. */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Zhlint>;

const DOCS = fs.readFileSync(path.resolve(__dirname, '../../../../docs/rules/zh-typography.md'), 'utf8');
const DIFFERENCES = DOCS.slice(DOCS.indexOf('### Where we differ from zhlint'), DOCS.indexOf('## 中文说明'));

/** Sentences both tools fix the same way (or both leave alone). */
const AGREED = [
  '中文English混排',
  '今天天气很好,我们去公园!',
  '价格100元',
  '我用了React,感觉很好',
  '这是Markdown文档;对吧?',
  '中文:冒号',
  '今天,',
  '温度20°C左右',
  '版本v1.2.3发布',
  '3.14和1,000以及12:30',
  '用了10%的预算',
  'iPhone 15很贵',
  '共3个',
  '第1名',
  '中文 English',
  '各位宝妈好！今天是 11 月 23 日。',
  '小米提前浸泡 30 分钟。',
  '新 MacBook Pro 有 15% 的 CPU 性能提升。',
  '中文...省略',
  '[链接](https://a.com/中文)文字',
  '#话题#测试',
  'Wow!!! Really?',
  '下载PDF版,共120页.',
  '支持Windows、macOS和Linux。',
];

/** Sentences where we differ, each with our result and the row of the docs' table that says why. */
const DIFFERING: Array<{ sentence: string; ours: string; documented: string }> = [
  { sentence: '在Android上用了3天', ours: '在 Android 上用了 3 天', documented: '用了3天' },
  { sentence: '地点在3号楼.', ours: '地点在 3 号楼。', documented: '用了3天' },
  { sentence: '太棒了！！！', ours: '太棒了！！', documented: '`！！！`' },
  { sentence: '真的吗???', ours: '真的吗？？', documented: '`???`' },
  { sentence: '全角ＡＢＣ１２３', ours: '全角 ABC123', documented: '`ＡＢＣ１２３`' },
  { sentence: 'Hello, world. 这是中文。', ours: 'Hello, world. 这是中文。', documented: 'English punctuation' },
  { sentence: '这是`code`哦', ours: '这是`code`哦', documented: 'edge of code' },
  { sentence: '访问https://example.com看看', ours: '访问https://example.com看看', documented: 'edge of code' },
  { sentence: '{{name}}你好', ours: '{{name}}你好', documented: 'edge of code' },
  { sentence: '请发邮件到a@b.com咨询', ours: '请发邮件到a@b.com咨询', documented: 'edge of code' },
  { sentence: '@张三 你好', ours: '@张三 你好', documented: '`@张三 你好`' },
  { sentence: '联系 @小李 咨询。', ours: '联系 @小李 咨询。', documented: '`@张三 你好`' },
  { sentence: '**粗体**English', ours: '**粗体**English', documented: 'Markdown marks' },
  { sentence: '中文（English）', ours: '中文（English）', documented: 'brackets and quotes' },
  { sentence: '他说:"好的"', ours: '他说："好的"', documented: 'brackets and quotes' },
  { sentence: '中文 ,逗号', ours: '中文 ,逗号', documented: 'space before punctuation' },
  { sentence: '打开说明.md文件', ours: '打开说明.md 文件', documented: 'a file name' },
  { sentence: '一.概述', ours: '一.概述', documented: '`一.概述`' },
];

describe('zh-typography compared with zhlint (preset default) on the same sentences', () => {
  let zhlint: Zhlint;
  const environment = environmentFor('');
  const ours = (sentence: string) => {
    const text = `${FRONT_MATTER}${sentence}\n`;
    return fixAll(text, typographyFindings(text, environment)).slice(FRONT_MATTER.length, -1);
  };
  before(async () => {
    zhlint = await importModule('zhlint');
  });

  it(`agrees on ${AGREED.length} sentences`, () => {
    for (const sentence of AGREED) assert.equal(ours(sentence), zhlint.run(sentence, { rules: { preset: 'default' } }).result, sentence);
  });

  it(`differs on ${DIFFERING.length} sentences, each as the docs' table says`, () => {
    for (const { sentence, ours: expected, documented } of DIFFERING) {
      assert.equal(ours(sentence), expected, sentence);
      assert.notEqual(zhlint.run(sentence, { rules: { preset: 'default' } }).result, expected, `zhlint now agrees on ${sentence}`);
      assert.ok(DIFFERENCES.includes(documented), `the docs' table has a row for ${documented}`);
    }
  });

  it('compares at least 30 sentences', () => assert.ok(AGREED.length + DIFFERING.length >= 30));
});
