import type { TimeZone } from '../time/zone';
import { planRecord, type PlanRow } from './plan';

/** The plan as a JSON array of plain objects: the CSV's fields (tags as an array) plus `datetime` with its offset. */
export function planJson(rows: readonly PlanRow[], zone: TimeZone): string {
  return `${JSON.stringify(rows.map((row) => planRecord(row, zone)), null, 2)}\n`;
}
