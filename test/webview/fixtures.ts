import type { CalendarLabels, CalendarPost, CalendarState } from '../../src/shared/protocol';

const LABELS: CalendarLabels = {
  owner: 'Owner', allOwners: 'All owners', unassigned: 'Unassigned', ownerLine: 'Owner: {0}', reviewerLine: 'Reviewer: {0}',
  legendOpenSlot: 'Dashed ＋ chip: an open slot of the rhythm; click it (or Enter) to create the post',
  monthTitle: '{1} {0}', today: 'Today', previous: 'Previous', next: 'Next', weekNumber: 'W{0}', viewsFailed: 'The week and list views could not be loaded.', loading: 'Loading posts…', month: 'Month', week: 'Week', list: 'List', filters: 'Filters', group: 'Group', allGroups: 'All groups', tier: 'Tier', allTiers: 'All tiers', export: 'Export', adMark: 'AD', morePosts: '+{0} more', morePostsOn: '{0} more posts on {1}', dayProblems: '{0}: {1}', dayOffMark: 'Off', dayOffNamed: '{0}: official day off', workdayMark: 'Work', workdayNamed: '{0}: make-up working day (调休)', summaryTitle: 'Weekly summary: {0}', weekColumn: 'Week', postsColumn: 'Posts', adsColumn: 'Ads', adRatioColumn: 'Ad share', ugcColumn: 'UGC', types: "Types", statuses: "Status", legend: "Legend", legendTypes: "Type (colour bar):", legendTitleSample: "Title", legendNotApproved: "Italic title: not approved yet", legendPostProblems: "Red dashed ring on the status mark: the post has errors or warnings (hover it)", legendAdUnlabelled: "Red dashed ring on the ad mark: the ad has no ad label", legendAd: "Ad mark: an ad", legendKeyDateSample: "11.11", legendKeyDate: "Key date: holiday, festival, shopping day or one of yours", legendDayOff: "Official day off (a green day)", legendWorkday: "调休 make-up working day: a working day, often a weekend", legendDayProblems: "The day's problems, coloured by the worst (hover to read)", legendWeekProblems: "Coloured week number: the week's problems (hover to read)", legendMore: "The rest of the day, as a list", legendKeys: "Keys: Alt+arrows move a focused post; Ctrl+Z undoes the last move", openSlot: "Open slot of {0} at {1} {2}: create a post for it", anyType: "any type", moreSlots: "+{0} open", moreSlotsOn: "{0} more open slots on {1}", legendSeries: '↻ before the title: one occurrence of a series (repeat)', seriesMark: '↻', 'series.day': 'Series: repeats every day (this is one occurrence)', 'series.week': 'Series: repeats every week (this is one occurrence)', 'series.month': 'Series: repeats every month (this is one occurrence)',
  'type.practical': 'practical', 'type.interactive': 'interactive', 'type.emotional': 'emotional', 'type.ad': 'ad', 'type.activity': 'activity', 'type.notice': 'notice',
  'status.draft': 'draft', 'status.review': 'review', 'status.approved': 'approved', 'status.published': 'published', 'status.unknown': 'unknown status',
  'tier.core': 'core', 'tier.potential': 'potential', 'tier.regular': 'regular',
};

/** Month and weekday names as the host formats them (src/extension/calendar/state.ts). */
export function calendarNames(locale: string): Record<string, string> {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  return Object.fromEntries([...Array.from({ length: 12 }, (_, index) => [`month.${index + 1}`, month.format(Date.UTC(2026, index, 1))]), ...Array.from({ length: 7 }, (_, index) => [`weekday.${index + 1}`, weekday.format(Date.UTC(2026, 0, 5 + index))])]);
}

function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const start = Date.UTC(day.getUTCFullYear(), 0, 1);
  return `${day.getUTCFullYear()}-W${String(Math.ceil(((day.getTime() - start) / 86_400_000 + 1) / 7)).padStart(2, '0')}`;
}

export function calendarPost(fields: Partial<CalendarPost> & { path: string; start: string }): CalendarPost {
  const date = fields.start.slice(0, 10);
  return { title: fields.path, groups: ['mom-vip'], date, week: isoWeek(date), type: 'practical', status: 'approved', ugc: false, labelled: true, revision: 'r1', problems: [], ...fields };
}

/** November 2026 in a small community: a parent with two children and a separate group. */
export function novemberState(extraPosts: CalendarPost[] = []): CalendarState {
  return {
    locale: 'en',
    timezone: 'Asia/Shanghai',
    today: '2026-11-23',
    // October to December on screen, as the month view shows them
    range: { from: '2026-09-28', to: '2027-01-11' },
    groups: [
      { id: 'mom', name: '小禾妈妈', tier: 'regular' },
      { id: 'mom-vip', name: '母婴VIP群', parent: 'mom', tier: 'core' },
      { id: 'mom-newbie', name: '新手妈妈群', parent: 'mom', tier: 'regular' },
      { id: 'tea', name: '茶友群', tier: 'potential' },
    ],
    posts: [
      calendarPost({ path: 'posts/a.md', title: '南瓜小米粥', start: '2026-11-23T08:30:00', groups: ['mom-vip'] }),
      calendarPost({ path: 'posts/b.md', title: '双12 奶粉特惠', start: '2026-11-24T10:00:00', type: 'ad', groups: ['mom-vip', 'mom-newbie'] }),
      calendarPost({ path: 'posts/c.md', title: '晚安故事', start: '2026-11-24T20:00:00', type: 'emotional', status: 'draft', groups: ['mom-newbie'] }),
      calendarPost({ path: 'posts/d.md', title: '龙井冲泡', start: '2026-11-25T09:00:00', groups: ['tea'] }),
      ...extraPosts,
    ],
    problems: [
      { severity: 'warning', date: '2026-11-26', group: 'mom-vip', ruleId: 'posts-per-day', message: 'Too few posts to mom-vip on 2026-11-26: 0 (at least 3)' },
      { severity: 'error', week: '2026-W48', group: 'mom-vip', ruleId: 'ad-ratio', message: 'Ads are 1 of 2 posts (50%) in mom-vip for 2026-W48, above 20%' },
    ],
    keyDates: [
      { date: '2026-11-11', name: '双11', kind: 'shopping' },
      { date: '2026-11-28', name: '会员日', kind: 'custom' },
    ],
    weekStats: [
      { group: 'mom-vip', week: '2026-W48', posts: 2, ads: 1, mix: { practical: 1, interactive: 0, emotional: 0, ad: 1, activity: 0, notice: 0 }, ugc: 0, emptyDays: 5 },
      { group: 'mom-newbie', week: '2026-W48', posts: 2, ads: 1, mix: { practical: 0, interactive: 0, emotional: 1, ad: 1, activity: 0, notice: 0 }, ugc: 0, emptyDays: 6 },
      { group: 'tea', week: '2026-W48', posts: 1, ads: 0, mix: { practical: 1, interactive: 0, emotional: 0, ad: 0, activity: 0, notice: 0 }, ugc: 0, emptyDays: 6 },
    ],
    labels: { ...LABELS, ...calendarNames('en') },
  };
}
