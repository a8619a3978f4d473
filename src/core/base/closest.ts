/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
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
