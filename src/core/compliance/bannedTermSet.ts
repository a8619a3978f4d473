import { TermMatcher } from '../match/termMatcher';
import type { Localized } from '../model';
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
  /** An ordinary word that contains a term (最佳实践) or a word the team allows: where it stands, nothing is reported. */
  | { kind: 'allowed' };

export interface BannedTermSet {
  matcher: TermMatcher;
  /** What each of the matcher's terms is, by its index. */
  entries: readonly BannedEntry[];
}

export interface BannedTermOptions {
  packs: readonly string[];
  words: readonly string[];
  allow: readonly string[];
  suggestions: Readonly<Record<string, string>>;
}

/**
 * All terms of the chosen packs, the team's words and list terms, and every exception, in one matcher (one pass over
 * a text finds them all; at a place the longest wins, so 最佳实践 hides its 最佳). Case-insensitive; when one text is
 * several things, the first said here wins: what the team allows, then the team's words and lists, then the packs in
 * their built-in order, then the packs' exceptions.
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
  for (const pack of packs) for (const exception of pack.exceptions) add(exception, { kind: 'allowed' });
  for (const [term, suggestion] of Object.entries(options.suggestions)) {
    const found = byTerm.get(term.toLowerCase());
    if (found && found.entry.kind !== 'allowed') found.entry = { ...found.entry, suggestion };
  }
  const terms = [...byTerm.values()];
  return { matcher: new TermMatcher(terms.map(({ term }) => term)), entries: terms.map(({ entry }) => entry) };
}
