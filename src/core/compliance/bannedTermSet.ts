import { TermMatcher } from '../match/termMatcher';
import type { Localized } from '../base/domain';
import type { BannedPack } from './pack';
import { BANNED_PACKS } from './packs';

/** A term of a team's list file: where it came from, for messages. */
export interface ListedTerm {
  term: string;
  suggestion?: string;
  /** Workspace-relative path of the list file. */
  list: string;
}

/** What a hit on one of the matcher's terms means. */
export type BannedEntry =
  | { kind: 'pack'; pack: BannedPack; source: Localized; suggestion?: string }
  | { kind: 'team'; suggestion?: string; list?: string }
  /** A term the team allows: where it stands, nothing is reported (and no shorter term inside it). */
  | { kind: 'allowed' };

/** An ordinary word that holds a term `offset` characters in (最佳实践 holds 最佳 at 0, 不能代替母乳 代替母乳 at 2). */
export interface TermException {
  word: string;
  offset: number;
}

export interface BannedTermSet {
  matcher: TermMatcher;
  /** What each of the matcher's terms is, by its index. */
  entries: readonly BannedEntry[];
  /** The exceptions that hold each term, by the term's index. */
  exceptions: ReadonlyMap<number, readonly TermException[]>;
}

/**
 * Whether the hit at `start` is part of one of its term's exceptions in the text: then the longer, ordinary word wins.
 * Exceptions are checked at hits only (hits are rare), so they cost the scan of every text nothing.
 */
export function isException(text: string, start: number, exceptions: readonly TermException[] | undefined): boolean {
  if (!exceptions) return false;
  return exceptions.some(({ word, offset }) => start >= offset && text.slice(start - offset, start - offset + word.length).toLowerCase() === word);
}

export interface BannedTermOptions {
  packs: readonly string[];
  words: readonly string[];
  allow: readonly string[];
  suggestions: Readonly<Record<string, string>>;
}

/**
 * All terms of the chosen packs, the team's words and list terms in one matcher (one pass over a text finds them all),
 * and for each term the exceptions that hold it. Case-insensitive; when one text is several things, the first said
 * here wins: what the team allows, then the team's words and lists, then the packs in their built-in order. A word in
 * `allow` that is no term is an exception like the packs' own (最佳拍档).
 */
export function bannedTermSet(options: BannedTermOptions, listed: readonly ListedTerm[]): BannedTermSet {
  const byTerm = new Map<string, { term: string; entry: BannedEntry }>();
  const add = (term: string, entry: BannedEntry) => {
    const key = term.toLowerCase();
    if (!byTerm.has(key)) byTerm.set(key, { term, entry });
  };
  for (const term of options.allow) add(term, { kind: 'allowed' });
  for (const term of options.words) add(term, { kind: 'team' });
  for (const { term, suggestion, list } of listed) add(term, { kind: 'team', list, ...(suggestion ? { suggestion } : {}) });
  const packs = BANNED_PACKS.filter((pack) => options.packs.includes(pack.id));
  for (const pack of packs) {
    for (const { source, terms } of pack.groups) for (const { term, suggestion } of terms) add(term, { kind: 'pack', pack, source, ...(suggestion ? { suggestion } : {}) });
  }
  for (const [term, suggestion] of Object.entries(options.suggestions)) {
    const found = byTerm.get(term.toLowerCase());
    if (found && found.entry.kind !== 'allowed') found.entry = { ...found.entry, suggestion };
  }
  const terms = [...byTerm.values()];
  const matcher = new TermMatcher(terms.map(({ term }) => term));
  const exceptions = new Map<number, TermException[]>();
  const words = [...options.allow, ...packs.flatMap((pack) => pack.exceptions)].map((word) => word.toLowerCase()).filter((word) => !byTerm.has(word));
  for (const word of new Set(words)) {
    for (const hit of matcher.hits(word)) {
      const held = exceptions.get(hit.term) ?? [];
      held.push({ word, offset: hit.start });
      exceptions.set(hit.term, held);
    }
  }
  return { matcher, entries: terms.map(({ entry }) => entry), exceptions };
}
