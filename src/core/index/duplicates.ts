import { gramHashes, TokenOrder, tokenJaccard, type TokenSet } from './tokenSets';

export interface DuplicateCandidate {
  path: string;
  instant: number;
}

export interface DuplicateSearch {
  /** Lowest similarity any group asks for; pairs below it are not kept. */
  threshold: number;
  /** Widest time window any group asks for, in milliseconds. */
  windowMs: number;
}

const EPSILON = 1e-9;

interface Body {
  grams: Float64Array;
  hashes: Uint32Array;
  /** The body's tokens in hash order, made when first compared one to one. */
  canonical?: TokenSet;
}

/** Tokens a Jaccard ≥ t pair must share: ⌈t/(1+t)·(|x|+|y|)⌉. */
function requiredOverlap(threshold: number, a: number, b: number): number {
  return Math.ceil((threshold / (1 + threshold)) * (a + b) - EPSILON);
}

/** |x| and |y| can only reach Jaccard t if the smaller is at least t times the larger. */
function lengthsCompatible(a: number, b: number, threshold: number): boolean {
  return Math.min(a, b) >= threshold * Math.max(a, b) - EPSILON;
}

/**
 * The prefix postings of one group's join: for each token key, a chain of (post, position) entries from the
 * newest post to the oldest, in flat typed arrays (an open-addressing table of chain heads), because the join
 * adds and walks millions of them in a large workspace.
 */
class Postings {
  private keys = new Uint32Array(0);
  private heads = new Int32Array(0);
  private shift = 32;
  private posts = new Int32Array(0);
  private positions = new Int32Array(0);
  private older = new Int32Array(0);
  private size = 0;

  /** Empties the table, sized for `capacity` entries. */
  reset(capacity: number): void {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    if (this.heads.length !== 1 << bits) {
      this.keys = new Uint32Array(1 << bits);
      this.heads = new Int32Array(1 << bits);
      this.shift = 32 - bits;
    }
    this.heads.fill(-1);
    if (this.posts.length < capacity) {
      this.posts = new Int32Array(capacity);
      this.positions = new Int32Array(capacity);
      this.older = new Int32Array(capacity);
    }
    this.size = 0;
  }

  private slot(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.heads[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & (this.heads.length - 1);
    return slot;
  }

  /** The newest entry for the key, or -1. */
  newest(key: number): number {
    return this.heads[this.slot(key)];
  }

  add(key: number, post: number, position: number): void {
    const slot = this.slot(key);
    const entry = this.size++;
    this.posts[entry] = post;
    this.positions[entry] = position;
    this.older[entry] = this.heads[slot];
    this.keys[slot] = key;
    this.heads[slot] = entry;
  }

  post(entry: number): number {
    return this.posts[entry];
  }

  position(entry: number): number {
    return this.positions[entry];
  }

  next(entry: number): number {
    return this.older[entry];
  }
}

/**
 * Near-duplicate pairs of post bodies (character 3-gram Jaccard), kept up to date one post at a time.
 *
 * A full build joins each group with PPJoin (Xiao et al., 2008): with tokens in one fixed order (the workspace's
 * rare 3-grams first, see TokenOrder), two sets with Jaccard ≥ t share a token among the first
 * |x| − ⌈t·|x|⌉ + 1 of each (prefix filter), and a shared token at positions i and j leaves at most
 * min(|x|−i, |y|−j) more to share (positional filter), so most pairs are never compared. Tokens are the exact
 * 3-grams: no pair at or above the threshold is missed, and every similarity reported is the true one.
 */
export class DuplicateIndex {
  private readonly bodies = new Map<string, Body>();
  private readonly pairs = new Map<string, Map<string, number>>();

  partnersOf(path: string): ReadonlyMap<string, number> | undefined {
    return this.pairs.get(path);
  }

