import { closestMatch } from '../base/closest';
import { PLATFORMS, STAGES, TIERS, type Platform, type Stage, type Tier } from '../base/domain';
import type { YamlValue } from '../parse/yamlValue';
import { didYouMean } from './messages';
import { readIdentifiedList } from './identifiedList';
import type { ConfigProblemSink } from './problemSink';
import { readLevelRhythm } from './rhythm';
import { readRuleSettings } from './ruleSettings';
import type { Rhythm } from '../model/rhythm';
import type { GroupConfig, RuleSettings } from '../model/config';

const GROUP_KEYS = ['id', 'name', 'platform', 'tier', 'stage', 'members', 'admins', 'parent', 'rules', 'rhythm'];

/** Reads `groups`; a bad entry is a problem at its spot and left out, a duplicate id keeps the first. */
export function readGroups(value: YamlValue, sink: ConfigProblemSink): GroupConfig[] {
  return readIdentifiedList('groups', value, sink, (item, index) => readGroup(item, index, sink), 'duplicateGroupId');
}

function readGroup(item: YamlValue, index: number, sink: ConfigProblemSink): GroupConfig | undefined {
  const path = `groups[${index}]`;
  const identified = sink.readItemId(item, path, { missing: 'missingGroupId', bad: 'badGroupId' });
  if (!identified) return undefined;
  const group: GroupConfig = { id: identified.id, idSpan: identified.idSpan, admins: [], rules: new Map() };
  for (const entry of identified.entries) {
    const field = `${path}.${entry.key}`;
    switch (entry.key) {
      case 'id':
        break;
      case 'name':
        group.name = sink.readString(entry.value, field);
        break;
      case 'platform':
        group.platform = sink.readEnum<Platform>(entry.value, field, PLATFORMS, 'platform');
        break;
      case 'tier':
        group.tier = sink.readEnum<Tier>(entry.value, field, TIERS, 'tier');
        break;
      case 'stage':
        group.stage = sink.readEnum<Stage>(entry.value, field, STAGES, 'stage');
        break;
      case 'members':
        if (entry.value.kind === 'number' && Number.isInteger(entry.value.value) && entry.value.value >= 0) {
          group.members = entry.value.value;
          group.membersSpan = entry.value.span;
        } else sink.wrongType(field, 'count', entry.value);
        break;
      case 'admins':
        group.admins = readAdmins(entry.value, field, sink);
        group.adminsSpan = entry.value.span;
        break;
      case 'parent':
        group.parent = sink.readString(entry.value, field);
        group.parentSpan = entry.value.span;
        break;
      case 'rules':
        group.rules = readRuleSettings(entry.value, field, sink);
        break;
      case 'rhythm':
        group.rhythm = readLevelRhythm(entry.value, field, sink);
        break;
      default:
        sink.unknownKey(entry, GROUP_KEYS);
    }
  }
  return group;
}

function readAdmins(value: YamlValue, path: string, sink: ConfigProblemSink): string[] {
  if (value.kind === 'null') return [];
  if (value.kind === 'list') {
    const admins: string[] = [];
    for (const item of value.items) {
      const name = sink.readString(item, path);
      if (name !== undefined) admins.push(name);
    }
    return admins;
  }
  sink.wrongType(path, 'stringList', value);
  return [];
}

/** Each group's `parent` names a group, and following parents never comes back to where it started. */
export function checkParents(groups: GroupConfig[], byId: ReadonlyMap<string, GroupConfig>, sink: ConfigProblemSink): void {
  for (const group of groups) {
    if (group.parent === undefined) continue;
    if (!byId.has(group.parent)) {
      sink.error('unknownParent', { parent: group.parent, hint: didYouMean(closestMatch(group.parent, byId.keys())) }, group.parentSpan ?? group.idSpan);
      continue;
    }
    const seen = new Set([group.id]);
    for (let ancestor = byId.get(group.parent); ancestor; ancestor = ancestor.parent ? byId.get(ancestor.parent) : undefined) {
      if (seen.has(ancestor.id)) {
        sink.error('parentCycle', { id: group.id }, group.idSpan);
        break;
      }
      seen.add(ancestor.id);
    }
  }
}

/** Reads `tiers`: each tier's rule settings and rhythm. */
export function readTiers(value: YamlValue, sink: ConfigProblemSink): { rules: Map<Tier, RuleSettings>; rhythms: Map<Tier, Rhythm> } {
  const tiers = { rules: new Map<Tier, RuleSettings>(), rhythms: new Map<Tier, Rhythm>() };
  if (value.kind === 'null') return tiers;
  if (value.kind !== 'map') {
    sink.wrongType('tiers', 'mapping', value);
    return tiers;
  }
  for (const entry of value.entries) {
    if (!(TIERS as readonly string[]).includes(entry.key)) {
      sink.error('unknownTier', { tier: entry.key }, entry.keySpan);
      continue;
    }
    if (entry.value.kind === 'null') continue;
    if (entry.value.kind !== 'map') {
      sink.wrongType(`tiers.${entry.key}`, 'mapping', entry.value);
      continue;
    }
    const tier = entry.key as Tier;
    for (const tierEntry of entry.value.entries) {
      if (tierEntry.key === 'rules') tiers.rules.set(tier, readRuleSettings(tierEntry.value, `tiers.${tier}.rules`, sink));
      else if (tierEntry.key === 'rhythm') {
        const rhythm = readLevelRhythm(tierEntry.value, `tiers.${tier}.rhythm`, sink);
        if (rhythm) tiers.rhythms.set(tier, rhythm);
      } else sink.unknownKey(tierEntry, ['rules', 'rhythm']);
    }
  }
  return tiers;
}
