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

/** One post in one group keeps its UID from run to run and machine to machine, so re-imports update, not duplicate. */
export function eventUid(path: string, groupId: string): string {
  return `${fnv1a64(`${path}\u0000${groupId}`)}@community-calendar`;
}

function description(row: PlanRow): string {
  const { post, type } = row.entry;
  const group = row.group.name === undefined ? row.group.id : `${row.group.name} (${row.group.id})`;
  const lines = [`type: ${type}`, `status: ${statusOf(row)}`, `group: ${group}`, `path: ${post.path}`];
  if (post.ugc) lines.push('ugc: true');
  if (post.tags.length > 0) lines.push(`tags: ${post.tags.join(', ')}`);
  return lines.join('\n');
}

export interface IcsOptions {
  zone: TimeZone;
  /** The run's "now": every DTSTAMP, so the same --now gives the same file. */
  now: number;
}

/** The plan as an iCalendar file: one VEVENT per post and group, starts in the workspace zone with its VTIMEZONE. */
export function planIcs(rows: readonly PlanRow[], { zone, now }: IcsOptions): string {
  // the earliest and latest start bound the years the VTIMEZONE must cover
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.entry.time.instant);
    last = Math.max(last, row.entry.time.instant);
  }
  const calendar = new ICalCalendar({
    prodId: '//Community Calendar//ccal//EN',
    name: 'Community Calendar',
    timezone: { name: null, generator: () => vtimezone(zone, first, last) },
  });
  const stamp = new Date(now);
  for (const row of rows) {
    const { post, time, type } = row.entry;
    calendar.createEvent({
      id: eventUid(post.path, row.group.id),
      stamp,
      start: new TZDate(time.instant, zone.name),
      end: new TZDate(time.instant + EVENT_MINUTES * 60_000, zone.name),
      timezone: zone.name,
      summary: post.title ?? post.path,
      description: description(row),
      categories: [{ name: type }],
      status: EVENT_STATUS[statusOf(row)],
      x: [
        ['X-CCAL-GROUP', row.group.id],
        ['X-CCAL-STATUS', statusOf(row)],
        ['X-CCAL-PATH', post.path],
      ],
    });
  }
  return `${calendar.toString()}\r\n`;
}
