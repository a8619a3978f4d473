import type { Locale, PostType } from '../core/model';
import { groupWeekStats, type WeekStats } from '../core/stats';
import type { StatsOptions } from './args';
import type { CliIO } from './io';
import { loadWorkspace, selectedGroups } from './load';
import { cliMessage } from './messages';
import { textTable, type TableColumn } from './table';
import { jsonText } from './terminalText';

/** Types shown as their own columns; ads have theirs next to the ratio. */
const MIX_COLUMNS = ['practical', 'interactive', 'emotional', 'activity', 'notice'] as const satisfies ReadonlyArray<Exclude<PostType, 'ad'>>;
const COLUMNS = ['group', 'week', 'days', 'posts', 'ads', 'adRatio', ...MIX_COLUMNS, 'ugc', 'longestGap', 'emptyDays'] as const;
/** The first columns name the row; the counts after them align right. */
const TEXT_COLUMNS = 3;

const HEADINGS: Readonly<Record<Locale, Record<(typeof COLUMNS)[number], string>>> = {
  en: {
    group: 'Group', week: 'Week', days: 'Days', posts: 'Posts', ads: 'Ads', adRatio: 'Ad %',
    practical: 'Practical', interactive: 'Interactive', emotional: 'Emotional', activity: 'Activity', notice: 'Notice',
    ugc: 'UGC', longestGap: 'Longest gap (h)', emptyDays: 'Empty days',
  },
  'zh-CN': {
    group: '群组', week: '周', days: '日期', posts: '帖子', ads: '广告', adRatio: '广告占比',
    practical: '实用', interactive: '互动', emotional: '情感', activity: '活动', notice: '通知',
    ugc: 'UGC', longestGap: '最长间隔（小时）', emptyDays: '无帖天数',
  },
};

/** 0.125 → "12.5%", as ad-ratio writes shares. */
function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10}%`;
}

function row(week: WeekStats): string[] {
  return [
    week.group,
    week.week,
    `${week.from.slice(5)}~${week.to.slice(5)}`,
    String(week.posts),
    String(week.ads),
    percent(week.adRatio),
    ...MIX_COLUMNS.map((type) => String(week.mix[type])),
    String(week.ugc),
    week.longestGapHours === null ? '–' : week.longestGapHours.toFixed(1),
    String(week.emptyDays),
  ];
}

function statsTable(weeks: readonly WeekStats[], locale: Locale): string {
  const columns: TableColumn[] = COLUMNS.map((key, index) => ({ heading: HEADINGS[locale][key], align: index < TEXT_COLUMNS ? 'left' : 'right' }));
  return textTable(columns, weeks.map(row));
}

/** `ccal stats`: per selected group and ISO week, as a table or --json; exit 0, or 2 on a usage or config error. */
export async function stats(options: StatsOptions, io: CliIO, locale: Locale): Promise<number> {
  const workspace = await loadWorkspace(io, locale, options);
  if (!workspace) return 2;
  const weeks = groupWeekStats(workspace.session.index, { groups: selectedGroups(workspace.session.environment.config, options.groups, locale), from: options.from, to: options.to });
  if (options.json) io.stdout.write(`${jsonText(JSON.stringify(weeks, null, 2))}\n`);
  else io.stdout.write(`${weeks.length === 0 ? cliMessage('noWeeks', {}, locale) : statsTable(weeks, locale)}\n`);
  return 0;
}
