import { distinctGramHashes } from './shingles';
import { exactGramSet, hasRepeats, sharedCount, sortedJaccard, TokenOrder } from './tokenSets';

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
  /** The body as readers see it. */
  text: string;
  /** Distinct 3-gram hashes, kept only while a rebuild needs them. */
  hashes?: Uint32Array;
  /** The hashes in hash order, made when first compared one to one. */
  canonical?: Uint32Array;
  /** The exact 3-gram set, made when a pair with it is confirmed. */
  exact?: Float64Array;
}

/** A body's tokens while a rebuild joins the groups it is in. */
interface JoinTokens {
  tokens?: Uint32Array;
  groupsLeft: number;
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
  /** The table in use: the first `mask + 1` slots of `keys` and `heads`, kept across groups as they grow. */
  private mask = 0;
  private shift = 32;
  /** (post, position, older entry) per entry, side by side: a chain walk reads all three. */
  private entries = new Int32Array(0);
  private size = 0;

  /** Empties the table, sized for `capacity` entries. */
  reset(capacity: number): void {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    if (this.heads.length < 1 << bits) {
      this.keys = new Uint32Array(1 << bits);
      this.heads = new Int32Array(1 << bits);
    }
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    this.heads.fill(-1, 0, 1 << bits);
    if (this.entries.length < capacity * 3) this.entries = new Int32Array(capacity * 3);
    this.size = 0;
  }

