import { closestMatch } from '../base/closest';
import { PERSON_ROLES, type Localized, type PersonRole } from '../base/domain';
import type { YamlValue } from '../parse/yamlValue';
import { didYouMean } from './messages';
import { readIdentifiedList } from './identifiedList';
import type { ConfigProblemSink } from './problemSink';
import type { PersonConfig } from '../model/config';

const PERSON_KEYS = ['id', 'name', 'roles'];
const EXPECTED_ROLES: Localized = { en: 'a list of roles (writer, reviewer, lead)', 'zh-CN': '角色列表（writer、reviewer、lead）' };

/** Reads `people`; a bad entry is a problem at its spot and left out, a duplicate id keeps the first. */
export function readPeople(value: YamlValue, sink: ConfigProblemSink): PersonConfig[] {
  return readIdentifiedList('people', value, sink, (item, index) => readPerson(item, `people[${index}]`, sink), 'duplicatePersonId');
}

function readPerson(item: YamlValue, path: string, sink: ConfigProblemSink): PersonConfig | undefined {
  const identified = sink.readItemId(item, path, { missing: 'missingPersonId', bad: 'badPersonId' });
  if (!identified) return undefined;
  const person: PersonConfig = { id: identified.id, idSpan: identified.idSpan, roles: [] };
  for (const entry of identified.entries) {
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
