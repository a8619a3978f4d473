// The messages between the calendar webview and the extension host, and the host's validation of them.
import { daysBetween, type DayRange } from './days';

export type PostTypeName = 'practical' | 'interactive' | 'emotional' | 'ad' | 'activity' | 'notice';
export type PostStatusName = 'draft' | 'review' | 'approved' | 'published';

export interface CalendarPost {
  /** Community-relative path: the post's identity. */
  path: string;
  title: string;
  /** Known group ids, in the post's order. */
  groups: string[];
  /** Local wall-clock start in the workspace zone, `YYYY-MM-DDTHH:mm:ss`. */
  start: string;
  date: string;
  week: string;
  type: PostTypeName;
  status: PostStatusName | 'unknown';
  ugc: boolean;
  /** Whether an ad carries its label (ad-disclosure passes). */
  labelled: boolean;
  /** Fingerprint of the file's text when the state was built: a move is refused if it changed since. */
  revision: string;
  /** Error or warning messages on this post, for its tooltip. */
  problems: string[];
  /** Person ids from the post's `owner` and `reviewer`, as written. */
  owner?: string;
  reviewer?: string;
  /** For an occurrence of a series (SPEC §6.2): how often the series repeats; the occurrence is the one on `date`. */
  series?: 'day' | 'week' | 'month';
}

/** What tells a calendar entry from the others: its path, and for an occurrence of a series its date too. */
export function calendarKey(post: Pick<CalendarPost, 'path' | 'date' | 'series'>): string {
  return post.series === undefined ? post.path : `${post.path}\u0000${post.date}`;
}

/** A person from community.yaml's `people`, for the owner filter and tooltips. */
export interface CalendarPerson {
  id: string;
  name: string;
}

export interface CalendarGroup {
  id: string;
  name: string;
  parent?: string;
  tier?: string;
  platform?: string;
}

export interface CalendarProblem {
  severity: 'error' | 'warning' | 'info';
  /** A day (`YYYY-MM-DD`) or an ISO week (`YYYY-Www`) the problem is about. */
  date?: string;
  week?: string;
  group?: string;
  ruleId: string;
  message: string;
}

export interface CalendarKeyDate {
  date: string;
  name: string;
  /** `dayOff` and `workday` come from the official holiday schedule: a day off, or a 调休 make-up working day. */
  kind: 'holiday' | 'festival' | 'shopping' | 'custom' | 'dayOff' | 'workday';
}

/** One group's numbers for one ISO week, computed by the engine exactly as `ccal stats` prints them. */
export interface CalendarWeekStats {
  group: string;
  week: string;
  posts: number;
  ads: number;
  mix: Record<PostTypeName, number>;
  ugc: number;
  emptyDays: number;
}

/** An open slot of a group's rhythm: a ghost chip that creates the post for it. */
export interface CalendarSlot {
  group: string;
  date: string;
  /** Wall-clock `HH:MM` in the workspace zone. */
  time: string;
  /** The type the slot asks for; any type when absent. */
  type?: PostTypeName;
}

export interface CalendarState {
  locale: 'en' | 'zh-CN';
  timezone: string;
  today: string;
  /** The days `posts` covers; the webview asks for others with `view/range` when it shows them. */
  range: DayRange;
  posts: CalendarPost[];
  groups: CalendarGroup[];
  /** The team from `people`; absent or empty when the community has none (no owner filter then). */
  people?: CalendarPerson[];
  problems: CalendarProblem[];
  keyDates: CalendarKeyDate[];
  weekStats: CalendarWeekStats[];
  /** Open slots of the groups' rhythms in `range` (none for groups without a rhythm). */
  openSlots?: CalendarSlot[];
  /** UI text in the display language, by key. */
  labels: CalendarLabels;
  /** Group to filter to when the panel was opened from a group. */
  focusGroup?: string;
}

/** The calendar's fixed texts: the host must give every one. */
export type CalendarTextKey =
  | 'monthTitle' | 'today' | 'previous' | 'next' | 'month' | 'week' | 'list' | 'filters' | 'group' | 'allGroups'
  | 'tier' | 'allTiers' | 'owner' | 'allOwners' | 'unassigned' | 'ownerLine' | 'reviewerLine' | 'export' | 'adMark'
  | 'morePosts' | 'morePostsOn' | 'weekNumber' | 'viewsFailed' | 'loading' | 'dayProblems' | 'dayOffMark'
  | 'dayOffNamed' | 'workdayMark' | 'workdayNamed' | 'summaryTitle' | 'weekColumn' | 'postsColumn' | 'adsColumn'
  | 'adRatioColumn' | 'ugcColumn' | 'types' | 'statuses' | 'legend' | 'legendTypes' | 'legendTitleSample'
  | 'legendNotApproved' | 'legendPostProblems' | 'legendAdUnlabelled' | 'legendAd' | 'legendKeyDateSample'
  | 'legendKeyDate' | 'legendDayOff' | 'legendWorkday' | 'legendDayProblems' | 'legendWeekProblems' | 'legendMore'
  | 'legendKeys' | 'openSlot' | 'anyType' | 'moreSlots' | 'moreSlotsOn' | 'legendOpenSlot' | 'legendSeries'
  | 'seriesMark';

