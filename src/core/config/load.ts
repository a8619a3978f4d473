import { closestMatch } from '../base/closest';
import type { WordListRef } from '../compliance/wordList';
import { compileGlob, type CompiledGlob } from '../base/glob';
import { GlobSet } from '../base/globMatch';
import type { MessageData, Span } from '../base/domain';
import { parseYaml } from '../parse/yamlDocument';
import { documentValue, MAX_ALIASES, type YamlEntry, type YamlValue } from '../parse/yamlValue';
import { SourceText } from '../base/text';
import { TimeZone } from '../time/zone';
import { readDates } from './dates';
import { checkParents, readGroups, readTiers } from './groups';
import { didYouMean, EXPECTED, type ExpectedValue } from './messages';
import { readPeople } from './people';
import type { ConfigProblemSink } from './problemSink';
import { readLevelRhythm } from './rhythm';
import { readRuleSettings } from './ruleSettings';
import { DEFAULT_MAX_POST_MB, DEFAULT_POST_GLOBS, DEFAULT_TIMEZONE, MAX_POST_MB_CEILING, type Config, type ConfigProblem } from '../model/config';

/** Group and person ids. */
const ITEM_ID_PATTERN = /^[a-z0-9-]+$/;
/** The zone names without a "/" that mean one thing everywhere. */
const UNIVERSAL_ZONES = new Set(['UTC', 'GMT']);
const TOP_LEVEL_KEYS = ['timezone', 'posts', 'maxPostSizeMB', 'groups', 'tiers', 'rules', 'rhythm', 'dates', 'holidays', 'people'];

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
    readonly path: string,
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
          config.groups = readGroups(entry.value, this);
          break;
        case 'tiers':
          ({ rules: config.tierRules, rhythms: config.tierRhythms } = readTiers(entry.value, this));
          break;
        case 'rhythm':
          config.rhythm = readLevelRhythm(entry.value, 'rhythm', this);
          break;
        case 'rules':
          config.rules = readRuleSettings(entry.value, 'rules', this);
          break;
        case 'dates':
          config.dates = readDates(entry.value, 'dates', this).map(({ date, name }) => ({ date, name }));
          config.datesSpan = entry.keySpan;
          break;
        case 'holidays':
          config.holidays = readDates(entry.value, 'holidays', this);
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
    checkParents(config.groups, config.groupsById, this);
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

  warning(messageId: string, data: MessageData, span: Span): void {
    this.problems.push({ severity: 'warning', messageId, data, span });
  }

  report(problem: ConfigProblem): void {
    this.problems.push(problem);
  }

  addWordListRef(ref: WordListRef): void {
    this.wordListRefs.push(ref);
  }

  wrongType(path: string, expected: ExpectedValue, value: YamlValue): void {
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

  readEnum<T extends string>(value: YamlValue, path: string, values: readonly T[], expected: ExpectedValue): T | undefined {
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
}
