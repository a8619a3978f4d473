import { closestMatch } from '../base/closest';
import { resolveListPath, type WordListRef } from '../compliance/wordList';
import { compileGlob, GlobSet, type CompiledGlob } from '../base/glob';
import { PLATFORMS, SEVERITIES, STAGES, TIERS, type MessageData, type Platform, type SeveritySetting, type Span, type Stage, type Tier } from '../base/domain';
import { parseYaml } from '../parse/yamlDocument';
import { documentValue, MAX_ALIASES, type YamlEntry, type YamlValue } from '../parse/yamlValue';
import { readRhythm } from './rhythm';
import type { Rhythm } from '../model/rhythm';
import { readOption, type OptionSpec } from '../rules/options';
import { RULES_BY_ID } from '../rules/registry';
import { SourceText } from '../base/text';
import { parsePublish } from '../time/publish';
import { TimeZone } from '../time/zone';
import { didYouMean } from './messages';
import { readPeople, type ConfigProblemSink } from './people';
import { DEFAULT_MAX_POST_MB, DEFAULT_POST_GLOBS, DEFAULT_TIMEZONE, MAX_POST_MB_CEILING, type Config, type ConfigProblem, type GroupConfig, type OptionValue, type RuleSetting, type RuleSettings } from '../model/config';
import type { CustomHoliday } from '../time/officialDays';

/** Group and person ids. */
const ITEM_ID_PATTERN = /^[a-z0-9-]+$/;
/** The zone names without a "/" that mean one thing everywhere. */
const UNIVERSAL_ZONES = new Set(['UTC', 'GMT']);
const TOP_LEVEL_KEYS = ['timezone', 'posts', 'maxPostSizeMB', 'groups', 'tiers', 'rules', 'rhythm', 'dates', 'holidays', 'people'];
const GROUP_KEYS = ['id', 'name', 'platform', 'tier', 'stage', 'members', 'admins', 'parent', 'rules', 'rhythm'];
const DATE_KEYS = ['date', 'name'];
const HOLIDAY_KEYS = ['date', 'name', 'off'];

const EXPECTED = {
  string: { en: 'a string', 'zh-CN': '字符串' },
  strings: { en: 'a string or a list of strings', 'zh-CN': '字符串或字符串列表' },
  stringList: { en: 'a list of strings', 'zh-CN': '字符串列表' },
  list: { en: 'a list', 'zh-CN': '列表' },
  mapping: { en: 'a mapping', 'zh-CN': '映射' },
  boolean: { en: 'true or false', 'zh-CN': 'true 或 false' },
  count: { en: 'a whole number ≥ 0', 'zh-CN': '非负整数' },
  platform: { en: `one of ${PLATFORMS.join(', ')}`, 'zh-CN': `${PLATFORMS.join('、')} 之一` },
  tier: { en: `one of ${TIERS.join(', ')}`, 'zh-CN': `${TIERS.join('、')} 之一` },
  stage: { en: `one of ${STAGES.join(', ')}`, 'zh-CN': `${STAGES.join('、')} 之一` },
  postSize: { en: `a number of megabytes above 0, at most ${MAX_POST_MB_CEILING}`, 'zh-CN': `大于 0 且不超过 ${MAX_POST_MB_CEILING} 的兆字节数` },
};

const DEFAULT_POST_SELECTION = new GlobSet(DEFAULT_POST_GLOBS.map((glob) => {
  const compiled = compileGlob(glob);
  if (!compiled.ok) throw new Error(`the default posts glob ${glob} does not compile`);
  return compiled.glob;
}));

/** Reads community.yaml into a Config; every problem becomes a ConfigProblem at its exact span, never an exception. */
export function loadConfig(path: string, text: string): Config {
  return new ConfigReader(path, text).read();
}

class ConfigReader implements ConfigProblemSink {
  private readonly source: SourceText;
  private readonly problems: ConfigProblem[] = [];
  private readonly wordListRefs: WordListRef[] = [];

  constructor(
    private readonly path: string,
    text: string,
  ) {
    this.source = new SourceText(text);
  }

