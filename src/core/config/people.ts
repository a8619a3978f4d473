import { closestMatch } from '../closest';
import { PERSON_ROLES, type Localized, type MessageData, type PersonRole, type Span } from '../model';
import type { YamlEntry, YamlValue } from '../parse/yamlValue';
import type { PersonConfig } from './types';

const PERSON_ID_PATTERN = /^[a-z0-9-]+$/;
const PERSON_KEYS = ['id', 'name', 'roles'];
const EXPECTED_LIST: Localized = { en: 'a list', 'zh-CN': '列表' };
const EXPECTED_MAPPING: Localized = { en: 'a mapping', 'zh-CN': '映射' };
const EXPECTED_ROLES: Localized = { en: 'a list of roles (writer, reviewer, lead)', 'zh-CN': '角色列表（writer、reviewer、lead）' };

/** What the people reader needs from the community.yaml reader: its problem list and its string reading. */
export interface ConfigProblemSink {
  error(messageId: string, data: MessageData, span: Span): void;
  unknownKey(entry: YamlEntry, known: readonly string[]): void;
  readString(value: YamlValue, path: string): string | undefined;
  /** The 1-based line a span starts on. */
  lineOf(span: Span): number;
}

function didYouMean(suggestion: string | undefined): Localized | '' {
  return suggestion === undefined ? '' : { en: ` (did you mean "${suggestion}"?)`, 'zh-CN': `（是否是“${suggestion}”？）` };
}

/** Reads `people`; a bad entry is a problem at its spot and left out, a duplicate id keeps the first. */
export function readPeople(value: YamlValue, sink: ConfigProblemSink): PersonConfig[] {
  if (value.kind === 'null') return [];
  if (value.kind !== 'list') {
    sink.error('wrongType', { path: 'people', expected: EXPECTED_LIST }, value.span);
    return [];
  }
  const people: PersonConfig[] = [];
  const firstSeen = new Map<string, Span>();
  value.items.forEach((item, index) => {
    const person = readPerson(item, `people[${index}]`, sink);
    if (!person) return;
    const previous = firstSeen.get(person.id);
    if (previous) {
      sink.error('duplicatePersonId', { id: person.id, line: sink.lineOf(previous) }, person.idSpan);
      return;
    }
    firstSeen.set(person.id, person.idSpan);
    people.push(person);
  });
  return people;
}

function readPerson(item: YamlValue, path: string, sink: ConfigProblemSink): PersonConfig | undefined {
  if (item.kind !== 'map') {
    sink.error('wrongType', { path, expected: EXPECTED_MAPPING }, item.span);
    return undefined;
  }
  const idEntry = item.entries.find((entry) => entry.key === 'id');
  if (!idEntry) {
    sink.error('missingPersonId', {}, item.span);
    return undefined;
  }
  const id = sink.readString(idEntry.value, `${path}.id`);
  if (id === undefined) return undefined;
  if (!PERSON_ID_PATTERN.test(id)) {
    sink.error('badPersonId', { id }, idEntry.value.span);
    return undefined;
  }
  const person: PersonConfig = { id, idSpan: idEntry.value.span, roles: [] };
  for (const entry of item.entries) {
    switch (entry.key) {
      case 'id':
        break;
      case 'name':
        person.name = sink.readString(entry.value, `${path}.name`);
        break;
      case 'roles':
        person.roles = readRoles(entry.value, `${path}.roles`, sink);
        break;
      default:
        sink.unknownKey(entry, PERSON_KEYS);
    }
  }
  return person;
}

function readRoles(value: YamlValue, path: string, sink: ConfigProblemSink): PersonRole[] {
  if (value.kind === 'null') return [];
  // one role may be written without brackets, as `roles: lead`
  const items = value.kind === 'list' ? value.items : value.kind === 'string' ? [value] : undefined;
  if (!items) {
    sink.error('wrongType', { path, expected: EXPECTED_ROLES }, value.span);
    return [];
  }
  const roles: PersonRole[] = [];
  for (const item of items) {
    if (item.kind === 'string' && (PERSON_ROLES as readonly string[]).includes(item.value)) {
      if (!roles.includes(item.value as PersonRole)) roles.push(item.value as PersonRole);
      continue;
    }
    const role = item.kind === 'string' ? item.value : item.kind === 'number' || item.kind === 'boolean' ? String(item.value) : '';
    sink.error('badRole', { role, hint: didYouMean(closestMatch(role, PERSON_ROLES)) }, item.span);
  }
  return roles;
}
