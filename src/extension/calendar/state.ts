import { diagnosticMessage } from '../../core/session/diagnostics';
import type { PostSummary, ScheduledTime } from '../../core/model/schedule';
import { POST_TYPE_NAMES, POST_TYPES, type Diagnostic, type Locale } from '../../core/base/domain';
import { textRevision } from '../../core/editor/reschedule';
import { weekStats } from '../../core/export/stats';
import { addDaysToKey, weekKeyOf } from '../../core/time/dates';
import { keyDatesBetween } from '../../core/time/keyDates';
import { officialDaysBetween } from '../../core/time/officialDays';
import { twoDigits, type DayRange } from '../../shared/days';
import type { CalendarBoot, CalendarKeyDate, CalendarLabels, CalendarPost, CalendarProblem, CalendarSlot, CalendarState, CalendarWeekStats } from '../../shared/protocol';
import type { Community } from '../community';
import { displayLocale } from '../locale';
import { l10n } from '../l10n';

const CALENDAR_RULES_BY_DAY = new Set(['posts-per-day', 'min-gap', 'holiday-plan', 'duplicate-content', 'ad-ratio', 'content-mix']);

/**
 * Month and weekday names (`month.1`…`month.12`, `weekday.1` = Monday…`weekday.7`): formatted here, where Intl is
 * warm, because the first Intl formatter in a new webview costs 30–80 ms before the month can draw.
 */
function calendarNames(locale: string): Record<string, string> {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const names: Record<string, string> = {};
  for (let index = 1; index <= 12; index++) names[`month.${index}`] = month.format(Date.UTC(2026, index - 1, 1));
  // 2026-01-05 is a Monday
  for (let index = 1; index <= 7; index++) names[`weekday.${index}`] = weekday.format(Date.UTC(2026, 0, 4 + index));
  return names;
}

/** Every text the calendar shows, in the display locale (the `communityCalendar.locale` setting). */
export function calendarLabels(locale: Locale): CalendarLabels {
  return {
    ...calendarNames(locale),
    monthTitle: l10n.t('{1} {0}'),
    today: l10n.t('Today'),
    previous: l10n.t('Previous'),
    next: l10n.t('Next'),
    month: l10n.t('Month'),
    week: l10n.t('Week'),
    list: l10n.t('List'),
    filters: l10n.t('Filters'),
    group: l10n.t('Group'),
    allGroups: l10n.t('All groups'),
    tier: l10n.t('Tier'),
    allTiers: l10n.t('All tiers'),
    owner: l10n.t('Owner'),
    allOwners: l10n.t('All owners'),
    unassigned: l10n.t('Unassigned'),
    ownerLine: l10n.t('Owner: {0}'),
    reviewerLine: l10n.t('Reviewer: {0}'),
    export: l10n.t('Export'),
    adMark: l10n.t('AD'),
    morePosts: l10n.t('+{0} more'),
    morePostsOn: l10n.t('{0} more posts on {1}'),
    weekNumber: l10n.t('W{0}'),
    viewsFailed: l10n.t('The week and list views could not be loaded.'),
    loading: l10n.t('Loading posts…'),
    dayProblems: l10n.t('{0}: {1}'),
    dayOffMark: l10n.t('Off'),
    dayOffNamed: l10n.t('{0}: official day off'),
    workdayMark: l10n.t('Work'),
    workdayNamed: l10n.t('{0}: make-up working day (调休)'),
    summaryTitle: l10n.t('Weekly summary: {0}'),
    weekColumn: l10n.t('Week'),
    postsColumn: l10n.t('Posts'),
    adsColumn: l10n.t('Ads'),
    adRatioColumn: l10n.t('Ad share'),
    ugcColumn: l10n.t('UGC'),
    types: l10n.t('Types'),
    statuses: l10n.t('Status'),
    legend: l10n.t('Legend'),
    legendTypes: l10n.t('Type (colour bar):'),
    legendTitleSample: l10n.t('Title'),
    legendNotApproved: l10n.t('Italic title: not approved yet'),
    legendPostProblems: l10n.t('Red dashed ring on the status mark: the post has errors or warnings (hover it)'),
    legendAdUnlabelled: l10n.t('Red dashed ring on the ad mark: the ad has no ad label'),
    legendAd: l10n.t('Ad mark: an ad'),
    legendKeyDateSample: l10n.t('11.11'),
    legendKeyDate: l10n.t('Key date: holiday, festival, shopping day or one of yours'),
    legendDayOff: l10n.t('Official day off (a green day)'),
    legendWorkday: l10n.t('调休 make-up working day: a working day, often a weekend'),
    legendDayProblems: l10n.t('The day\'s problems, coloured by the worst (hover to read)'),
    legendWeekProblems: l10n.t('Coloured week number: the week\'s problems (hover to read)'),
    legendMore: l10n.t('The rest of the day, as a list'),
    legendKeys: l10n.t('Keys: Alt+arrows move a focused post; Ctrl+Z undoes the last move'),
    openSlot: l10n.t('Open slot of {0} at {1} {2}: create a post for it'),
    anyType: l10n.t('any type'),
    moreSlots: l10n.t('+{0} open'),
    moreSlotsOn: l10n.t('{0} more open slots on {1}'),
    legendOpenSlot: l10n.t('Dashed ＋ chip: an open slot of the rhythm; click it (or Enter) to create the post'),
    legendSeries: l10n.t('↻ before the title: one occurrence of a series (repeat)'),
    seriesMark: l10n.t('↻'),
    'series.day': l10n.t('Series: repeats every day (this is one occurrence)'),
    'series.week': l10n.t('Series: repeats every week (this is one occurrence)'),
    'series.month': l10n.t('Series: repeats every month (this is one occurrence)'),
    // the names the engine's messages use too
    ...Object.fromEntries(POST_TYPES.map((type) => [`type.${type}`, POST_TYPE_NAMES[type][locale]])),
    'status.draft': l10n.t('draft'),
    'status.review': l10n.t('review'),
    'status.approved': l10n.t('approved'),
    'status.published': l10n.t('published'),
    'status.unknown': l10n.t('unknown status'),
    'tier.core': l10n.t('core'),
    'tier.potential': l10n.t('potential'),
    'tier.regular': l10n.t('regular'),
  };
}