  read(): Config {
    const config: Config = {
      path: this.path,
      source: this.source,
      timezone: TimeZone.named(DEFAULT_TIMEZONE) as TimeZone,
      postGlobs: [...DEFAULT_POST_GLOBS],
      postSelection: DEFAULT_POST_SELECTION,
      maxPostBytes: DEFAULT_MAX_POST_MB * 1_048_576,
      groups: [],
      groupsById: new Map(),
      tierRules: new Map(),
      people: [],
      peopleById: new Map(),
      rules: new Map(),
      tierRhythms: new Map(),
      dates: [],
      holidays: [],
      problems: this.problems,
      wordListRefs: this.wordListRefs,
      wordLists: new Map(),
      usable: false,
    };
    const root = this.parseRoot();
    if (!root) return config;
    config.usable = true;
    for (const entry of root.entries) {
      switch (entry.key) {
        case 'timezone':
          config.timezone = this.readTimezone(entry.value) ?? config.timezone;
          break;
        case 'posts': {
          const globs = this.readGlobs(entry.value);
          if (globs) {
            config.postGlobs = globs.map((glob) => glob.source);
            config.postSelection = new GlobSet(globs);
          }
          break;
        }
        case 'maxPostSizeMB':
          if (entry.value.kind === 'number' && entry.value.value > 0 && entry.value.value <= MAX_POST_MB_CEILING) config.maxPostBytes = Math.round(entry.value.value * 1_048_576);
          else this.wrongType('maxPostSizeMB', 'postSize', entry.value);
          break;
        case 'groups':
          config.groups = this.readGroups(entry.value);
          break;
        case 'tiers':
          ({ rules: config.tierRules, rhythms: config.tierRhythms } = this.readTiers(entry.value));
          break;
        case 'rhythm':
          config.rhythm = this.readRhythm(entry.value, 'rhythm');
          break;
        case 'rules':
          config.rules = this.readRuleSettings(entry.value, 'rules');
          break;
        case 'dates':
          config.dates = this.readDates(entry.value, 'dates').map(({ date, name }) => ({ date, name }));
          config.datesSpan = entry.keySpan;
          break;
        case 'holidays':
          config.holidays = this.readDates(entry.value, 'holidays');
          break;
        case 'people':
          config.people = readPeople(entry.value, this);
          config.peopleById = new Map(config.people.map((person) => [person.id, person]));
          break;
        default:
          this.unknownKey(entry, TOP_LEVEL_KEYS);
      }
    }
    config.groupsById = new Map(config.groups.map((group) => [group.id, group]));
    this.checkParents(config.groups, config.groupsById);
    return config;
  }

