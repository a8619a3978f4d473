import { jaccard } from './shingles';
import { TokenDictionary } from './tokens';

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

/** Tokens a Jaccard ≥ t pair must share: ⌈t/(1+t)·(|x|+|y|)⌉. */
function requiredOverlap(threshold: number, a: number, b: number): number {
  return Math.ceil((threshold / (1 + threshold)) * (a + b) - EPSILON);
}

/** |x| and |y| can only reach Jaccard t if the smaller is at least t times the larger. */
function lengthsCompatible(a: number, b: number, threshold: number): boolean {
  return Math.min(a, b) >= threshold * Math.max(a, b) - EPSILON;
}

/**
 * Near-duplicate pairs of post bodies (character 3-gram Jaccard), kept up to date one post at a time.
 *
 * A full build joins each group with PPJoin (Xiao et al., 2008): tokens are ranked rarest first within the
 * group; two sets with Jaccard ≥ t must share a token among the first |x| − ⌈t·|x|⌉ + 1 of each (prefix
 * filter), and a shared token at positions i and j leaves at most min(|x|−i, |y|−j) more to share
 * (positional filter), so most pairs are never compared. Every pair at or above the threshold is found.
 */
export class DuplicateIndex {
  private readonly dictionary = new TokenDictionary();
  private readonly idsByPath = new Map<string, Int32Array>();
  private readonly pairs = new Map<string, Map<string, number>>();

  partnersOf(path: string): ReadonlyMap<string, number> | undefined {
    return this.pairs.get(path);
  }

  /** Rebuilds everything from the bodies' 3-grams and the groups whose posts may duplicate each other. */
  rebuild(grams: ReadonlyMap<string, Float64Array>, groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch): void {
    this.idsByPath.clear();
    this.pairs.clear();
    for (const [path, codes] of grams) this.idsByPath.set(path, this.dictionary.idsOf(codes));
    const scratch = new GroupScratch(this.dictionary.size);
    for (const group of groups) this.joinGroup(group, search, scratch);
  }

  /** Re-evaluates one post's pairs against the posts it shares a group with. */
  update(path: string, grams: Float64Array | undefined, instant: number, candidates: Iterable<DuplicateCandidate>, search: DuplicateSearch): void {
    this.remove(path);
    if (!grams || grams.length === 0) return;
    const mine = this.dictionary.idsOf(grams);
    this.idsByPath.set(path, mine);
    for (const candidate of candidates) {
      if (candidate.path === path || Math.abs(candidate.instant - instant) > search.windowMs) continue;
      const theirs = this.idsByPath.get(candidate.path);
      if (!theirs || !lengthsCompatible(mine.length, theirs.length, search.threshold)) continue;
      const similarity = jaccard(mine, theirs);
      if (similarity >= search.threshold) this.link(path, candidate.path, similarity);
    }
  }

  remove(path: string): void {
    this.idsByPath.delete(path);
    const partners = this.pairs.get(path);
    if (!partners) return;
    for (const other of partners.keys()) this.pairs.get(other)?.delete(path);
    this.pairs.delete(path);
  }

  private joinGroup(group: readonly DuplicateCandidate[], search: DuplicateSearch, scratch: GroupScratch): void {
    const posts = group.filter((candidate) => (this.idsByPath.get(candidate.path)?.length ?? 0) > 0).sort((a, b) => a.instant - b.instant);
    if (posts.length < 2) return;
    const sets = scratch.rankSets(posts.map((post) => this.idsByPath.get(post.path) as Int32Array));
    const { threshold, windowMs } = search;
    const postings: Array<{ posts: number[]; positions: number[]; head: number } | undefined> = [];
    const overlap = new Int32Array(posts.length);
    const seenBy = new Int32Array(posts.length).fill(-1);
    const prunedBy = new Int32Array(posts.length).fill(-1);
    for (let i = 0; i < posts.length; i++) {
      const mine = sets[i];
      const prefixLength = mine.length - Math.ceil(threshold * mine.length - EPSILON) + 1;
      const candidates: number[] = [];
      for (let k = 0; k < prefixLength; k++) {
        const list = postings[mine[k]];
        if (!list) continue;
        // lists are in time order: drop the posts that fell out of the window for good
        while (list.head < list.posts.length && posts[i].instant - posts[list.posts[list.head]].instant > windowMs) list.head++;
        for (let at = list.head; at < list.posts.length; at++) {
          const j = list.posts[at];
          if (prunedBy[j] === i) continue;
          const theirs = sets[j];
          if (seenBy[j] !== i) {
            if (!lengthsCompatible(mine.length, theirs.length, threshold)) {
              prunedBy[j] = i;
              continue;
            }
            seenBy[j] = i;
            overlap[j] = 0;
            candidates.push(j);
          }
          const possible = overlap[j] + 1 + Math.min(mine.length - k - 1, theirs.length - list.positions[at] - 1);
          if (possible >= requiredOverlap(threshold, mine.length, theirs.length)) overlap[j]++;
          else prunedBy[j] = i;
        }
      }
      for (const j of candidates) {
        if (prunedBy[j] === i) continue;
        const similarity = jaccard(mine, sets[j]);
        if (similarity >= threshold) this.link(posts[i].path, posts[j].path, similarity);
      }
      for (let k = 0; k < prefixLength; k++) {
        const list = postings[mine[k]];
        if (list) {
          list.posts.push(i);
          list.positions.push(k);
        } else postings[mine[k]] = { posts: [i], positions: [k], head: 0 };
      }
    }
  }

  private link(a: string, b: string, similarity: number): void {
    if (a === b) return;
    for (const [from, to] of [[a, b], [b, a]]) {
      let partners = this.pairs.get(from);
      if (!partners) this.pairs.set(from, (partners = new Map()));
      partners.set(to, similarity);
    }
  }
}

/** Reusable arrays for ranking one group's tokens, rarest first (counting sort, ties by token id). */
class GroupScratch {
  private readonly counts: Int32Array;
  private readonly ranks: Int32Array;

  constructor(tokens: number) {
    this.counts = new Int32Array(tokens);
    this.ranks = new Int32Array(tokens);
  }

  /** The sets re-expressed as sorted ranks (0 = the group's rarest token). */
  rankSets(sets: readonly Int32Array[]): Int32Array[] {
    const firstSeen: number[] = [];
    let maxCount = 0;
    for (const set of sets) {
      for (let index = 0; index < set.length; index++) {
        const id = set[index];
        const count = ++this.counts[id];
        if (count === 1) firstSeen.push(id);
        if (count > maxCount) maxCount = count;
      }
    }
    const used = Int32Array.from(firstSeen).sort();
    const next = new Int32Array(maxCount + 2);
    for (const id of used) next[this.counts[id] + 1]++;
    for (let count = 1; count <= maxCount + 1; count++) next[count] += next[count - 1];
    for (const id of used) this.ranks[id] = next[this.counts[id]]++;
    const ranked = sets.map((set) => {
      const ranks = new Int32Array(set.length);
      for (let index = 0; index < set.length; index++) ranks[index] = this.ranks[set[index]];
      return ranks.sort();
    });
    for (const id of used) this.counts[id] = 0;
    return ranked;
  }
}
