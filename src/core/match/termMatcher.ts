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

/** Whether a code unit is a Latin letter, a digit or `_` (-1, for no character, is not). */
function isWordUnit(code: number): boolean {
  // most text is above ASCII, where one comparison answers
  return code <= 0x7a && ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f);
}

const foldedUnits = new Int32Array(0x10000).fill(-1);

/** A BMP code unit in a case-insensitive form of the same length (surrogates are left alone). */
function foldUnit(code: number): number {
  let folded = foldedUnits[code] ?? -1;
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
  // The automaton, node by node, in typed arrays: a node with one child (most of a trie) is two array reads away
  // from it; only nodes with several children keep a Map. The `!` reads below rest on how they are built: a node
  // id is below the node count every per-node array has, a symbol is at most BOUNDARY (rootNext's last index) and
  // a term index that is not NO_TERM has its entry in `lengths`.
  private readonly onlySymbol: Int32Array;
  private readonly onlyChild: Int32Array;
  private readonly branches: Array<ReadonlyMap<number, number> | undefined>;
  private readonly failure: Int32Array;
  /** The longest term that starts where the automaton stands (its own, or one reached through failure links). */
  private readonly longest: Int32Array;
  /** The root's children by symbol (0 for none): most characters of a text lead nowhere, and this says so in one look. */
  private readonly rootNext = new Int32Array(BOUNDARY + 1);
  private readonly lengths: number[] = [];
  /** Whether any term needs a word boundary; without one the boundaries of the text need not be looked at. */
  private readonly usesBoundary: boolean;

  /** Empty terms are ignored; of two terms equal but for case, the first is the one hits name. */
  constructor(
    readonly terms: readonly string[],
    options: { wholeWords?: boolean } = {},
  ) {
    const wholeWords = options.wholeWords ?? true;
    // The automaton reads texts backwards, so that where it stands after a character it knows the terms that
    // start at that character: the hits of a leftmost-longest scan, chosen afterwards from the left.
    const children: Array<Map<number, number>> = [new Map()];
    const terminal: number[] = [NO_TERM];
    let usesBoundary = false;
    terms.forEach((term, index) => {
      if (term.length === 0) return;
      const symbols = termSymbols(term, wholeWords);
      usesBoundary ||= symbols.includes(BOUNDARY);
      let node = 0;
      for (const symbol of symbols.reverse()) {
        const branch = children[node]!;
        let next = branch.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push(NO_TERM);
          branch.set(symbol, next);
        }
        node = next;
      }
      if (terminal[node] === NO_TERM) terminal[node] = index;
      this.lengths[index] = term.length;
    });
    this.usesBoundary = usesBoundary;
    const size = children.length;
    this.onlySymbol = new Int32Array(size).fill(-1);
    this.onlyChild = new Int32Array(size);
    this.branches = children.map((map) => (map.size > 1 ? map : undefined));
    children.forEach((map, node) => {
      if (map.size !== 1) return;
      for (const [symbol, child] of map) {
        this.onlySymbol[node] = symbol;
        this.onlyChild[node] = child;
      }
    });
    for (const [symbol, child] of children[0]!) this.rootNext[symbol] = child;
    this.failure = new Int32Array(size);
    this.longest = Int32Array.from(terminal);
    this.linkFailures(children);
  }

  /** Breadth-first: each node's failure link is its longest proper suffix in the trie, and it inherits that one's term. */
  private linkFailures(children: ReadonlyArray<ReadonlyMap<number, number>>): void {
    const queue = [...children[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [symbol, child] of children[node]!) {
        queue.push(child);
        const failure = this.step(this.failure[node]!, symbol);
        this.failure[child] = failure;
        if (this.longest[child] === NO_TERM) this.longest[child] = this.longest[failure]!;
      }
    }
  }

  private step(node: number, symbol: number): number {
    for (let at = node; at !== 0; at = this.failure[at]!) {
      if (this.onlySymbol[at] === symbol) return this.onlyChild[at]!;
      const next = this.branches[at]?.get(symbol);
      if (next !== undefined) return next;
    }
    return this.rootNext[symbol]!;
  }

  /** The hits in `text` from `from` to `to`, in order; word boundaries at the span's ends look at the text around it. */
  *hits(text: string, from = 0, to = text.length): Generator<TermHit> {
    const { starts, found } = this.startsBackwards(text, from, to);
    let next = from;
    for (let index = starts.length - 1; index >= 0; index--) {
      // starts and found are pushed in pairs
      const start = starts[index]!;
      if (start < next) continue;
      const term = found[index]!;
      next = start + this.lengths[term]!;
      yield { start, end: next, term };
    }
  }

  /**
   * Reads the span backwards and notes, at each position where a term starts, the longest such term: positions in
   * descending order. The hot loop of every search, so it stays a plain loop over typed arrays where it can.
   */
  private startsBackwards(text: string, from: number, to: number): { starts: number[]; found: number[] } {
    const starts: number[] = [];
    const found: number[] = [];
    const record = (start: number, term: number) => {
      if (term === NO_TERM) return;
      // a term after the boundary symbol outranks one without it at the same character only when it is longer
      const last = found.length - 1;
      if (starts[last] === start) {
        if (this.lengths[term]! > this.lengths[found[last]!]!) found[last] = term;
        return;
      }
      starts.push(start);
      found.push(term);
    };
    const { rootNext, longest } = this;
    const boundaries = this.usesBoundary;
    let node = boundaries && boundaryAt(text, to) ? rootNext[BOUNDARY]! : 0;
    // each character is read once: as the one at `index`, after serving as the one before `index + 1`
    let code = to - 1 >= from ? text.charCodeAt(to - 1) : 0;
    for (let index = to - 1; index >= from; index--) {
      const before = index > 0 ? text.charCodeAt(index - 1) : -1;
      const known = foldedUnits[code]!;
      const folded = known >= 0 ? known : foldUnit(code);
      node = node === 0 ? rootNext[folded]! : this.step(node, folded);
      if (node !== 0) record(index, longest[node]!);
      if (boundaries && isWordUnit(before) !== isWordUnit(code)) {
        node = this.step(node, BOUNDARY);
        if (node !== 0) record(index, longest[node]!);
      }
      code = before;
    }
    return { starts, found };
  }
}
