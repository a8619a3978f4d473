import type { CalendarLabels, CalendarPost, PostStatusName, CalendarProblem, CalendarSlot, CalendarState, WebviewToHost } from '../shared/protocol';
import { element, fill } from './dom';
import type { Tooltip } from './tooltip';

/** The mark before a post's title, by status: the legend explains them. */
export const STATUS_MARK: Readonly<Record<PostStatusName | 'unknown', string>> = { draft: '○', review: '◐', approved: '●', published: '✓', unknown: '?' };

/** The first index at or after `from` whose post starts on or after the day `day` (posts sorted by start). */
function lowerBound(posts: readonly CalendarPost[], day: string, from = 0): number {
  let low = from;
  let high = posts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // middle is below high, which is at most posts.length
    if (posts[middle]!.start < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What the calendar shows under the current filters, indexed for its views: the posts sorted by start (then
 * title), the problems by day and by ISO week, the key dates and days off. Every view reads the same plan.
 */
export class Plan {
  readonly posts: readonly CalendarPost[];
  private readonly problemsByDate = new Map<string, CalendarProblem[]>();
  private readonly problemsByWeek = new Map<string, CalendarProblem[]>();
  private readonly keyDatesByDate = new Map<string, string[]>();
  private readonly personNames = new Map<string, string>();
  /** Days of the official holiday schedule: off, or a 调休 make-up working day, with the holiday's name. */
  private readonly officialDays = new Map<string, { off: boolean; name: string }>();
  /** Open slots by day, in time order. */
  private readonly slotsByDate = new Map<string, CalendarSlot[]>();

  constructor(
    readonly state: CalendarState,
    posts: readonly CalendarPost[],
  ) {
    this.posts = [...posts].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    for (const problem of state.problems) {
      if (problem.date) push(this.problemsByDate, problem.date, problem);
      if (problem.week) push(this.problemsByWeek, problem.week, problem);
    }
    const slots = [...(state.openSlots ?? [])].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
    for (const slot of slots) push(this.slotsByDate, slot.date, slot);
    for (const person of state.people ?? []) this.personNames.set(person.id, person.name);
    for (const keyDate of state.keyDates) {
      if (keyDate.kind === 'dayOff' || keyDate.kind === 'workday') this.officialDays.set(keyDate.date, { off: keyDate.kind === 'dayOff', name: keyDate.name });
      else push(this.keyDatesByDate, keyDate.date, keyDate.name);
    }
  }

  get labels(): CalendarLabels {
    return this.state.labels;
  }

  /** The posts from the day `from` up to, not including, the day `to`, in display order. */
  postsBetween(from: string, to: string): readonly CalendarPost[] {
    const first = lowerBound(this.posts, from);
    return this.posts.slice(first, lowerBound(this.posts, to, first));
  }

  slotsOn(date: string): readonly CalendarSlot[] {
    return this.slotsByDate.get(date) ?? [];
  }

  /** "＋ 12:30 互动": a ghost chip's text, the type in the display language (no type: any post fills it). */
  slotText(slot: CalendarSlot): string {
    return `＋ ${slot.time}${slot.type ? ` ${this.labels[`type.${slot.type}`] ?? slot.type}` : ''}`;
  }

  /** A ghost chip's tooltip and accessible name: which group's slot, and what activating it does. */
  describeSlot(slot: CalendarSlot): string {
    return fill(this.labels.openSlot, slot.group, `${slot.date} ${slot.time}`, slot.type ? (this.labels[`type.${slot.type}`] ?? slot.type) : this.labels.anyType);
  }

  /** A focusable ghost chip; the view sends `slotMessage` when it is clicked or Enter is pressed on it. */
  slotChip(slot: CalendarSlot, tooltip: Tooltip): HTMLElement {
    const description = this.describeSlot(slot);
    const attributes: Record<string, string> = { type: 'button', 'data-slot-group': slot.group, 'data-slot-date': slot.date, 'data-slot-time': slot.time, 'aria-label': description };
    if (slot.type) attributes['data-slot-type'] = slot.type;
    const chip = element('button', { className: `ccal-slot${slot.type ? ` ccal-type-${slot.type}` : ''}`, text: this.slotText(slot), attributes });
    tooltip.attach(chip, () => description);
    return chip;
  }

  problemsOn(date: string): readonly CalendarProblem[] | undefined {
    return this.problemsByDate.get(date);
  }

  problemsIn(week: string): readonly CalendarProblem[] | undefined {
    return this.problemsByWeek.get(week);
  }

  /** A post's chip: time (when asked), status mark, AD mark for ads, title; text only. */
  chip(post: CalendarPost, time?: string): HTMLElement {
    const children: Node[] = [];
    if (time) children.push(element('span', { className: 'ccal-chip-time', text: time }));
    children.push(element('span', { className: 'ccal-chip-status', text: STATUS_MARK[post.status] ?? '?', attributes: { 'aria-hidden': 'true' } }));
    // a series' occurrence says so in text, not only by a colour; its tooltip and accessible name say it in words
    if (post.series) children.push(element('span', { className: 'ccal-chip-series', text: this.labels.seriesMark, attributes: { 'aria-hidden': 'true' } }));
    if (post.type === 'ad') children.push(element('span', { className: 'ccal-chip-ad', text: this.labels.adMark }));
    children.push(element('span', { className: 'ccal-chip-title', text: post.title }));
    return element('span', { className: 'ccal-chip' }, children);
  }

  /** The colour, status and problem classes of a post's event element. */
  classesOf(post: CalendarPost): string[] {
    return [`ccal-type-${post.type}`, `ccal-status-${post.status}`, ...(post.type === 'ad' && !post.labelled ? ['ccal-unlabelled'] : []), ...(post.problems.length > 0 ? ['ccal-post-problem'] : [])];
  }

  /** A post in words, for its tooltip and its accessible name. */
  describe(post: CalendarPost): string {
    const labels = this.labels;
    const lines = [post.title, `${post.start.slice(0, 16).replace('T', ' ')} · ${labels[`type.${post.type}`] ?? post.type} · ${labels[`status.${post.status}`] ?? post.status}`, post.groups.join(', ')];
    if (post.owner !== undefined) lines.push(fill(labels.ownerLine, this.personName(post.owner)));
    if (post.reviewer !== undefined) lines.push(fill(labels.reviewerLine, this.personName(post.reviewer)));
    if (post.series) lines.push(labels[`series.${post.series}`] ?? post.series);
    return [...lines, ...post.problems].join('\n');
  }

  /** A person's name from `people`, or the id as written when it is not there. */
  private personName(id: string): string {
    return this.personNames.get(id) ?? id;
  }

  /** Key dates, the official day-off or working-day mark, and the problem badge of one day cell; safe to run again on the same cell. */
  decorateDay(cell: HTMLElement, top: HTMLElement, date: string, tooltip: Tooltip): void {
    for (const old of Array.from(cell.querySelectorAll('.ccal-key-date, .ccal-official-day, .ccal-problem-badge'))) old.remove();
    const official = this.officialDays.get(date);
    cell.classList.toggle('ccal-day-off', official?.off === true);
    cell.classList.toggle('ccal-workday', official?.off === false);
    if (official) top.appendChild(this.officialDayMark(official, tooltip));
    const problems = this.problemsByDate.get(date);
    cell.classList.toggle('ccal-day-problem', problems?.some((problem) => problem.severity !== 'info') ?? false);
    for (const name of this.keyDatesByDate.get(date) ?? []) top.appendChild(element('span', { className: 'ccal-key-date', text: name }));
    if (problems) {
      const worst = problems.some((problem) => problem.severity === 'error') ? 'error' : problems.some((problem) => problem.severity === 'warning') ? 'warning' : 'info';
      const text = problems.map((problem) => problem.message).join('\n');
      const badge = element('button', { className: `ccal-problem-badge ccal-${worst}`, text: `⚠ ${problems.length}`, attributes: { type: 'button', 'aria-label': fill(this.labels.dayProblems, date, text) } });
      tooltip.attach(badge, () => text);
      top.appendChild(badge);
    }
  }

  /** 休 or 班 (Off or Work), as Chinese calendars mark them, with the holiday named on hover and for screen readers. */
  private officialDayMark(day: { off: boolean; name: string }, tooltip: Tooltip): HTMLElement {
    const labels = this.labels;
    const text = fill(day.off ? labels.dayOffNamed : labels.workdayNamed, day.name);
    const mark = element('span', { className: `ccal-official-day ${day.off ? 'ccal-off' : 'ccal-work'}`, text: day.off ? labels.dayOffMark : labels.workdayMark, attributes: { role: 'img', 'aria-label': text } });
    tooltip.attach(mark, () => text);
    return mark;
  }

  /** Marks a week number with its week's problems: warnings and errors visibly, all of them in the tooltip. */
  decorateWeek(target: HTMLElement, week: string, tooltip: Tooltip): void {
    const problems = this.problemsByWeek.get(week);
    if (!problems) return;
    // info-level findings (a short content mix) are in the tooltip; only warnings and errors mark the week
    if (problems.some((problem) => problem.severity !== 'info')) target.classList.add('ccal-week-problem');
    target.setAttribute('aria-label', `${week}: ${problems.map((problem) => problem.message).join('; ')}`);
    target.tabIndex = 0;
    tooltip.attach(target, () => problems.map((problem) => problem.message).join('\n'));
  }
}

/** The message a ghost chip element asks the host for, read back from its data attributes. */
export function slotMessage(chip: HTMLElement): WebviewToHost | undefined {
  const { slotGroup, slotDate, slotTime, slotType } = chip.dataset;
  if (!slotGroup || !slotDate || !slotTime) return undefined;
  return { type: 'slot/create', group: slotGroup, date: slotDate, time: slotTime, ...(slotType ? { slotType: slotType as CalendarSlot['type'] } : {}) };
}

/** The message that moves a post; for a series' occurrence it names the occurrence, and the host asks how much to move. */
export function rescheduleMessage(post: CalendarPost, date: string, time?: string): WebviewToHost {
  return { type: 'post/reschedule', path: post.path, revision: post.revision, date, ...(time === undefined ? {} : { time }), ...(post.series ? { occurrence: post.date } : {}) };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