/** Where a calendar-rule diagnostic belongs on the calendar: its day, or its ISO week. */
function placeOf(diagnostic: Diagnostic, postDate: string | undefined): { date?: string; week?: string } | undefined {
  if (!CALENDAR_RULES_BY_DAY.has(diagnostic.ruleId)) return undefined;
  const { data } = diagnostic;
  if (typeof data.date === 'string') return { date: data.date };
  if (typeof data.week === 'string') return { week: data.week };
  if (typeof data.window === 'string') return /W\d\d$/.test(data.window) ? { week: data.window } : /^\d{4}-\d{2}-\d{2}$/.test(data.window) ? { date: data.window } : undefined;
  return postDate ? { date: postDate } : undefined;
}

/**
 * Whether a diagnostic of a series' file is about this occurrence: a post rule's is about the file, so every
 * occurrence; a calendar rule's about its day or week (a day with too many posts, a week with too many ads), or, when
 * it names neither, about the series' first date. Otherwise one busy day would ring every chip of a daily series.
 */
function concernsOccurrence(diagnostic: Diagnostic, time: ScheduledTime, summary: PostSummary): boolean {
  const place = placeOf(diagnostic, undefined);
  if (!place) return !CALENDAR_RULES_BY_DAY.has(diagnostic.ruleId) || time.date === summary.time?.date;
  return place.date === time.date || place.week === time.week;
}

/** Each scheduled post at its time; a series at each occurrence, each a chip of its own that opens the one file. */
function* calendarTimes(summaries: Iterable<PostSummary>): Generator<{ summary: PostSummary; time: ScheduledTime }> {
  for (const summary of summaries) {
    if (!summary.time) continue;
    for (const time of summary.series?.occurrences ?? [summary.time]) yield { summary, time };
  }
}

/** The labels, and the community's today once it is loaded, for the calendar's frame before its first state. */
export function buildCalendarBoot(community: Community | undefined): CalendarBoot {
  const locale = displayLocale();
  return { locale, labels: calendarLabels(locale), ...(community ? { today: community.session.environment.facts.today } : {}) };
}

