import * as assert from 'node:assert/strict';
import { decodeFile, SourceText } from '../../../src/core/base/text';
import { at } from '../../support/defined';

function naivePosition(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: at(before, -1).length };
}

describe('SourceText', () => {
  const texts = ['', 'one line', 'a\nb\r\nc\n', '\n\n\n', '---\ntitle: 早安\n---\n正文第一行\n第二行', 'x'.repeat(50) + '\n'.repeat(3) + 'tail'];
  it('maps every offset to the same position as splitting the text would, in any order of questions', () => {
    for (const text of texts) {
      const offsets = Array.from({ length: text.length + 1 }, (_, index) => index);
      for (const order of [offsets, [...offsets].reverse()]) {
        const source = new SourceText(text);
        for (const offset of order) {
          assert.deepEqual(source.positionAt(offset), naivePosition(text, offset), `${JSON.stringify(text)} @${offset}`);
          assert.equal(source.offsetAt(source.positionAt(offset)), offset);
        }
      }
    }
  });
  it('clamps positions past a line end or the text end', () => {
    const source = new SourceText('ab\ncd');
    assert.equal(source.offsetAt({ line: 0, character: 10 }), 3);
    assert.equal(source.offsetAt({ line: 9, character: 0 }), 5);
    assert.equal(source.lineStartOffset(1), 3);
  });
  it('keeps the file\'s line-break style for inserted lines', () => {
    assert.equal(new SourceText('a\r\nb').eol, '\r\n');
    assert.equal(new SourceText('a\nb').eol, '\n');
  });
});

describe('decodeFile', () => {
  it('drops a UTF-8 BOM and reports binary, UTF-16 and invalid UTF-8', () => {
    assert.deepEqual(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), { kind: 'text', text: 'a' });
    assert.deepEqual(decodeFile(new Uint8Array([0x61, 0x00, 0x62])), { kind: 'binary' });
    assert.deepEqual(decodeFile(new Uint8Array([0xff, 0xfe, 0x61, 0x00])), { kind: 'utf16' });
    assert.deepEqual(decodeFile(new Uint8Array([0xc4, 0xe3])), { kind: 'not-utf8' });
  });
});