  private slot(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.heads[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** The newest entry for the key, or -1. */
  newest(key: number): number {
    return this.heads[this.slot(key)];
  }

  add(key: number, post: number, position: number): void {
    const slot = this.slot(key);
    const entry = 3 * this.size++;
    this.entries[entry] = post;
    this.entries[entry + 1] = position;
    this.entries[entry + 2] = this.heads[slot];
    this.keys[slot] = key;
    this.heads[slot] = entry;
  }

  post(entry: number): number {
    return this.entries[entry];
  }

  position(entry: number): number {
    return this.entries[entry + 1];
  }

  next(entry: number): number {
    return this.entries[entry + 2];
  }
}

/**
 * Near-duplicate pairs of post bodies (character 3-gram Jaccard), kept up to date one post at a time.
 *
 * Candidates are found on 32-bit hashes of the distinct 3-grams, one per 3-gram, so a hash shared by two
 * different 3-grams of a body appears twice. Compared as multisets, hashed bodies keep their sizes and can only
 * look more alike than they are: the hashed similarity is never below the true one and no pair is missed. Every
 * pair it keeps is then confirmed on the exact 3-grams, so every similarity reported is the true one. The prefix
 * join below needs sets, so the rare body with a repeated hash (about one in 30 000) skips it and is compared
 * exactly with every post in its window instead.
 *
 * A full build joins each group with PPJoin (Xiao et al., 2008): with tokens in one fixed order (the workspace's
 * rare 3-grams first, see TokenOrder), two sets with Jaccard ≥ t share a token among the first
 * |x| − ⌈t·|x|⌉ + 1 of each (prefix filter), and a shared token at positions i and j leaves at most
 * min(|x|−i, |y|−j) more to share (positional filter), so most pairs are never compared.
 */
export class DuplicateIndex {
  private readonly bodies = new Map<string, Body>();
  private readonly pairs = new Map<string, Map<string, number>>();

  partnersOf(path: string): ReadonlyMap<string, number> | undefined {
    return this.pairs.get(path);
  }

  /** Rebuilds everything from the bodies' text and the groups whose posts may duplicate each other. */
  rebuild(texts: ReadonlyMap<string, string>, groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch): void {
    this.bodies.clear();
    this.pairs.clear();
    for (const [path, text] of texts) {
      const hashes = distinctGramHashes(text);
      if (hashes.length > 0) this.bodies.set(path, { text, hashes });
    }
    const order = TokenOrder.counted([...this.bodies.values()].map((body) => body.hashes as Uint32Array));
    const joins = [...groups].map((group) => group.filter((candidate) => this.bodies.has(candidate.path)).sort((a, b) => a.instant - b.instant)).filter((posts) => posts.length >= 2);
    // one token array per body, however many groups it is in, dropped after the last group that needs it
    const tokens = new Map<string, JoinTokens>();
    for (const posts of joins) for (const post of posts) tokens.set(post.path, { groupsLeft: (tokens.get(post.path)?.groupsLeft ?? 0) + 1 });
    const postings = new Postings();
    const collided = new Set<string>();
    for (const posts of joins) {
      const joined: DuplicateCandidate[] = [];
      const joinedTokens: Uint32Array[] = [];
      for (const post of posts) {
        const body = this.bodies.get(post.path) as Body;
        const entry = tokens.get(post.path) as JoinTokens;
        if (--entry.groupsLeft === 0) tokens.delete(post.path);
        if (!entry.tokens) {
          entry.tokens = order.toTokens(body.hashes as Uint32Array);
          body.hashes = undefined;
          if (hasRepeats(entry.tokens)) collided.add(post.path);
        }
        if (collided.has(post.path)) continue;
        joined.push(post);
        joinedTokens.push(entry.tokens);
      }
      // at a threshold of 0 every pair counts, even one sharing no 3-gram, which the prefix join never meets
      const everyPair = search.threshold <= 0;
      if (!everyPair) this.joinGroup(joined, joinedTokens, search, postings);
      for (const post of posts) {
        if (!everyPair && !collided.has(post.path)) continue;
        for (const other of posts) if (Math.abs(other.instant - post.instant) <= search.windowMs) this.confirm(post.path, other.path, search.threshold);
      }
    }
    for (const body of this.bodies.values()) body.hashes = undefined;
  }

  /** Re-evaluates one post's pairs against the posts it shares a group with. */
  update(path: string, text: string | undefined, instant: number, candidates: Iterable<DuplicateCandidate>, search: DuplicateSearch): void {
    this.remove(path);
    if (text === undefined) return;
    const hashes = distinctGramHashes(text);
    if (hashes.length === 0) return;
    const canonical = TokenOrder.byHash.toTokens(hashes);
    this.bodies.set(path, { text, canonical });
    for (const candidate of candidates) {
      if (candidate.path === path || Math.abs(candidate.instant - instant) > search.windowMs || !this.bodies.has(candidate.path)) continue;
      if (sortedJaccard(canonical, this.canonical(candidate.path)) >= search.threshold) this.confirm(path, candidate.path, search.threshold);
    }
  }

  remove(path: string): void {
    this.bodies.delete(path);
    const partners = this.pairs.get(path);
    if (!partners) return;
    for (const other of partners.keys()) this.pairs.get(other)?.delete(path);
    this.pairs.delete(path);
  }

  /** PPJoin over one group's posts in time order (`tokens` in the same order). */
  private joinGroup(posts: readonly DuplicateCandidate[], tokens: readonly Uint32Array[], search: DuplicateSearch, postings: Postings): void {
    const threshold = search.threshold;
    const instants = Float64Array.from(posts, (post) => post.instant);
    const sizes = Int32Array.from(tokens, (set) => set.length);
    const prefixLengths = sizes.map((size) => size - Math.ceil(threshold * size - EPSILON) + 1);
    postings.reset(prefixLengths.reduce((sum, length) => sum + length, 0));
    const overlap = new Int32Array(posts.length);
    const required = new Int32Array(posts.length);
    const seenBy = new Int32Array(posts.length).fill(-1);
    const prunedBy = new Int32Array(posts.length).fill(-1);
    for (let i = 0; i < posts.length; i++) {
      const mine = tokens[i];
      const size = sizes[i];
      const prefixLength = prefixLengths[i];
      const oldest = instants[i] - search.windowMs;
      const candidates: number[] = [];
      for (let k = 0; k < prefixLength; k++) {
        // newest first: the first post out of the window ends the chain's part that matters
        for (let entry = postings.newest(mine[k]); entry !== -1; entry = postings.next(entry)) {
          const j = postings.post(entry);
          if (instants[j] < oldest) break;
          if (prunedBy[j] === i) continue;
          const theirSize = sizes[j];
          if (seenBy[j] !== i) {
            if (!lengthsCompatible(size, theirSize, threshold)) {
              prunedBy[j] = i;
              continue;
            }
            seenBy[j] = i;
            overlap[j] = 0;
            required[j] = requiredOverlap(threshold, size, theirSize);
            candidates.push(j);
          }
          const possible = overlap[j] + 1 + Math.min(size - k - 1, theirSize - postings.position(entry) - 1);
          if (possible >= required[j]) overlap[j]++;
          else prunedBy[j] = i;
        }
      }
      for (const j of candidates) {
        if (prunedBy[j] !== i && sharedCount(mine, tokens[j], required[j]) >= required[j]) this.confirm(posts[i].path, posts[j].path, threshold);
      }
      for (let k = 0; k < prefixLength; k++) postings.add(mine[k], i, k);
    }
  }

  /** Links two posts when their exact similarity reaches the threshold. */
  private confirm(a: string, b: string, threshold: number): void {
    if (a === b) return;
    const similarity = sortedJaccard(this.exact(a), this.exact(b));
    if (similarity < threshold) return;
    for (const [from, to] of [[a, b], [b, a]]) {
      let partners = this.pairs.get(from);
      if (!partners) this.pairs.set(from, (partners = new Map()));
      partners.set(to, similarity);
    }
  }

  private exact(path: string): Float64Array {
    const body = this.bodies.get(path) as Body;
    body.exact ??= exactGramSet(body.text);
    return body.exact;
  }

  private canonical(path: string): Uint32Array {
    const body = this.bodies.get(path) as Body;
    body.canonical ??= TokenOrder.byHash.toTokens(distinctGramHashes(body.text));
    return body.canonical;
  }
}
