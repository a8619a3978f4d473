import { closestMatch } from '../base/closest';
import { resolveListPath } from '../compliance/wordList';
import { SEVERITIES, type SeveritySetting } from '../base/domain';
import type { YamlEntry, YamlValue } from '../parse/yamlValue';
import { readOption, type OptionSpec } from '../rules/options';
import { RULES_BY_ID } from '../rules/registry';
import { didYouMean } from './messages';
import type { ConfigProblemSink } from './problemSink';
import type { OptionValue, RuleSetting, RuleSettings } from '../model/config';

/** Reads a `rules` mapping (top level, a tier or a group), each setting checked against its rule's options. */
export function readRuleSettings(value: YamlValue, path: string, sink: ConfigProblemSink): RuleSettings {
  const settings = new Map<string, RuleSetting>();
  if (value.kind === 'null') return settings;
  if (value.kind !== 'map') {
    sink.wrongType(path, 'mapping', value);
    return settings;
  }
  for (const entry of value.entries) {
    const rule = RULES_BY_ID.get(entry.key);
    if (!rule) {
      sink.error('unknownRule', { rule: entry.key, hint: didYouMean(closestMatch(entry.key, RULES_BY_ID.keys())) }, entry.keySpan);
      continue;
    }
    const setting = readRuleSetting(entry, rule.meta.options as Readonly<Record<string, OptionSpec>>, sink);
    if (setting) settings.set(entry.key, setting);
  }
  return settings;
}

function readRuleSetting(entry: YamlEntry, specs: Readonly<Record<string, OptionSpec>>, sink: ConfigProblemSink): RuleSetting | undefined {
  const value = entry.value;
  if (value.kind === 'string' && (SEVERITIES as readonly string[]).includes(value.value)) {
    return { severity: value.value as SeveritySetting, options: {} };
  }
  if (value.kind !== 'map') {
    sink.error('badSeverity', { rule: entry.key }, value.span);
    return undefined;
  }
  const setting: { severity?: SeveritySetting; options: Record<string, OptionValue> } = { options: {} };
  for (const optionEntry of value.entries) {
    if (optionEntry.key === 'severity') {
      if (optionEntry.value.kind === 'string' && (SEVERITIES as readonly string[]).includes(optionEntry.value.value)) {
        setting.severity = optionEntry.value.value as SeveritySetting;
      } else sink.error('badSeverity', { rule: entry.key }, optionEntry.value.span);
      continue;
    }
    const spec = Object.prototype.hasOwnProperty.call(specs, optionEntry.key) ? specs[optionEntry.key] : undefined;
    if (!spec) {
      sink.warning('unknownOption', { rule: entry.key, option: optionEntry.key, hint: didYouMean(closestMatch(optionEntry.key, Object.keys(specs))) }, optionEntry.keySpan);
      continue;
    }
    const result = readOption(spec, optionEntry.value, `${entry.key}.${optionEntry.key}`);
    if ('problem' in result) sink.report({ severity: 'error', ...result.problem });
    else setting.options[optionEntry.key] = spec.type === 'strings' && spec.workspaceFiles ? readFileRefs(optionEntry.value, sink) : result.value;
  }
  return setting;
}

/** Workspace files an option names (a list of strings already checked), resolved from community.yaml's folder. */
function readFileRefs(value: YamlValue, sink: ConfigProblemSink): string[] {
  const paths: string[] = [];
  for (const item of value.kind === 'list' ? value.items : []) {
    if (item.kind !== 'string') continue;
    const path = resolveListPath(sink.path, item.value);
    if (path === undefined) sink.error('listUnsafe', { path: item.value }, item.span);
    else {
      sink.addWordListRef({ path, span: item.span });
      paths.push(path);
    }
  }
  return paths;
}
