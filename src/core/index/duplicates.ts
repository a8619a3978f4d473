import { jaccard } from './shingles';

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

/**
 * Near-duplicate pairs of post bodies (character 3-gram Jaccard), kept up to date one post at a time.
 * A full build uses prefix filtering (the AllPairs join): with tokens ordered rarest first, two sets with
 * Jaccard ≥ t must share a token among the first |x| − ⌈t·|x|⌉ + 1 of each, so most pairs are never compared.
 * The result is exact: every pair at or above the threshold is found.
 */
export class DuplicateIndex {
  private readonly tokenRanks = new Map<number, number>();
  private readonly ranked = new Map<string, Int32Array>();
  private readonly pairs = new Map<string, Map<string, number>>();

  partnersOf(path: string): ReadonlyMap<string, number> | undefined {
    return this.pairs.get(path);
  }

  /** Rebuilds everything from the bodies' shingles and the groups whose posts may duplicate each other. */
  rebuild(shingles: ReadonlyMap<string, Float64Array>, groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch): void {
    this.tokenRanks.clear();
    this.ranked.clear();
    this.pairs.clear();
    this.assignRanks(shingles.values());
    for (const [path, grams] of shingles) this.ranked.set(path, this.toRanks(grams));
    for (const group of groups) this.joinGroup(group, search);
  }

  /** Re-evaluates one post's pairs against the posts it shares a group with. */
  update(path: string, grams: Float64Array | undefined, instant: number, candidates: Iterable<DuplicateCandidate>, search: DuplicateSearch): void {
    this.remove(path);
    if (!grams || grams.length === 0) return;
    const mine = this.toRanks(grams);
    this.ranked.set(path, mine);
    for (const candidate of candidates) {
      if (candidate.path === path || Math.abs(candidate.instant - instant) > search.windowMs) continue;
      const theirs = this.ranked.get(candidate.path);
      if (!theirs || !lengthsCompatible(mine.length, theirs.length, search.threshold)) continue;
      const similarity = jaccard(mine, theirs);
      if (similarity >= search.threshold) this.link(path, candidate.path, similarity);
    }
  }

  remove(path: string): void {
    this.ranked.delete(path);
    const partners = this.pairs.get(path);
    if (!partners) return;
    for (const other of partners.keys()) this.pairs.get(other)?.delete(path);
    this.pairs.delete(path);
  }

  /** Ranks tokens by how many bodies hold them, rarest first (ties in first-seen order), by counting sort. */
  private assignRanks(allShingles: Iterable<Float64Array>): void {
    const frequency = new Map<number, number>();
    for (const grams of allShingles) for (const gram of grams) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
    let maxFrequency = 0;
    for (const count of frequency.values()) if (count > maxFrequency) maxFrequency = count;
    const nextRank = new Int32Array(maxFrequency + 2);
    for (const count of frequency.values()) nextRank[count + 1]++;
    for (let count = 1; count <= maxFrequency + 1; count++) nextRank[count] += nextRank[count - 1];
    for (const [gram, count] of frequency) this.tokenRanks.set(gram, nextRank[count]++);
  }

  private toRanks(grams: Float64Array): Int32Array {
    const ranks = new Int32Array(grams.length);
    for (let index = 0; index < grams.length; index++) {
      let rank = this.tokenRanks.get(grams[index]);
      if (rank === undefined) {
        rank = this.tokenRanks.size;
        this.tokenRanks.set(grams[index], rank);
      }
      ranks[index] = rank;
    }
    return ranks.sort();
  }

  private joinGroup(group: readonly DuplicateCandidate[], search: DuplicateSearch): void {
    const ordered = [...group].sort((a, b) => a.instant - b.instant);
    const sets = ordered.map((candidate) => this.ranked.get(candidate.path));
    const postings = new Map<number, number[]>();
    const lastSeenBy = new Int32Array(ordered.length).fill(-1);
    for (let i = 0; i < ordered.length; i++) {
      const mine = sets[i];
      if (!mine || mine.length === 0) continue;
      const prefixLength = mine.length - Math.ceil(search.threshold * mine.length - EPSILON) + 1;
      for (let k = 0; k < prefixLength; k++) {
        const list = postings.get(mine[k]);
        if (!list) continue;
        for (const j of list) {
          if (lastSeenBy[j] === i) continue;
          lastSeenBy[j] = i;
          const theirs = sets[j] as Int32Array;
          if (ordered[i].instant - ordered[j].instant > search.windowMs || !lengthsCompatible(mine.length, theirs.length, search.threshold)) continue;
          const similarity = jaccard(mine, theirs);
          if (similarity >= search.threshold) this.link(ordered[i].path, ordered[j].path, similarity);
        }
      }
      for (let k = 0; k < prefixLength; k++) {
        const list = postings.get(mine[k]);
        if (list) list.push(i);
        else postings.set(mine[k], [i]);
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

/** |x| and |y| can only reach Jaccard t if the smaller is at least t times the larger. */
function lengthsCompatible(a: number, b: number, threshold: number): boolean {
  return Math.min(a, b) >= threshold * Math.max(a, b) - EPSILON;
}