  private parseRoot(): Extract<YamlValue, { kind: 'map' }> | undefined {
    const text = this.source.text;
    const parsed = parseYaml(text);
    if (parsed.kind === 'tooDeep') {
      this.error('yamlError', { reason: 'nested too deeply' }, { start: 0, end: 0 });
      return undefined;
    }
    const doc = parsed.doc;
    if (doc.errors.length > 0) {
      for (const error of doc.errors.slice(0, 5)) {
        const start = Math.min(error.pos[0], text.length);
        this.error('yamlError', { reason: (error.message.split('\n', 1)[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') }, { start, end: Math.max(start, Math.min(error.pos[1], text.length)) });
      }
      return undefined;
    }
    if (doc.contents === null) return { kind: 'map', entries: [], span: { start: 0, end: 0 } };
    const read = documentValue(doc, 0);
    if (!read.ok) {
      this.error('tooManyAliases', { max: MAX_ALIASES }, read.excessAlias);
      return undefined;
    }
    if (read.value.kind !== 'map') {
      this.error('notMapping', {}, read.value.span);
      return undefined;
    }
    return read.value;
  }

  error(messageId: string, data: MessageData, span: Span): void {
    this.problems.push({ severity: 'error', messageId, data, span });
  }

  lineOf(span: Span): number {
    return this.source.positionAt(span.start).line + 1;
  }

  private warning(messageId: string, data: MessageData, span: Span): void {
    this.problems.push({ severity: 'warning', messageId, data, span });
  }

  wrongType(path: string, expected: keyof typeof EXPECTED, value: YamlValue): void {
    this.error('wrongType', { path, expected: EXPECTED[expected] }, value.span);
  }

  /**
   * The `id` of a list item that must be a mapping with one (a group, a person): ids use only a-z, 0-9 and "-". A
   * missing or bad one is an error at its spot, and the item is left out.
   */
  readItemId(item: YamlValue, path: string, messages: { missing: string; bad: string }): { id: string; idSpan: Span; entries: YamlEntry[] } | undefined {
    if (item.kind !== 'map') {
      this.wrongType(path, 'mapping', item);
      return undefined;
    }
    const idEntry = item.entries.find((entry) => entry.key === 'id');
    if (!idEntry) {
      this.error(messages.missing, {}, item.span);
      return undefined;
    }
    const id = this.readString(idEntry.value, `${path}.id`);
    if (id === undefined) return undefined;
    if (!ITEM_ID_PATTERN.test(id)) {
      this.error(messages.bad, { id }, idEntry.value.span);
      return undefined;
    }
    return { id, idSpan: idEntry.value.span, entries: item.entries };
  }

  unknownKey(entry: YamlEntry, known: readonly string[]): void {
    this.warning('unknownKey', { key: entry.key, hint: didYouMean(closestMatch(entry.key, known)) }, entry.keySpan);
  }

  readString(value: YamlValue, path: string): string | undefined {
    if (value.kind === 'string') return value.value;
    if (value.kind === 'number') return String(value.value);
    this.wrongType(path, 'string', value);
    return undefined;
  }

  private readEnum<T extends string>(value: YamlValue, path: string, values: readonly T[], expected: keyof typeof EXPECTED): T | undefined {
    if (value.kind === 'string' && (values as readonly string[]).includes(value.value)) return value.value as T;
    this.wrongType(path, expected, value);
    return undefined;
  }

  private readTimezone(value: YamlValue): TimeZone | undefined {
    if (value.kind !== 'string') {
      this.wrongType('timezone', 'string', value);
      return undefined;
    }
    // the platform also takes abbreviations, and reads CST as Chicago where a Chinese team means China Standard Time
    if (!value.value.includes('/') && !UNIVERSAL_ZONES.has(value.value.toUpperCase())) {
      this.error('timezoneAbbreviation', { zone: value.value }, value.span);
      return undefined;
    }
    const zone = TimeZone.named(value.value);
    if (!zone) this.error('unknownTimezone', { zone: value.value }, value.span);
    return zone;
  }

  /**
   * The `posts` globs that can be used. One that is refused (it reaches outside the folder, could backtrack…) is an
   * error at its spot and left out; the rest still select posts, and if none is left, nothing is read.
   */
  private readGlobs(value: YamlValue): CompiledGlob[] | undefined {
    const items = value.kind === 'list' ? value.items : [value];
    if (items.length === 0 || !items.every((item) => item.kind === 'string' && item.value !== '')) {
      this.wrongType('posts', 'strings', value);
      return undefined;
    }
    const globs: CompiledGlob[] = [];
    for (const item of items) {
      if (item.kind !== 'string') continue;
      const compiled = compileGlob(item.value);
      if (compiled.ok) globs.push(compiled.glob);
      else this.error('badGlob', { glob: item.value, reason: compiled.reason }, item.span);
    }
    return globs;
  }

  private readGroups(value: YamlValue): GroupConfig[] {
    if (value.kind === 'null') return [];
    if (value.kind !== 'list') {
      this.wrongType('groups', 'list', value);
      return [];
    }
    const groups: GroupConfig[] = [];
    const firstSeen = new Map<string, Span>();
    value.items.forEach((item, index) => {
      const group = this.readGroup(item, index);
      if (!group) return;
      const previous = firstSeen.get(group.id);
      if (previous) {
        this.error('duplicateGroupId', { id: group.id, line: this.lineOf(previous) }, group.idSpan);
        return;
      }
      firstSeen.set(group.id, group.idSpan);
      groups.push(group);
    });
    return groups;
  }

  private readGroup(item: YamlValue, index: number): GroupConfig | undefined {
    const path = `groups[${index}]`;
    const identified = this.readItemId(item, path, { missing: 'missingGroupId', bad: 'badGroupId' });
    if (!identified) return undefined;
    const group: GroupConfig = { id: identified.id, idSpan: identified.idSpan, admins: [], rules: new Map() };
    for (const entry of identified.entries) {
      const field = `${path}.${entry.key}`;
      switch (entry.key) {
        case 'id':
          break;
        case 'name':
          group.name = this.readString(entry.value, field);
          break;
        case 'platform':
          group.platform = this.readEnum<Platform>(entry.value, field, PLATFORMS, 'platform');
          break;
        case 'tier':
          group.tier = this.readEnum<Tier>(entry.value, field, TIERS, 'tier');
          break;
        case 'stage':
          group.stage = this.readEnum<Stage>(entry.value, field, STAGES, 'stage');
          break;
        case 'members':
          if (entry.value.kind === 'number' && Number.isInteger(entry.value.value) && entry.value.value >= 0) {
            group.members = entry.value.value;
            group.membersSpan = entry.value.span;
          } else this.wrongType(field, 'count', entry.value);
          break;
        case 'admins':
          group.admins = this.readAdmins(entry.value, field);
          group.adminsSpan = entry.value.span;
          break;
        case 'parent':
          group.parent = this.readString(entry.value, field);
          group.parentSpan = entry.value.span;
          break;
        case 'rules':
          group.rules = this.readRuleSettings(entry.value, field);
          break;
        case 'rhythm':
          group.rhythm = this.readRhythm(entry.value, field);
          break;
        default:
          this.unknownKey(entry, GROUP_KEYS);
      }
    }
    return group;
  }

  private readAdmins(value: YamlValue, path: string): string[] {
    if (value.kind === 'null') return [];
    if (value.kind === 'list') {
      const admins: string[] = [];
      for (const item of value.items) {
        const name = this.readString(item, path);
        if (name !== undefined) admins.push(name);
      }
      return admins;
    }
    this.wrongType(path, 'stringList', value);
    return [];
  }

  private checkParents(groups: GroupConfig[], byId: ReadonlyMap<string, GroupConfig>): void {
    for (const group of groups) {
      if (group.parent === undefined) continue;
      if (!byId.has(group.parent)) {
        this.error('unknownParent', { parent: group.parent, hint: didYouMean(closestMatch(group.parent, byId.keys())) }, group.parentSpan ?? group.idSpan);
        continue;
      }
      const seen = new Set([group.id]);
      for (let ancestor = byId.get(group.parent); ancestor; ancestor = ancestor.parent ? byId.get(ancestor.parent) : undefined) {
        if (seen.has(ancestor.id)) {
          this.error('parentCycle', { id: group.id }, group.idSpan);
          break;
        }
        seen.add(ancestor.id);
      }
    }
  }

  private readTiers(value: YamlValue): { rules: Map<Tier, RuleSettings>; rhythms: Map<Tier, Rhythm> } {
    const tiers = { rules: new Map<Tier, RuleSettings>(), rhythms: new Map<Tier, Rhythm>() };
    if (value.kind === 'null') return tiers;
    if (value.kind !== 'map') {
      this.wrongType('tiers', 'mapping', value);
      return tiers;
    }
    for (const entry of value.entries) {
      if (!(TIERS as readonly string[]).includes(entry.key)) {
        this.error('unknownTier', { tier: entry.key }, entry.keySpan);
        continue;
      }
      if (entry.value.kind === 'null') continue;
      if (entry.value.kind !== 'map') {
        this.wrongType(`tiers.${entry.key}`, 'mapping', entry.value);
        continue;
      }
      const tier = entry.key as Tier;
      for (const tierEntry of entry.value.entries) {
        if (tierEntry.key === 'rules') tiers.rules.set(tier, this.readRuleSettings(tierEntry.value, `tiers.${tier}.rules`));
        else if (tierEntry.key === 'rhythm') {
          const rhythm = this.readRhythm(tierEntry.value, `tiers.${tier}.rhythm`);
          if (rhythm) tiers.rhythms.set(tier, rhythm);
        } else this.unknownKey(tierEntry, ['rules', 'rhythm']);
      }
    }
    return tiers;
  }

  /** A level's rhythm; `rhythm:` left empty means the level sets none. */
  private readRhythm(value: YamlValue, path: string): Rhythm | undefined {
    if (value.kind === 'null') return undefined;
    return readRhythm(value, path, (severity, messageId, data, span) => this.problems.push({ severity, messageId, data, span }));
  }

  private readRuleSettings(value: YamlValue, path: string): RuleSettings {
    const settings = new Map<string, RuleSetting>();
    if (value.kind === 'null') return settings;
    if (value.kind !== 'map') {
      this.wrongType(path, 'mapping', value);
      return settings;
    }
    for (const entry of value.entries) {
      const rule = RULES_BY_ID.get(entry.key);
      if (!rule) {
        this.error('unknownRule', { rule: entry.key, hint: didYouMean(closestMatch(entry.key, RULES_BY_ID.keys())) }, entry.keySpan);
        continue;
      }
      const setting = this.readRuleSetting(entry, rule.meta.options as Readonly<Record<string, OptionSpec>>);
      if (setting) settings.set(entry.key, setting);
    }
    return settings;
  }

  private readRuleSetting(entry: YamlEntry, specs: Readonly<Record<string, OptionSpec>>): RuleSetting | undefined {
    const value = entry.value;
    if (value.kind === 'string' && (SEVERITIES as readonly string[]).includes(value.value)) {
      return { severity: value.value as SeveritySetting, options: {} };
    }
    if (value.kind !== 'map') {
      this.error('badSeverity', { rule: entry.key }, value.span);
      return undefined;
    }
    const setting: { severity?: SeveritySetting; options: Record<string, OptionValue> } = { options: {} };
    for (const optionEntry of value.entries) {
      if (optionEntry.key === 'severity') {
        if (optionEntry.value.kind === 'string' && (SEVERITIES as readonly string[]).includes(optionEntry.value.value)) {
          setting.severity = optionEntry.value.value as SeveritySetting;
        } else this.error('badSeverity', { rule: entry.key }, optionEntry.value.span);
        continue;
      }
      const spec = Object.prototype.hasOwnProperty.call(specs, optionEntry.key) ? specs[optionEntry.key] : undefined;
      if (!spec) {
        this.warning('unknownOption', { rule: entry.key, option: optionEntry.key, hint: didYouMean(closestMatch(optionEntry.key, Object.keys(specs))) }, optionEntry.keySpan);
        continue;
      }
      const result = readOption(spec, optionEntry.value, `${entry.key}.${optionEntry.key}`);
      if ('problem' in result) this.problems.push({ severity: 'error', ...result.problem });
      else setting.options[optionEntry.key] = spec.type === 'strings' && spec.workspaceFiles ? this.readFileRefs(optionEntry.value) : result.value;
    }
    return setting;
  }

  /** Workspace files an option names (a list of strings already checked), resolved from community.yaml's folder. */
  private readFileRefs(value: YamlValue): string[] {
    const paths: string[] = [];
    for (const item of value.kind === 'list' ? value.items : []) {
      if (item.kind !== 'string') continue;
      const path = resolveListPath(this.path, item.value);
      if (path === undefined) this.error('listUnsafe', { path: item.value }, item.span);
      else {
        this.wordListRefs.push({ path, span: item.span });
        paths.push(path);
      }
    }
    return paths;
  }

  /** `dates` (key dates) or `holidays` (key dates with `off`, default true: days off and make-up working days). */
  private readDates(value: YamlValue, key: 'dates' | 'holidays'): CustomHoliday[] {
    if (value.kind === 'null') return [];
    if (value.kind !== 'list') {
      this.wrongType(key, 'list', value);
      return [];
    }
    const dates: CustomHoliday[] = [];
    value.items.forEach((item, index) => {
      if (item.kind !== 'map') {
        this.wrongType(`${key}[${index}]`, 'mapping', item);
        return;
      }
      let date: string | undefined;
      let name: string | undefined;
      let off = true;
      for (const entry of item.entries) {
        if (entry.key === 'date') {
          const raw = this.readString(entry.value, `${key}[${index}].date`);
          if (raw === undefined) continue;
          const parsed = parsePublish(raw);
          if (!parsed.ok && parsed.problem === 'dateOnly') date = raw.trim();
          else this.error('badDate', { date: raw }, entry.value.span);
        } else if (entry.key === 'name') name = this.readString(entry.value, `${key}[${index}].name`);
        else if (entry.key === 'off' && key === 'holidays') {
          if (entry.value.kind === 'boolean') off = entry.value.value;
          else this.wrongType(`${key}[${index}].off`, 'boolean', entry.value);
        } else this.unknownKey(entry, key === 'holidays' ? HOLIDAY_KEYS : DATE_KEYS);
      }
      if (date === undefined) {
        if (!item.entries.some((entry) => entry.key === 'date')) this.error('missingDate', {}, item.span);
        return;
      }
      if (!name) {
        this.error('missingDateName', {}, item.span);
        return;
      }
      dates.push({ date, name, off });
    });
    return dates;
  }
}
