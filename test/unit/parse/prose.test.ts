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
  it('stays linear on many unclosed backtick runs', () => {
    const text = Array.from({ length: 1400 }, (_, index) => `${'`'.repeat(index + 1)} x `).join('');
    const started = Date.now();
    assert.equal(maskNonProse(text, { start: 0, end: text.length }).length, text.length);
    assert.ok(Date.now() - started < 1000);
  });
});
