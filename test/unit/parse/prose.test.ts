import * as assert from 'node:assert/strict';
import type { Span } from '../../../src/core/base/domain';
import { MASKED, proseLines } from '../../../src/core/parse/prose';

/** Every line of the span as prose, joined again. */
function masked(text: string, span: Span): string {
  return Array.from(proseLines(text, span), (line) => line.text).join('\n');
}

/** The masked text with masked characters shown as `#`. */
function shown(text: string): string {
  return masked(text, { start: 0, end: text.length }).split(MASKED).join('#');
}

describe('proseLines', () => {
  it('keeps prose and its length', () => {
    assert.equal(shown('报名请联系小李'), '报名请联系小李');
  });
  it('masks inline code, and leaves an unclosed backtick as text', () => {
    assert.equal(shown('a `b` c `d'), 'a ### c `d');
  });
  it('masks fenced code blocks, keeping their line breaks', () => {
    assert.equal(shown('a\n```\nx\n```\nb'), 'a\n###\n#\n###\nb');
  });
  it('masks link targets but keeps the link text', () => {
    assert.equal(shown('[文](u/1) x'), '[文###### x');
  });
  it('masks whole images, reference definitions, URLs and HTML', () => {
    assert.equal(shown('![a](b) x'), '####### x');
    assert.equal(shown('[a]: http://b'), '#############');
    assert.equal(shown('x https://a.b/c?d=1 y'), 'x ################# y');
    assert.equal(shown('<img src="1.png"> x <!-- c -->'), '################# x ##########');
  });
  it('masks indented code, also as the first line of a body that starts inside the text', () => {
    const text = '---\ntitle: x\n---\n    code 13812345678\n\n正文';
    const body = text.indexOf('    code');
    assert.equal(masked(text, { start: body, end: text.length }).split(MASKED).join('#'), '####################\n\n正文');
    assert.equal(shown('a\n\n\tb'), 'a\n\n##');
  });
  it('leaves a body without anything to mask as it is, and masks a construct that starts at its last character', () => {
    assert.equal(shown('今天分享辅食做法，欢迎提问！'), '今天分享辅食做法，欢迎提问！');
    assert.equal(shown('欢迎 @小李'), '欢迎 ###');
  });
  it('stays linear on many unclosed backtick runs', () => {
    const text = Array.from({ length: 1400 }, (_, index) => `${'`'.repeat(index + 1)} x `).join('');
    const started = Date.now();
    assert.equal(masked(text, { start: 0, end: text.length }).length, text.length);
    assert.ok(Date.now() - started < 1000);
  });
  it('gives each line its offset in the span, an empty span one empty line, and a final line break an empty line', () => {
    const text = 'ab\n`c`\n\nd\n';
    assert.deepEqual([...proseLines(text, { start: 0, end: text.length })], [
      { start: 0, text: 'ab' },
      { start: 3, text: `${MASKED.repeat(3)}` },
      { start: 7, text: '' },
      { start: 8, text: 'd' },
      { start: 10, text: '' },
    ]);
    assert.deepEqual([...proseLines(text, { start: 4, end: 4 })], [{ start: 0, text: '' }]);
  });
  /** The first digit from `from` up to `end`. */
  const digit = (text: string, from: number, end: number) => {
    const found = text.slice(from, end).search(/\d/);
    return found === -1 ? -1 : from + found;
  };
  it('with a wanted search, gives only the lines whose source holds what it finds, masked as every line is', () => {
    const text = '标题\n无\n电话 13812345678\n```\n代码 1\n```\n尾 2';
    const body = { start: 3, end: text.length };
    const lines = [...proseLines(text, body, digit)];
    assert.deepEqual(lines, [
      { start: 2, text: '电话 13812345678' },
      { start: 21, text: MASKED.repeat(4) },
      { start: 30, text: '尾 2' },
    ]);
    const all = masked(text, body);
    for (const line of lines) assert.equal(all.slice(line.start, line.start + line.text.length), line.text);
    assert.deepEqual([...proseLines(text, { start: 0, end: 2 }, digit)], []);
  });
  it('stops a wanted search at the end of the span', () => {
    const text = '前言\n正文 1';
    assert.deepEqual([...proseLines(text, { start: 0, end: 4 }, digit)], []);
    assert.deepEqual([...proseLines(text, { start: 3, end: 7 }, digit)], [{ start: 0, text: '正文 1' }]);
  });
});