/** Every text the calendar shows: the fixed ones, and names looked up by a value (`month.3`, `type.ad`) that may be missing. */
export type CalendarLabels = Readonly<Record<CalendarTextKey, string>> & Readonly<Record<string, string | undefined>>;

/**
 * What the panel's HTML carries for the calendar to draw its frame (header, filters, the month's grid) while the
 * host builds the first state: the first style, layout and fonts of a new page then happen before the posts arrive.
 * Without `today` (the community is still loading) the page only says it is loading.
 */
export type CalendarBoot = Pick<CalendarState, 'locale' | 'labels'> & { today?: string };

/** The name of the page's `<meta>` whose content is the boot data as JSON. */
export const BOOT_META_NAME = 'ccal-boot';

/** That `<meta>` element, its JSON escaped for a double-quoted attribute. */
export function bootMeta(boot: CalendarBoot): string {
  const content = JSON.stringify(boot).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<meta name="${BOOT_META_NAME}" content="${content}">`;
}

export type ExportFormat = 'ics' | 'csv' | 'json';

export type HostToWebview = { type: 'state/full'; state: CalendarState } | { type: 'reschedule/result'; path: string; ok: boolean };

export type WebviewToHost =
  | { type: 'webview/ready' }
  | { type: 'post/open'; path: string }
  /** `occurrence`: the date of the series occurrence that was dragged; the host asks "this one" or "the whole series". */
  | { type: 'post/reschedule'; path: string; revision: string; date: string; time?: string; occurrence?: string }
  | { type: 'post/create'; date: string }
  /** A ghost chip: create the post for that open slot. */
  | { type: 'slot/create'; group: string; date: string; time: string; slotType?: PostTypeName }
  /** The days on screen, when the last state does not cover them: the host sends a state that does. */
  | { type: 'view/range'; from: string; to: string }
  /** Ctrl+Z in the calendar: take back the last move made from it. */
  | { type: 'edit/undo' }
  | { type: 'export/request'; format: ExportFormat; groups: string[] };

/**
 * Ends a switch over a message union: a message type one side does not handle stops the build here, and a value
 * outside the union at run time (a sender with another version of this file) is a bug, not a message.
 */
export function assertNever(message: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(message)}`);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest view: six weeks of a month. Anything longer is not a request the webview makes. */
const MAX_VIEW_DAYS = 42;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const POST_TYPE_NAMES: readonly string[] = ['practical', 'interactive', 'emotional', 'ad', 'activity', 'notice'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isShortString(value: unknown, max = 4096): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/** The host's gate: a message from the webview is used only if it has exactly the shape the protocol says. */
export function parseWebviewMessage(value: unknown): WebviewToHost | undefined {
  if (!isObject(value)) return undefined;
  switch (value.type) {
    case 'webview/ready':
      return { type: 'webview/ready' };
    case 'post/open':
      return isShortString(value.path) ? { type: 'post/open', path: value.path } : undefined;
    case 'post/reschedule':
      if (!isShortString(value.path) || !isShortString(value.revision, 64) || typeof value.date !== 'string' || !DATE.test(value.date)) return undefined;
      if (value.time !== undefined && (typeof value.time !== 'string' || !TIME.test(value.time))) return undefined;
      if (value.occurrence !== undefined && (typeof value.occurrence !== 'string' || !DATE.test(value.occurrence))) return undefined;
      return {
        type: 'post/reschedule',
        path: value.path,
        revision: value.revision,
        date: value.date,
        ...(value.time === undefined ? {} : { time: value.time }),
        ...(value.occurrence === undefined ? {} : { occurrence: value.occurrence }),
      };
    case 'edit/undo':
      return { type: 'edit/undo' };
    case 'post/create':
      return typeof value.date === 'string' && DATE.test(value.date) ? { type: 'post/create', date: value.date } : undefined;
    case 'slot/create':
      if (!isShortString(value.group, 200) || typeof value.date !== 'string' || !DATE.test(value.date) || typeof value.time !== 'string' || !TIME.test(value.time)) return undefined;
      if (value.slotType !== undefined && (typeof value.slotType !== 'string' || !POST_TYPE_NAMES.includes(value.slotType))) return undefined;
      return { type: 'slot/create', group: value.group, date: value.date, time: value.time, ...(value.slotType === undefined ? {} : { slotType: value.slotType as PostTypeName }) };
    case 'view/range': {
      if (typeof value.from !== 'string' || !DATE.test(value.from) || typeof value.to !== 'string' || !DATE.test(value.to)) return undefined;
      const days = daysBetween(value.from, value.to);
      return days > 0 && days <= MAX_VIEW_DAYS ? { type: 'view/range', from: value.from, to: value.to } : undefined;
    }
    case 'export/request':
      if (value.format !== 'ics' && value.format !== 'csv' && value.format !== 'json') return undefined;
      if (!Array.isArray(value.groups) || !value.groups.every((group) => isShortString(group, 200))) return undefined;
      return { type: 'export/request', format: value.format, groups: value.groups as string[] };
    default:
      return undefined;
  }
}
