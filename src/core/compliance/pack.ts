import type { Localized } from '../base/domain';

/** A term a pack bans: the claim as written, and a wording that says the same without the claim, where one exists. */
export interface PackTerm {
  term: string;
  suggestion?: string;
}

/** Terms that stand on one legal source. */
export interface SourcedTerms {
  source: Localized;
  terms: readonly PackTerm[];
}

/**
 * A built-in word pack: what its terms are (said in the message), the terms by source, and the compound words that
 * contain a term but are ordinary prose (最佳实践, 顶级域名): where one of those stands, the longer word wins and
 * nothing is reported.
 */
export interface BannedPack {
  id: string;
  /** Completes "… is …" in messages: "a banned absolute term". */
  claim: Localized;
  groups: readonly SourcedTerms[];
  exceptions: readonly string[];
}

/** A term with no suggestion (the claim has no honest rewording, the sentence must change). */
export function bare(...terms: string[]): PackTerm[] {
  return terms.map((term) => ({ term }));
}

/** Terms written `term→suggestion` in a list, for packs that offer one for most. */
export function suggested(pairs: Readonly<Record<string, string>>): PackTerm[] {
  return Object.entries(pairs).map(([term, suggestion]) => ({ term, suggestion }));
}
