import type { RuleEnvironment } from '../rules/evaluate';
import { RULES } from '../rules/registry';
import { hash53 } from './stamp';

let rulesFingerprint: string | undefined;

/** The rules' metadata in one hash, made when a cache first asks: every command would otherwise pay for it at start. */
function rulesFingerprintOnce(): string {
  rulesFingerprint ??= hashText(JSON.stringify(RULES.map((rule) => rule.meta)));
  return rulesFingerprint;
}

function hashText(text: string): string {
  return `${hash53(text).toString(36)}.${hash53(text, 1).toString(36)}`;
}

/** Everything besides a post's own file that its result depends on, in one hash. */
export function settingsFingerprint(env: RuleEnvironment, engine: string): string {
  const { config } = env;
  // a run that shows no infos (json, --quiet) does not compute them: its results are not another run's
  const parts = [engine, rulesFingerprintOnce(), env.shownFrom, config.path, config.source.text];
  for (const ref of config.wordListRefs) parts.push(ref.path);
  for (const list of [...config.wordLists.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) parts.push(list.path, list.source.text);
  return hashText(parts.join('\u0000'));
}
