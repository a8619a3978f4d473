import type { TimeZone } from '../time/zone';
import { planRecord, type PlanRecord, type PlanRow } from './plan';

export const CSV_COLUMNS = ['date', 'time', 'week', 'group', 'group_name', 'type', 'status', 'ugc', 'title', 'path', 'tags', 'series'] as const satisfies ReadonlyArray<keyof PlanRecord>;

/** Tags share one cell; a semicolon rarely appears in a tag and Excel does not split on it in a comma CSV. */
const TAG_SEPARATOR = '; ';

/**
 * RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. Values are kept exact, control
 * characters too (a spreadsheet should get the title as written); a field holding one is quoted as well, so a stray
 * CR, U+0085 or U+2028 that some readers take for a line break cannot split the row.
 */
function csvField(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  return /[",\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Columns whose text the team writes; the others are dates, times and keywords ccal makes. */
const FREE_TEXT: ReadonlySet<string> = new Set(['group', 'group_name', 'title', 'path', 'tags']);

/**
 * Free text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading apostrophe, which spreadsheets show as text (OWASP's advice against CSV injection).
 */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cellOf(record: PlanRecord, column: (typeof CSV_COLUMNS)[number]): string {
  const value = record[column];
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(TAG_SEPARATOR);
  return String(value);
}

/**
 * The plan as CSV for spreadsheets: a UTF-8 BOM first (without it Excel reads UTF-8 as the local code page and
 * Chinese turns to mojibake), a header row, CRLF line ends as RFC 4180 has them.
 */
export function planCsv(rows: readonly PlanRow[], zone: TimeZone): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const record = planRecord(row, zone);
    lines.push(CSV_COLUMNS.map((column) => csvField(FREE_TEXT.has(column) ? inert(cellOf(record, column)) : cellOf(record, column))).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
