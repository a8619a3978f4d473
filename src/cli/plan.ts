import { POST_TYPE_NAMES, type Locale } from '../core/model';
import { groupPlans, type GroupPlan } from '../core/plan/report';
import type { PlanOptions } from './args';
import type { CliIO } from './io';
import { loadWorkspace, selectedGroups } from './load';
import { cliMessage } from './messages';
import { textTable, type TableColumn } from './table';
import { jsonText, terminalLine } from './terminalText';

const COLUMNS = ['group', 'date', 'time', 'type', 'status', 'owner', 'post'] as const;

const HEADINGS: Readonly<Record<Locale, Record<(typeof COLUMNS)[number], string>>> = {
  en: { group: 'Group', date: 'Date', time: 'Time', type: 'Type', status: 'Status', owner: 'Owner', post: 'Post' },
  'zh-CN': { group: '群组', date: '日期', time: '时间', type: '类型', status: '状态', owner: '负责人', post: '帖子' },
};

/** One row per open slot and per post, in day and time order within each group; a slot before a post at one time. */
function rows(plans: readonly GroupPlan[], locale: Locale): string[][] {
  return plans.flatMap((plan) => {
    const slots = plan.openSlots.map((slot) => ({ key: `${slot.date} ${slot.time} 0`, cells: [plan.group, slot.date, slot.time, slot.type ? POST_TYPE_NAMES[slot.type][locale] : '–', '–', '–', cliMessage('openSlot', {}, locale)] }));
    // workspace text (titles, paths, owner ids) may carry terminal control characters
    const posts = plan.posts.map((post) => ({
      key: `${post.date} ${post.time} 1`,
      cells: [plan.group, post.date, post.time, POST_TYPE_NAMES[post.type][locale], post.status ?? '–', terminalLine(post.owner ?? '–'), terminalLine(post.title ?? post.path)],
    }));
    return [...slots, ...posts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((row) => row.cells);
  });
}

/** `ccal plan`: open rhythm slots and the posts due, per selected group and day; exit 0, or 2 on a usage or config error. */
export async function plan(options: PlanOptions, io: CliIO, locale: Locale): Promise<number> {
  const workspace = await loadWorkspace(io, locale, options);
  if (!workspace) return 2;
  const { config, facts } = workspace.session.environment;
  const plans = groupPlans(config, (id) => workspace.session.index.scheduleOf(id), {
    groups: selectedGroups(config, options.groups, locale),
    from: options.from,
    to: options.to,
    owner: options.owner,
    now: facts.now,
    today: facts.today,
  });
  if (options.json) {
    io.stdout.write(`${jsonText(JSON.stringify({ now: new Date(facts.now).toISOString(), timezone: config.timezone.name, groups: plans }, null, 2))}\n`);
    return 0;
  }
  const table = rows(plans, locale);
  const columns: TableColumn[] = COLUMNS.map((key) => ({ heading: HEADINGS[locale][key], align: 'left' }));
  io.stdout.write(`${table.length === 0 ? cliMessage('noPlan', {}, locale) : textTable(columns, table)}\n`);
  return 0;
}
