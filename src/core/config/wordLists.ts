import { readWordList } from '../compliance/wordList';
import type { DecodedFile } from '../base/text';
import type { Config } from '../model/config';

/** The list files community.yaml names, each once: what a host reads after loading it. */
export function wordListPaths(config: Config): string[] {
  return [...new Set(config.wordListRefs.map((ref) => ref.path))];
}

/**
 * Attaches the list files a host read (undefined: no such file) to the config they belong to. A list that is missing
 * or not text is an error at each place community.yaml names it; a list's own bad lines stay with the list.
 */
export function attachWordLists(config: Config, contents: ReadonlyMap<string, string | DecodedFile | undefined>): void {
  for (const path of wordListPaths(config)) {
    const list = readWordList(path, contents.get(path));
    if ('terms' in list) {
      config.wordLists.set(path, list);
      continue;
    }
    for (const ref of config.wordListRefs) if (ref.path === path) config.problems.push({ severity: 'error', ...list, span: ref.span });
  }
}
