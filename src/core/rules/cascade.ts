import type { SeveritySetting } from '../base/domain';
import type { OptionSpec } from './options';
import type { Rule } from './types';
import type { Config, GroupConfig, OptionValue, RuleSetting } from '../model/config';

export interface EffectiveSetting {
  severity: SeveritySetting;
  options: Readonly<Record<string, OptionValue>>;
  /** Equal keys mean equal settings: posts in several groups run a rule once per distinct setting. */
  key: string;
}

function isMapOption(spec: OptionSpec): boolean {
  return spec.type === 'numberMap' || spec.type === 'stringMap';
}

/** A nearer level's value of an option: mappings merge key by key, accumulating lists add their new items. */
function merged(spec: OptionSpec, below: OptionValue, value: OptionValue): OptionValue {
  if (isMapOption(spec)) return { ...(below as object), ...(value as object) } as OptionValue;
  if (spec.type === 'strings' && spec.accumulates) return [...new Set([...(below as readonly string[]), ...(value as readonly string[])])];
  return value;
}

/**
 * Resolves each rule's setting: built-in default < `rules` < `tiers.<tier>.rules` < `groups[].rules`.
 * Options merge one by one (mapping options key by key, accumulating lists by union); a bare severity keeps the
 * options below it.
 */
export class RuleCascade {
  private readonly workspaceSettings = new Map<Rule, EffectiveSetting>();
  // Resolved once per config: lookups happen for every rule of every post.
  private readonly groupSettings = new Map<GroupConfig, Map<Rule, EffectiveSetting>>();

  constructor(
    private readonly config: Config,
    rules: readonly Rule[],
  ) {
    for (const rule of rules) this.workspaceSettings.set(rule, this.resolve(rule, [config.rules.get(rule.meta.id)]));
    for (const group of config.groups) {
      const tierSettings = group.tier ? config.tierRules.get(group.tier) : undefined;
      const byRule = new Map<Rule, EffectiveSetting>();
      for (const rule of rules) byRule.set(rule, this.resolve(rule, [config.rules.get(rule.meta.id), tierSettings?.get(rule.meta.id), group.rules.get(rule.meta.id)]));
      this.groupSettings.set(group, byRule);
    }
  }

  forWorkspace(rule: Rule): EffectiveSetting {
    return this.workspaceSettings.get(rule) ?? this.resolve(rule, [this.config.rules.get(rule.meta.id)]);
  }

  forGroup(rule: Rule, group: GroupConfig): EffectiveSetting {
    const setting = this.groupSettings.get(group)?.get(rule);
    if (!setting) throw new Error(`no settings for rule ${rule.meta.id} in group ${group.id}`);
    return setting;
  }

  private resolve(rule: Rule, levels: ReadonlyArray<RuleSetting | undefined>): EffectiveSetting {
    const specs = rule.meta.options as Readonly<Record<string, OptionSpec>>;
    let severity: SeveritySetting = rule.meta.defaultSeverity;
    const options: Record<string, OptionValue> = {};
    for (const [name, spec] of Object.entries(specs)) options[name] = spec.default;
    for (const level of levels) {
      if (!level) continue;
      if (level.severity !== undefined) severity = level.severity;
      for (const [name, value] of Object.entries(level.options)) {
        const spec = specs[name];
        // settings are read against these specs, so an unknown option never reaches the cascade
        if (spec) options[name] = merged(spec, options[name] ?? spec.default, value);
      }
    }
    return { severity, options, key: `${severity}\u0000${JSON.stringify(options)}` };
  }
}
