import * as assert from 'node:assert/strict';
import { halfWidth } from '../../../src/core/rules/personal-data';
import { seededRandom } from '../../support/random';

describe('halfWidth', () => {
  it('maps full-width forms and the ideographic space to ASCII, keeping every other code unit and the length', () => {
    assert.equal(halfWidth('电话：１３８　１２３４－５６７８，ＶＸ＋'), '电话:138 1234-5678,VX+');
    assert.equal(halfWidth('plain text'), 'plain text');
  });

  it('equals a character-by-character mapping on random text, lone surrogates and long texts included', () => {
    const next = seededRandom(7);
    const alphabet = ['，', '。', '１', 'Ａ', '　', '～', '｟', 'a', '中', '\uD83D', '\uDE00', '😀', '\n'];
    for (let trial = 0; trial < 200; trial++) {
      const length = trial % 10 === 0 ? 20_000 : Math.floor(next() * 40);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const expected = Array.from(text.split(''), (char) => {
        const code = char.charCodeAt(0);
        return code === 0x3000 ? ' ' : code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : char;
      }).join('');
      assert.equal(halfWidth(text), expected);
    }
  });
});
