import type { YamlValue } from '../parse/yamlValue';
import type { ConfigProblemSink } from './problemSink';
import { parsePublish } from '../time/publish';
import type { CustomHoliday } from '../time/officialDays';

const DATE_KEYS = ['date', 'name'];
const HOLIDAY_KEYS = ['date', 'name', 'off'];

/** `dates` (key dates) or `holidays` (key dates with `off`, default true: days off and make-up working days). */
export function readDates(value: YamlValue, key: 'dates' | 'holidays', sink: ConfigProblemSink): CustomHoliday[] {
  if (value.kind === 'null') return [];
  if (value.kind !== 'list') {
    sink.wrongType(key, 'list', value);
    return [];
  }
  const dates: CustomHoliday[] = [];
  value.items.forEach((item, index) => {
    if (item.kind !== 'map') {
      sink.wrongType(`${key}[${index}]`, 'mapping', item);
      return;
    }
    let date: string | undefined;
    let name: string | undefined;
    let off = true;
    for (const entry of item.entries) {
      if (entry.key === 'date') {
        const raw = sink.readString(entry.value, `${key}[${index}].date`);
        if (raw === undefined) continue;
        const parsed = parsePublish(raw);
        if (!parsed.ok && parsed.problem === 'dateOnly') date = raw.trim();
        else sink.error('badDate', { date: raw }, entry.value.span);
      } else if (entry.key === 'name') name = sink.readString(entry.value, `${key}[${index}].name`);
      else if (entry.key === 'off' && key === 'holidays') {
        if (entry.value.kind === 'boolean') off = entry.value.value;
        else sink.wrongType(`${key}[${index}].off`, 'boolean', entry.value);
      } else sink.unknownKey(entry, key === 'holidays' ? HOLIDAY_KEYS : DATE_KEYS);
    }
    if (date === undefined) {
      if (!item.entries.some((entry) => entry.key === 'date')) sink.error('missingDate', {}, item.span);
      return;
    }
    if (!name) {
      sink.error('missingDateName', {}, item.span);
      return;
    }
    dates.push({ date, name, off });
  });
  return dates;
}