/** The calendar's picture of a community: its posts, groups, problems by day and week, and key dates. */
export function buildCalendarState(community: Community, range: DayRange, focusGroup?: string): CalendarState {
  const { session } = community;
  const { index, config, environment } = session;
  const locale = displayLocale();
  const posts: CalendarPost[] = [];
  const problems = new Map<string, CalendarProblem>();
  const addProblem = (problem: CalendarProblem) => problems.set(`${problem.date}|${problem.week}|${problem.group}|${problem.message}`, problem);
  let first = environment.facts.today;
  let last = environment.facts.today;
  for (const { summary, time } of calendarTimes(index.summaries())) {
    const groups = summary.groupIds.filter((id) => config.groupsById.has(id));
    if (!summary.type || groups.length === 0) continue;
    const { local, date } = time;
    if (date < first) first = date;
    if (date > last) last = date;
    // a big workspace has far more posts than the days on screen: the webview gets those, and asks for others
    if (date < range.from || date >= range.to) continue;
    const diagnostics = summary.series ? index.diagnosticsFor(summary.path).filter((diagnostic) => concernsOccurrence(diagnostic, time, summary)) : index.diagnosticsFor(summary.path);
    posts.push({
      path: summary.path,
      title: summary.title ?? summary.path,
      groups,
      start: `${date}T${twoDigits(local.hour)}:${twoDigits(local.minute)}:${twoDigits(local.second)}`,
      date,
      week: time.week,
      type: summary.type,
      status: summary.status ?? 'unknown',
      ugc: summary.ugc,
      labelled: !diagnostics.some((diagnostic) => diagnostic.ruleId === 'ad-disclosure'),
      revision: textRevision(session.textOf(summary.path) ?? ''),
      problems: diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => diagnosticMessage(diagnostic, locale)),
      ...(summary.owner === undefined ? {} : { owner: summary.owner }),
      ...(summary.reviewer === undefined ? {} : { reviewer: summary.reviewer }),
      ...(summary.series ? { series: summary.series.rule.every } : {}),
    });
    for (const diagnostic of diagnostics) {
      const place = placeOf(diagnostic, date);
      const group = typeof diagnostic.data.group === 'string' ? diagnostic.data.group : undefined;
      if (place) addProblem({ ...place, group, severity: diagnostic.severity, ruleId: diagnostic.ruleId, message: diagnosticMessage(diagnostic, locale) });
    }
  }
  for (const diagnostic of index.diagnosticsFor(config.path)) {
    const place = placeOf(diagnostic, undefined);
    const group = typeof diagnostic.data.group === 'string' ? diagnostic.data.group : undefined;
    if (place) addProblem({ ...place, group, severity: diagnostic.severity, ruleId: diagnostic.ruleId, message: diagnosticMessage(diagnostic, locale) });
  }
  // key dates around the plan, and for the days on screen when the reader pages beyond it (at most 42 days)
  const before = addDaysToKey(first, -31);
  const after = addDaysToKey(last, 62);
  const from = before < range.from ? before : range.from;
  const to = after > range.to ? after : range.to;
  const keyDates: CalendarKeyDate[] = [
    ...keyDatesBetween(from, to, config.dates).map((keyDate) => ({ date: keyDate.date, name: keyDate.name[locale], kind: keyDate.kind })),
    ...officialDaysBetween(from, to, config.holidays).map((day) => ({ date: day.date, name: day.name[locale], kind: day.off ? ('dayOff' as const) : ('workday' as const) })),
  ];
  // one row per group and week from the first to the last post: the numbers `ccal stats` prints
  const weeks = new Set<string>();
  for (let day = first; day <= last; day = addDaysToKey(day, 7)) weeks.add(weekKeyOf(day));
  weeks.add(weekKeyOf(last));
  const stats: CalendarWeekStats[] = config.groups.flatMap((group) =>
    [...weeks].map((week) => {
      const { posts: count, ads, mix, ugc, emptyDays } = weekStats(group.id, index.scheduleOf(group.id), week);
      return { group: group.id, week, posts: count, ads, mix, ugc, emptyDays };
    }),
  );
  // open slots lie between now and the horizon: a few per group and day, sent for the days the state covers
  const openSlots: CalendarSlot[] = config.groups.flatMap((group) =>
    index
      .openSlotsOf(group.id)
      .filter((slot) => slot.date >= range.from && slot.date < range.to)
      .map((slot) => ({ group: group.id, date: slot.date, time: slot.time, ...(slot.type ? { type: slot.type } : {}) })),
  );
  return {
    locale,
    timezone: environment.facts.timezone.name,
    today: environment.facts.today,
    range,
    posts,
    groups: config.groups.map((group) => ({ id: group.id, name: group.name ?? group.id, parent: group.parent, tier: group.tier, platform: group.platform })),
    people: config.people.map((person) => ({ id: person.id, name: person.name ?? person.id })),
    problems: [...problems.values()],
    keyDates,
    weekStats: stats,
    openSlots,
    labels: calendarLabels(locale),
    ...(focusGroup === undefined ? {} : { focusGroup }),
  };
}
