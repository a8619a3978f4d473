import { exactGramSet, gramSignature, mayReach, sortedJaccard, type GramSignature } from './shingles';

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

interface Body {
  path: string;
  /** The body as readers see it; an index built from signatures keeps none (see rebuildFromSignatures). */
  text?: string;
  /** Made when the body is first compared: a run that takes its pairs from a cache compares only changed posts. */
  signature?: GramSignature;
  /** The exact 3-gram set, made when a pair with it is confirmed. */
  exact?: Float64Array;
}

/** Reads posts' readable bodies again, by path; a post gone or blank meanwhile is left out. */
export type BodyReader = (paths: readonly string[]) => Promise<ReadonlyMap<string, string>>;

/**
 * Near-duplicate pairs of post bodies (character 3-gram Jaccard), kept up to date one post at a time.
 *
 * Every two posts that share a group and lie within the window are compared, first by their 3-gram signatures
 * (`mayReach`), which rule out nearly every pair that is not a near-duplicate at the cost of a few dozen word
 * operations and never rule out one that is. The few pairs left are confirmed on the exact 3-gram sets, so every
 * similarity reported is the true one.
 */
export class DuplicateIndex {
  private readonly bodies = new Map<string, Body>();
  private readonly pairs = new Map<string, Map<string, number>>();
  /** Built by rebuildFromSignatures: the bodies' texts are not here to compare a changed post with. */
  private withoutTexts = false;

  partnersOf(path: string): ReadonlyMap<string, number> | undefined {
    return this.pairs.get(path);
  }

  /** Every pair once, as [path, path, similarity], the first path the one of the pair that sorts earlier. */
  allPairs(): Array<[string, string, number]> {
    const listed: Array<[string, string, number]> = [];
    for (const [path, partners] of this.pairs) for (const [other, similarity] of partners) if (path < other) listed.push([path, other, similarity]);
    return listed;
  }

  /**
   * Takes the bodies' text and pairs already known (from a full rebuild over the same bodies, groups and times): no
   * body is compared. Pairs with a path not among the texts are left out; `update` then adds the posts that changed.
   */
  restore(texts: ReadonlyMap<string, string>, pairs: Iterable<readonly [string, string, number]>): void {
    this.reset(false);
    for (const [path, text] of texts) this.bodies.set(path, { path, text });
    for (const [a, b, similarity] of pairs) if (this.bodies.has(a) && this.bodies.has(b)) this.link(a, b, similarity);
  }

  /** Rebuilds everything from the bodies' text and the groups whose posts may duplicate each other. */
  rebuild(texts: ReadonlyMap<string, string>, groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch): void {
    this.reset(false);
    for (const [path, text] of texts) this.add(path, text);
    for (const [later, earlier] of this.candidatePairs(groups, search)) this.confirm(later, earlier, search.threshold);
  }

  /**
   * Rebuilds everything from the bodies' signatures alone, for a one-shot check that let the texts go as it read
   * them: the few posts in pairs the signatures cannot rule out are read again (`readBodies`) and confirmed on their
   * exact 3-gram sets, so the pairs are the ones rebuild finds. Such an index keeps the pairs alone and takes no updates.
   */
  async rebuildFromSignatures(signatures: ReadonlyMap<string, GramSignature>, groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch, readBodies: BodyReader): Promise<void> {
    this.reset(true);
    for (const [path, signature] of signatures) if (signature.grams > 0) this.bodies.set(path, { path, signature });
    const pairs = this.candidatePairs(groups, search);
    // a body's exact set is made at its first pair and let go after its last: a workspace's many reposts would
    // otherwise all hold theirs at once (7 500 bodies, some 40 MB, at 100 000 posts)
    const lastPair = new Map<Body, number>();
    pairs.forEach(([later, earlier], index) => {
      lastPair.set(later, index);
      lastPair.set(earlier, index);
    });
    const texts = await readBodies([...lastPair.keys()].map((body) => body.path));
    const exactFromText = (body: Body): Float64Array | undefined => {
      const text = body.exact ? undefined : texts.get(body.path);
      if (text !== undefined) body.exact = exactGramSet(text);
      return body.exact;
    };
    pairs.forEach(([later, earlier], index) => {
      if (exactFromText(later) && exactFromText(earlier)) this.confirm(later, earlier, search.threshold);
      for (const body of [later, earlier]) if (lastPair.get(body) === index) body.exact = undefined;
    });
    // no other pair will be looked for: the pairs are all such an index needs
    this.bodies.clear();
  }

