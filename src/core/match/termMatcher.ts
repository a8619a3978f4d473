/**
 * Many terms found in one pass over a text, however many terms and however long: an Aho–Corasick automaton
 * (Aho & Corasick, 1975) over case-folded UTF-16 code units. A single regex alternation of the terms does the same
 * job until a term is long: V8 compiles `/aaaa…(10 000 times)|…/iu` recursively and overflows its stack.
 *
 * Hits are leftmost-longest and do not overlap: scanning from the left, at each position the longest term found
 * there is a hit, and the scan goes on after it. Case is ignored character by character (a character whose lower
 * case has another length keeps its case, so offsets in the folded text are offsets in the text).
 *
 * With `wholeWords` (the default), terms that start or end with a Latin letter, digit or `_` match whole words only
 * there (`cure` is not found in `secure`). That check is part of the automaton rather than a filter on hits: every
 * word boundary of the text is fed to it as a symbol of its own, and each term carries that symbol where it needs a
 * boundary. So a hit that would fail the check is never a hit, and a shorter term at the same place can be one.
 */

/** The symbol of a word boundary: one past the last UTF-16 code unit. */
const BOUNDARY = 0x10000;
const NO_TERM = -1;

function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

const foldedUnits = new Int32Array(0x10000).fill(-1);

/** A BMP code unit in a case-insensitive form of the same length (surrogates are left alone). */
function foldUnit(code: number): number {
  let folded = foldedUnits[code];
  if (folded === -1) {
    folded = code;
    if (code < 0xd800 || code > 0xdfff) {
      // upper then lower case maps the variants regex case folding joins (ſ and s, ς and σ) to one form
      const char = String.fromCharCode(code);
      const upper = char.toUpperCase();
      const lower = (upper.length === 1 ? upper : char).toLowerCase();
      if (lower.length === 1) folded = lower.charCodeAt(0);
    }
    foldedUnits[code] = folded;
  }
  return folded;
}

/** Whether there is a word boundary before `index` (the ends of the text count as non-word characters). */
function boundaryAt(text: string, index: number): boolean {
  const before = index > 0 && isWordUnit(text.charCodeAt(index - 1));
  const after = index < text.length && isWordUnit(text.charCodeAt(index));
  return before !== after;
}

/** A term as the automaton sees it: folded code units, with a boundary symbol wherever the text has one for it. */
function termSymbols(term: string, wholeWords: boolean): number[] {
  if (!wholeWords) return Array.from({ length: term.length }, (_, index) => foldUnit(term.charCodeAt(index)));
  const symbols: number[] = [];
  for (let index = 0; index <= term.length; index++) {
    // inside the term the text's boundaries are the term's own; at its ends only where a Latin character needs one
    const atEnd = index === 0 || index === term.length;
    const needsBoundary = atEnd ? isWordUnit(term.charCodeAt(index === 0 ? 0 : index - 1)) : boundaryAt(term, index);
    if (needsBoundary) symbols.push(BOUNDARY);
    if (index < term.length) symbols.push(foldUnit(term.charCodeAt(index)));
  }
  return symbols;
}

export interface TermHit {
  start: number;
  end: number;
  /** Index of the term in the matcher's list. */
  term: number;
}

export class TermMatcher {
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly failure: number[] = [0];
  /** The longest term that starts where the automaton stands (its own, or one reached through failure links). */
  private readonly longest: number[] = [NO_TERM];
  private readonly lengths: number[] = [];

  private readonly wholeWords: boolean;

  /** Empty terms are ignored; of two terms equal but for case, the first is the one hits name. */
  constructor(
    readonly terms: readonly string[],
    options: { wholeWords?: boolean } = {},
  ) {
    this.wholeWords = options.wholeWords ?? true;
    // The automaton reads texts backwards, so that where it stands after a character it knows the terms that
    // start at that character: the hits of a leftmost-longest scan, chosen afterwards from the left.
    terms.forEach((term, index) => {
      if (term.length === 0) return;
      let node = 0;
      for (const symbol of termSymbols(term, this.wholeWords).reverse()) {
        let next = this.children[node].get(symbol);
        if (next === undefined) {
          next = this.children.length;
          this.children.push(new Map());
          this.failure.push(0);
          this.longest.push(NO_TERM);
          this.children[node].set(symbol, next);
        }
        node = next;
      }
      if (this.longest[node] === NO_TERM) this.longest[node] = index;
      this.lengths[index] = term.length;
    });
    this.linkFailures();
  }

  /** Breadth-first: each node's failure link is its longest proper suffix in the trie, and it inherits that one's term. */
  private linkFailures(): void {
    const queue = [...this.children[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [symbol, child] of this.children[node]) {
        queue.push(child);
        let fallback = this.failure[node];
        while (fallback !== 0 && !this.children[fallback].has(symbol)) fallback = this.failure[fallback];
        const target = this.children[fallback].get(symbol);
        this.failure[child] = target ?? 0;
        if (this.longest[child] === NO_TERM) this.longest[child] = this.longest[this.failure[child]];
      }
    }
  }

  private step(node: number, symbol: number): number {
    let at = node;
    for (;;) {
      const next = this.children[at].get(symbol);
      if (next !== undefined) return next;
      if (at === 0) return 0;
      at = this.failure[at];
    }
  }

  /** The hits in `text` from `from` to `to`, in order; word boundaries at the span's ends look at the text around it. */
  *hits(text: string, from = 0, to = text.length): Generator<TermHit> {
    // backwards: where the longest term starting at each position is found, kept only where there is one
    const starts: number[] = [];
    const found: number[] = [];
    const record = (start: number, term: number) => {
      if (term === NO_TERM) return;
      // a term after the boundary symbol outranks one without it at the same character only when it is longer
      if (starts.length > 0 && starts[starts.length - 1] === start) {
        if (this.lengths[term] > this.lengths[found[found.length - 1]]) found[found.length - 1] = term;
        return;
      }
      starts.push(start);
      found.push(term);
    };
    let node = this.wholeWords && boundaryAt(text, to) ? this.step(0, BOUNDARY) : 0;
    for (let index = to - 1; index >= from; index--) {
      node = this.step(node, foldUnit(text.charCodeAt(index)));
      record(index, this.longest[node]);
      if (this.wholeWords && boundaryAt(text, index)) {
        node = this.step(node, BOUNDARY);
        record(index, this.longest[node]);
      }
    }
    let next = from;
    for (let index = starts.length - 1; index >= 0; index--) {
      const start = starts[index];
      if (start < next) continue;
      const term = found[index];
      next = start + this.lengths[term];
      yield { start, end: next, term };
    }
  }
}