  /** Rebuilds everything from the bodies' 3-grams and the groups whose posts may duplicate each other. */
  rebuild(grams: ReadonlyMap<string, Float64Array>, groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch): void {
    this.bodies.clear();
    this.pairs.clear();
    for (const [path, codes] of grams) if (codes.length > 0) this.bodies.set(path, { grams: codes, hashes: gramHashes(codes) });
    const order = TokenOrder.counted([...this.bodies.values()].map((body) => body.hashes));
    const joins = [...groups].map((group) => group.filter((candidate) => this.bodies.has(candidate.path)).sort((a, b) => a.instant - b.instant)).filter((posts) => posts.length >= 2);
    // one token set per body, however many groups it is in, dropped after the last group that needs it
    const sets = new Map<string, { set?: TokenSet; groupsLeft: number }>();
    for (const posts of joins) for (const post of posts) sets.set(post.path, { groupsLeft: (sets.get(post.path)?.groupsLeft ?? 0) + 1 });
    const postings = new Postings();
    for (const posts of joins) {
      const groupSets = posts.map((post) => {
        const entry = sets.get(post.path) as { set?: TokenSet; groupsLeft: number };
        const body = this.bodies.get(post.path) as Body;
        const set = (entry.set ??= order.tokenSet(body.grams, body.hashes));
        if (--entry.groupsLeft === 0) sets.delete(post.path);
        return set;
      });
      this.joinGroup(posts, groupSets, search, postings);
    }
  }

  /** Re-evaluates one post's pairs against the posts it shares a group with, comparing each exactly. */
  update(path: string, grams: Float64Array | undefined, instant: number, candidates: Iterable<DuplicateCandidate>, search: DuplicateSearch): void {
    this.remove(path);
    if (!grams || grams.length === 0) return;
    this.bodies.set(path, { grams, hashes: gramHashes(grams) });
    const mine = this.canonical(path);
    for (const candidate of candidates) {
      if (candidate.path === path || Math.abs(candidate.instant - instant) > search.windowMs || !this.bodies.has(candidate.path)) continue;
      this.link(path, candidate.path, tokenJaccard(mine, this.canonical(candidate.path)), search.threshold);
    }
  }

  remove(path: string): void {
    this.bodies.delete(path);
    const partners = this.pairs.get(path);
    if (!partners) return;
    for (const other of partners.keys()) this.pairs.get(other)?.delete(path);
    this.pairs.delete(path);
  }

  /** PPJoin over one group's posts in time order (`sets` in the same order). */
  private joinGroup(posts: readonly DuplicateCandidate[], sets: readonly TokenSet[], search: DuplicateSearch, postings: Postings): void {
    const threshold = search.threshold;
    const prefixLengths = sets.map((set) => set.keys.length - Math.ceil(threshold * set.keys.length - EPSILON) + 1);
    postings.reset(prefixLengths.reduce((sum, length) => sum + length, 0));
    const overlap = new Int32Array(posts.length);
    const seenBy = new Int32Array(posts.length).fill(-1);
    const prunedBy = new Int32Array(posts.length).fill(-1);
    for (let i = 0; i < posts.length; i++) {
      const mine = sets[i];
      const size = mine.keys.length;
      const prefixLength = prefixLengths[i];
      const instant = posts[i].instant;
      const candidates: number[] = [];
      for (let k = 0; k < prefixLength; k++) {
        // newest first: the first post out of the window ends the chain's part that matters
        for (let entry = postings.newest(mine.keys[k]); entry !== -1; entry = postings.next(entry)) {
          const j = postings.post(entry);
          if (instant - posts[j].instant > search.windowMs) break;
          const position = postings.position(entry);
          const theirs = sets[j];
          // a shared key may be a hash collision between different 3-grams: only equal codes are shared tokens
          if (prunedBy[j] === i || theirs.codes[position] !== mine.codes[k]) continue;
          const theirSize = theirs.keys.length;
          if (seenBy[j] !== i) {
            if (!lengthsCompatible(size, theirSize, threshold)) {
              prunedBy[j] = i;
              continue;
            }
            seenBy[j] = i;
            overlap[j] = 0;
            candidates.push(j);
          }
          const possible = overlap[j] + 1 + Math.min(size - k - 1, theirSize - position - 1);
          if (possible >= requiredOverlap(threshold, size, theirSize)) overlap[j]++;
          else prunedBy[j] = i;
        }
      }
      for (const j of candidates) if (prunedBy[j] !== i) this.link(posts[i].path, posts[j].path, tokenJaccard(mine, sets[j]), threshold);
      for (let k = 0; k < prefixLength; k++) postings.add(mine.keys[k], i, k);
    }
  }

  private link(a: string, b: string, similarity: number, threshold: number): void {
    if (a === b || similarity < threshold) return;
    for (const [from, to] of [[a, b], [b, a]]) {
      let partners = this.pairs.get(from);
      if (!partners) this.pairs.set(from, (partners = new Map()));
      partners.set(to, similarity);
    }
  }

  private canonical(path: string): TokenSet {
    const body = this.bodies.get(path) as Body;
    body.canonical ??= TokenOrder.byHash.tokenSet(body.grams, body.hashes);
    return body.canonical;
  }
}