  /** Every two bodies of a group within the window that their signatures do not rule out, later first. */
  private candidatePairs(groups: Iterable<readonly DuplicateCandidate[]>, search: DuplicateSearch): Array<[Body, Body]> {
    const pairs: Array<[Body, Body]> = [];
    for (const group of groups) {
      const posts = group.flatMap((candidate) => {
        const body = this.bodies.get(candidate.path);
        if (!body) return [];
        const signature = signatureOf(body);
        return signature.grams > 0 ? [{ instant: candidate.instant, body, signature }] : [];
      });
      posts.sort((a, b) => a.instant - b.instant);
      posts.forEach((later, laterIndex) => {
        for (let earlier = posts[laterIndex - 1], at = laterIndex - 1; earlier && later.instant - earlier.instant <= search.windowMs; earlier = posts[--at]) {
          // a series' occurrences are one body: identical to itself, never a pair (confirm and update skip it too)
          if (later.body !== earlier.body && mayReach(later.signature, earlier.signature, search.threshold)) pairs.push([later.body, earlier.body]);
        }
      });
    }
    return pairs;
  }

  private reset(withoutTexts: boolean): void {
    this.bodies.clear();
    this.pairs.clear();
    this.withoutTexts = withoutTexts;
  }

  /**
   * Re-evaluates one post's pairs against the posts it shares a group with. `own` are the post's times (one, or a
   * series' occurrences, ascending): a candidate within the window of any of them is compared.
   */
  update(path: string, text: string | undefined, own: readonly DuplicateCandidate[], candidates: Iterable<DuplicateCandidate>, search: DuplicateSearch): void {
    if (this.withoutTexts) throw new Error('a duplicate index built from signatures takes no updates');
    this.remove(path);
    const body = text === undefined ? undefined : this.add(path, text);
    if (!body || own.length === 0) return;
    const signature = signatureOf(body);
    if (signature.grams === 0) return;
    for (const candidate of candidates) {
      const other = this.bodies.get(candidate.path);
      if (!other || other === body || !withinWindow(own, candidate.instant, search.windowMs)) continue;
      const otherSignature = signatureOf(other);
      if (otherSignature.grams > 0 && mayReach(signature, otherSignature, search.threshold)) this.confirm(body, other, search.threshold);
    }
  }

  remove(path: string): void {
    this.bodies.delete(path);
    const partners = this.pairs.get(path);
    if (!partners) return;
    for (const other of partners.keys()) this.pairs.get(other)?.delete(path);
    this.pairs.delete(path);
  }

  /** Indexes a body; one without a single 3-gram duplicates nothing (it is never compared). */
  private add(path: string, text: string): Body {
    const body: Body = { path, text };
    this.bodies.set(path, body);
    return body;
  }

  /** Links two posts when their exact similarity reaches the threshold. */
  private confirm(a: Body, b: Body, threshold: number): void {
    // a series meets the same partner at many occurrences: once is enough
    if (a === b || this.pairs.get(a.path)?.has(b.path)) return;
    const similarity = sortedJaccard(exactOf(a), exactOf(b));
    if (similarity >= threshold) this.link(a.path, b.path, similarity);
  }

  private link(a: string, b: string, similarity: number): void {
    for (const [from, to] of [[a, b], [b, a]] as const) {
      let partners = this.pairs.get(from);
      if (!partners) this.pairs.set(from, (partners = new Map()));
      partners.set(to, similarity);
    }
  }
}

/** A body's exact 3-gram set, made on first use; a body without its text has one already (rebuildFromSignatures). */
function exactOf(body: Body): Float64Array {
  return (body.exact ??= exactGramSet(body.text ?? ''));
}

/** A body's signature, made on first use; a body without its text has one already (rebuildFromSignatures). */
function signatureOf(body: Body): GramSignature {
  return (body.signature ??= gramSignature(body.text ?? ''));
}

/** Whether an instant is within `windowMs` of any of the times (ascending): a binary search for the nearest. */
function withinWindow(times: readonly DuplicateCandidate[], instant: number, windowMs: number): boolean {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    // middle is below high, which is at most times.length
    if (times[middle]!.instant < instant) low = middle + 1;
    else high = middle;
  }
  const after = times[low];
  const before = times[low - 1];
  return (after !== undefined && after.instant - instant <= windowMs) || (before !== undefined && instant - before.instant <= windowMs);
}
