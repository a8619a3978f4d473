import * as assert from 'node:assert/strict';
import { MASKED, maskNonProse } from '../../../src/core/parse/prose';

/** The masked text with masked characters shown as `#`. */
function shown(text: string): string {
  return maskNonProse(text, { start: 0, end: text.length }).split(MASKED).join('#');
}

describe('maskNonProse', () => {
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
    assert.equal(maskNonProse(text, { start: body, end: text.length }).split(MASKED).join('#'), '####################\n\n正文');
    assert.equal(shown('a\n\n\tb'), 'a\n\n##');
  });
  it('leaves a body without anything to mask as it is, and masks a construct that starts at its last character', () => {
    assert.equal(shown('今天分享辅食做法，欢迎提问！'), '今天分享辅食做法，欢迎提问！');
    assert.equal(shown('欢迎 @小李'), '欢迎 ###');
  });
  it('stays linear on many unclosed backtick runs', () => {
    const text = Array.from({ length: 1400 }, (_, index) => `${'`'.repeat(index + 1)} x `).join('');
    const started = Date.now();
    assert.equal(maskNonProse(text, { start: 0, end: text.length }).length, text.length);
    assert.ok(Date.now() - started < 1000);
  });
});
