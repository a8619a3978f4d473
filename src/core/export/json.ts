import type { TimeZone } from '../time/zone';
import { planRecord, type PlanRow } from './plan';

/**
 * The plan as a JSON array of plain objects: the CSV's fields (tags as an array) plus `datetime` with its offset.
 * JSON.stringify escapes C0 controls but writes DEL, C1 controls and U+2028/U+2029 raw; they are escaped too (they
 * can only be inside strings, so this is lossless), and the file never carries a raw control character.
 */
export function planJson(rows: readonly PlanRow[], zone: TimeZone): string {
  const json = JSON.stringify(rows.map((row) => planRecord(row, zone)), null, 2);
  return `${json.replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
