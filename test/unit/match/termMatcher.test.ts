import * as assert from 'node:assert/strict';
import { TermMatcher, type TermHit } from '../../../src/core/match/termMatcher';
import { seededRandom } from '../../support/random';
import { at } from '../../support/defined';

const WORD = /[A-Za-z0-9_]/;

/** The definition, slowly: from the left, the longest term that fits at each position, whole words for Latin ends. */
function reference(terms: readonly string[], text: string, from = 0, to = text.length): TermHit[] {
  const hits: TermHit[] = [];
  const folded = text.toLowerCase();
  for (let start = from; start < to; ) {
    let best: TermHit | undefined;
    terms.forEach((term, index) => {
      const end = start + term.length;
      if (term === '' || end > to || folded.slice(start, end) !== term.toLowerCase()) return;
      if (WORD.test(at(term, 0)) && start > 0 && WORD.test(at(text, start - 1))) return;
      if (WORD.test(at(term, -1)) && end < text.length && WORD.test(at(text, end))) return;
      if (!best || term.length > best.end - best.start) best = { start, end, term: index };
    });
    if (best) hits.push(best);
    start = best ? best.end : start + 1;
  }
  return hits;
}

const find = (terms: readonly string[], text: string, from?: number, to?: number) => [...new TermMatcher(terms).hits(text, from, to)];

describe('TermMatcher', () => {
  it('finds the longest term at each place, left to right, without overlaps', () => {
    const terms = ['最佳', '最高', '最高级', '国家级'];
    assert.deepEqual(find(terms, '最高级的国家级最佳'), [{ start: 0, end: 3, term: 2 }, { start: 4, end: 7, term: 3 }, { start: 7, end: 9, term: 0 }]);
    assert.deepEqual(find(['高级', '最高'], '最高级'), [{ start: 0, end: 2, term: 1 }]);
  });

  it('ignores case and matches Latin ends as whole words only', () => {
    assert.deepEqual(find(['cure'], 'Cure, secure, CURE_x, cure.'), [{ start: 0, end: 4, term: 0 }, { start: 22, end: 26, term: 0 }]);
    assert.deepEqual(find(['#ad'], 'a#ad #AD #adx'), [{ start: 1, end: 4, term: 0 }, { start: 5, end: 8, term: 0 }]);
    assert.deepEqual(find(['[ad]'], 'x[AD]y'), [{ start: 1, end: 5, term: 0 }]);
  });

  it('falls back to a shorter term where the longer one is not a whole word', () => {
    assert.deepEqual(find(['foo', 'foo-bar'], 'foo-barx'), [{ start: 0, end: 3, term: 0 }]);
  });

  it('looks at the text around a span for word boundaries', () => {
    assert.deepEqual(find(['cure'], 'secure cure', 2, 6), []);
    assert.deepEqual(find(['cure'], '"cure"', 1, 5), [{ start: 1, end: 5, term: 0 }]);
  });

  it('takes a term of 10 000 characters and a text of a million in stride', function () {
    this.timeout(10_000);
    const long = 'a'.repeat(10_000);
    const text = `${'b '.repeat(250_000)}${long} ${long}x ${'b '.repeat(250_000)}`;
    assert.deepEqual(find([long, 'b'], text).length, 500_001);
    assert.deepEqual(find([long], text), [{ start: 500_000, end: 510_000, term: 0 }]);
  });

  it('agrees with the definition on random terms and texts (seeded)', function () {
    this.timeout(20_000);
    const random = seededRandom(20261203);
    const alphabet = ['a', 'b', 'A', ' ', '-', '最', '佳', '_', '1', '#'];
    const word = (max: number) => Array.from({ length: Math.floor(random() * max) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let run = 0; run < 3000; run++) {
      const terms = Array.from({ length: 1 + Math.floor(random() * 5) }, () => word(5));
      const text = word(30);
      const from = Math.floor(random() * 5);
      const to = Math.max(from, text.length - Math.floor(random() * 5));
      assert.deepEqual(find(terms, text, from, to), reference(terms, text, from, to), `case ${run}: ${JSON.stringify({ terms, text, from, to })}`);
    }
  });
});
