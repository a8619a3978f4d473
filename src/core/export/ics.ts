// iCalendar (RFC 5545) writing is ical-generator's, on its 10.x line (11.x needs Node 22; we support Node 20). It
// has no runtime dependencies and uses no node built-ins (it folds with the global TextEncoder), so it runs in
// the pure core; it escapes TEXT values (\ ; , and line breaks) and folds lines at 75 octets without splitting a
// UTF-8 sequence. The other candidate, `ics`, pulls in yup and nanoid and writes no TZID, only UTC or floating
// times. Two of ical-generator's ways shape the code: it reads a plain Date's wall clock in the machine's zone,
// so start and end are TZDates, which read in the workspace zone; and a zone set on the calendar itself would
// write DTSTAMP as local time (RFC 5545 wants UTC), so the zone goes on each event and the VTIMEZONE comes from a
// generator registered under a null calendar zone.
import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { PostStatus } from '../model';
import type { TimeZone } from '../time/zone';
import { planSeries } from './icsSeries';
import { statusOf, type PlanRow } from './plan';
import { vtimezone } from './vtimezone';

/** How long an event lasts: the slot a post holds, which is also min-gap's default spacing. */
export const EVENT_MINUTES = 30;

const EVENT_STATUS: Readonly<Record<PostStatus, ICalEventStatus>> = {
  draft: ICalEventStatus.TENTATIVE,
  review: ICalEventStatus.TENTATIVE,
  approved: ICalEventStatus.CONFIRMED,
  published: ICalEventStatus.CONFIRMED,
};

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const UINT64 = 0xffffffffffffffffn;
const utf8 = new TextEncoder();

/** 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits: tiny, pure and the same on every machine. */
function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of utf8.encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & UINT64;
  return hash.toString(16).padStart(16, '0');
}

/**
 * One post in one group keeps its UID from run to run and machine to machine, so re-imports update, not duplicate. A
 * series is one event under the post's UID; an occurrence written on its own adds its date.
 */
export function eventUid(path: string, groupId: string, occurrenceDate?: string): string {
  return `${fnv1a64(`${path}\u0000${groupId}${occurrenceDate === undefined ? '' : `\u0000${occurrenceDate}`}`)}@community-calendar`;
}

function description(row: PlanRow): string {
  const { post, type } = row.entry;
  const group = row.group.name === undefined ? row.group.id : `${row.group.name} (${row.group.id})`;
  const lines = [`type: ${type}`, `status: ${statusOf(row)}`, `group: ${group}`, `path: ${post.path}`];
  if (post.ugc) lines.push('ugc: true');
  if (post.series) lines.push(`series: every ${post.series.rule.every}`);
  if (post.tags.length > 0) lines.push(`tags: ${post.tags.join(', ')}`);
  return lines.join('\n');
}

/**
 * RFC 5545 TEXT (§3.3.11) allows no control characters but the tab; line breaks are written escaped (`\\n`).
 * Any other C0 control, DEL or C1 control (a NUL, a terminal's ESC sequence, U+0085) becomes U+FFFD, so a title
 * can neither break a client's parser nor reach a terminal raw; everything else is kept.
 */
export function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this replaces
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd');
}

/** Whether an instant's wall-clock time in the zone names it and nothing else (in a repeated hour it names two). */
function namedOnlyBy(zone: TimeZone, instant: number): boolean {
  return zone.readings(zone.toLocal(instant)).length === 1;
}

export interface IcsOptions {
  zone: TimeZone;
  /** The run's "now": every DTSTAMP, so the same --now gives the same file. */
  now: number;
}

/**
 * The plan as an iCalendar file: one VEVENT per post and group (a series: one with RRULE/EXDATE, see planSeries),
 * starts in the workspace zone with its VTIMEZONE.
 * A local time the clocks show twice names two instants, and clients do not agree which one it means: RFC 5545
 * (§3.3.5) says the first, libical and ical.js take the one in standard time. So an event that starts or ends in a
 * repeated hour is written in UTC (`…Z`), which every client places exactly; all others keep their TZID. A time the
 * clocks skip never reaches the file: a post is at the instant it is read as, whose local time exists.
 */
export function planIcs(rows: readonly PlanRow[], { zone, now }: IcsOptions): string {
  // the VTIMEZONE covers the (UTC) years of the zoned starts and ends
  const years = new Set<number>();
  const zoned = rows.map((row) => {
    const start = row.entry.time.instant;
    const end = start + EVENT_MINUTES * 60_000;
    if (!namedOnlyBy(zone, start) || !namedOnlyBy(zone, end)) return false;
    years.add(new Date(start).getUTCFullYear()).add(new Date(end).getUTCFullYear());
    return true;
  });
  const calendar = new ICalCalendar({
    prodId: '//Community Calendar//ccal//EN',
    name: 'Community Calendar',
    timezone: { name: null, generator: () => vtimezone(zone, years) },
  });
  const stamp = new Date(now);
  const { roles } = planSeries(rows, zone, (instant) => namedOnlyBy(zone, instant), (instant) => instant + EVENT_MINUTES * 60_000);
  rows.forEach((row, position) => {
    const role = roles[position];
    if (role === 'covered') return;
    const { post, time, type, occurrence } = row.entry;
    const end = time.instant + EVENT_MINUTES * 60_000;
    const when = zoned[position]
      ? { start: new TZDate(time.instant, zone.name), end: new TZDate(end, zone.name), timezone: zone.name }
      : { start: new Date(time.instant), end: new Date(end) };
    calendar.createEvent({
      id: role === 'single' && occurrence !== undefined ? eventUid(post.path, row.group.id, time.date) : eventUid(post.path, row.group.id),
      ...(role === 'single' ? {} : { repeating: role.repeating }),
      stamp,
      ...when,
      summary: icsText(post.title ?? post.path),
      description: icsText(description(row)),
      categories: [{ name: type }],
      status: EVENT_STATUS[statusOf(row)],
      x: [
        ['X-CCAL-GROUP', icsText(row.group.id)],
        ['X-CCAL-STATUS', statusOf(row)],
        ['X-CCAL-PATH', icsText(post.path)],
      ],
    });
  });
  return `${calendar.toString()}\r\n`;
}
