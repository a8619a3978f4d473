/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  // previous[j] and current[j] are distances to b's first j characters; both rows hold b.length + 1 of them.
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    let left = i;
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      left = Math.min(above + 1, left + 1, diagonal + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
      current.push(left);
      diagonal = above;
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Ids, keys and option names are short; the edit distance costs the product of two lengths, so longer text is not typo-checked. */
const MAX_TYPO_LENGTH = 100;

/**
 * The candidate nearest to `word`, if it is near enough to be a plausible typo: at most a third of the
 * word's length away (and at least 1), ties broken by candidate order; failing that, a candidate that
 * the word abbreviates or spells out (`max` for `maximum`). Words or candidates over MAX_TYPO_LENGTH
 * characters only get the second kind of suggestion.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let prefixMatch: string | undefined;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const distance = lower.length <= MAX_TYPO_LENGTH && other.length <= MAX_TYPO_LENGTH ? editDistance(lower, other) : Infinity;
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
    if (prefixMatch === undefined && Math.min(lower.length, other.length) >= 3 && (lower.startsWith(other) || other.startsWith(lower))) prefixMatch = candidate;
  }
  return best ?? prefixMatch;
}
