import * as assert from 'node:assert/strict';
import { plainUtf8 } from '../../../src/node/utf8';
import { seededRandom } from '../../support/random';

/** What readBoundedFile took for plain text before plainUtf8: Node's decoding, without NUL or U+FFFD. */
function nodePlain(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8');
  return text.includes('\ufffd') || text.includes('\u0000') ? undefined : text;
}

function decoded(bytes: Buffer): string | undefined {
  return plainUtf8(bytes, bytes.length);
}

describe('plainUtf8', () => {
  it('decodes what Node decodes: Chinese, emoji, BOM, Latin-1 and ASCII', () => {
    for (const text of ['社群内容日历：每周三 20:00 发布', '打卡 💪🏻 第 3 天 👶', '\ufeff---\ntitle: 早安\n---\n', 'café naïve', 'plain ASCII\n', '', '\u0800\uffff\ud7ff\ue000', '\u{10000}\u{10ffff}']) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(decoded(bytes), text, JSON.stringify(text));
    }
  });

  it('leaves to Node what is not plain UTF-8: NUL, U+FFFD, overlongs, surrogates, past U+10FFFF, cut sequences', () => {
    const cases = [[0x61, 0x00, 0x62], [0xef, 0xbf, 0xbd], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe4, 0xb8], [0xf0, 0x9f, 0x92], [0x80], [0xbf, 0x61], [0xe4, 0x41, 0x41], [0xff]];
    for (const bytes of cases) assert.equal(decoded(Buffer.from(bytes)), undefined, Buffer.from(bytes).toString('hex'));
  });

  it('reads only the first `length` bytes', () => {
    const bytes = Buffer.from('早安晚安', 'utf8');
    assert.equal(plainUtf8(bytes, 6), '早安');
  });

  it('agrees with Node on random bytes and random text, valid or not', () => {
    const random = seededRandom(20261204);
    const pieces = [[0x61], [0x0a], [0x00], [0xc3, 0xa9], [0xe4, 0xb8, 0xad], [0xe7, 0xa4, 0xbe], [0xef, 0xbf, 0xbd], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xe0, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0x80], [0xc2], [0xe4], [0xf0, 0x9f]];
    let plain = 0;
    for (let round = 0; round < 3000; round++) {
      const bytes: number[] = [];
      const count = Math.floor(random() * 12);
      for (let index = 0; index < count; index++) {
        // mostly valid pieces, sometimes a random byte
        if (random() < 0.15) bytes.push(Math.floor(random() * 256));
        else bytes.push(...(pieces[Math.floor(random() * pieces.length)] ?? []));
      }
      const buffer = Buffer.from(bytes);
      const expected = nodePlain(buffer);
      assert.equal(decoded(buffer), expected, buffer.toString('hex'));
      if (expected !== undefined) plain++;
    }
    for (let round = 0; round < 1000; round++) {
      // random code points from every UTF-8 length, surrogates left out
      const codes = Array.from({ length: Math.floor(random() * 20) }, () => {
        const planes = [0x7f, 0x7ff, 0xffff, 0x10ffff];
        const code = 1 + Math.floor(random() * (planes[Math.floor(random() * planes.length)] ?? 0x7f));
        return code >= 0xd800 && code <= 0xdfff ? 0x4e2d : code === 0xfffd ? 0x20 : code;
      });
      const text = String.fromCodePoint(...codes);
      assert.equal(decoded(Buffer.from(text, 'utf8')), text);
    }
    assert.ok(plain > 500, `${plain} plain texts among the random bytes`);
  });
});
