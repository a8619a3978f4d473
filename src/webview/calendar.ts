import { Calendar, type EventInput, type EventContentArg } from '@fullcalendar/core';
import zhCn from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { CalendarPost, CalendarProblem, CalendarState, WebviewToHost } from '../shared/protocol';
import { element, fill } from './dom';
import { isoWeekOf } from './model';
import type { Tooltip } from './tooltip';

export interface CalendarCallbacks {
  send(message: WebviewToHost): void;
  viewChanged(view: string, date: string, weeks: string[]): void;
}

const STATUS_MARK: Readonly<Record<string, string>> = { draft: '○', review: '◐', approved: '●', published: '✓', unknown: '?' };
const WEEK_VIEW_HEIGHT = 760;
/** Chips a month-view day shows before the rest go behind one "+N more" chip. */
const DAY_CHIP_LIMIT = 4;
const DAY_MS = 86_400_000;
const MORNING = '07:00';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** A month-view chip that stands for the posts of a day beyond the limit. */
interface MoreChip {
  date: string;
  count: number;
}

/** The first index at or after `from` whose post starts on or after the day `day` (posts sorted by start). */
function lowerBound(posts: readonly CalendarPost[], day: string, from = 0): number {
  let low = from;
  let high = posts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (posts[middle].start < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sortedByStart(posts: readonly CalendarPost[]): CalendarPost[] {
  // code-point order: the display order within a day is FullCalendar's eventOrder; this only has to be cheap and stable
  return [...posts].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

function dayKey(date: Date): string {
  return `${date.getUTCFullYear()}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}`;
}

/**
 * The calendar itself (FullCalendar: month, week and list views, drag and drop). Dates are wall-clock times of
 * the workspace zone, handed to FullCalendar as UTC so the browser's own zone never shifts them.
 */
export class CalendarView {
  private readonly calendar: Calendar;
  private state: CalendarState;
  /** The visible posts, sorted by start: each view takes only the slice of its dates. */
  private posts: CalendarPost[] = [];
  private problemsByDate = new Map<string, CalendarProblem[]>();
  private problemsByWeek = new Map<string, CalendarProblem[]>();
  private keyDatesByDate = new Map<string, string[]>();
  private daysOff = new Set<string>();

  /** Draws the calendar once, with its posts: a first empty draw and a second one with the posts would cost twice. */
  constructor(
    host: HTMLElement,
    state: CalendarState,
    posts: readonly CalendarPost[],
    initial: { view: string; date: string },
    private readonly tooltip: Tooltip,
    private readonly callbacks: CalendarCallbacks,
  ) {
    this.state = state;
    this.index(state);
    this.posts = sortedByStart(posts);
    const labels = state.labels;
    this.calendar = new Calendar(host, {
      plugins: [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin],
      initialView: initial.view,
      initialDate: initial.date,
      timeZone: 'UTC',
      locale: state.locale === 'zh-CN' ? zhCn : 'en',
      firstDay: 1,
      weekNumbers: true,
      weekNumberCalculation: 'ISO',
      headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listWeek' },
      buttonText: { today: labels.today, month: labels.month, week: labels.week, list: labels.list },
      editable: true,
      eventDurationEditable: false,
      eventStartEditable: true,
      dayMaxEvents: false,
      nowIndicator: false,
      now: `${state.today}T00:00:00`,
      defaultTimedEventDuration: '00:30',
      slotDuration: '00:30',
      scrollTime: MORNING,
      height: 'auto',
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      eventOrder: 'ccalOrder,start,title',
      displayEventEnd: false,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      events: (range, success) => success(this.eventsIn(range.start, range.end)),
      // a month's events are capped per day: a week or a day inside it must be fetched again, in full
      lazyFetching: false,
      eventContent: (arg) => ({ domNodes: [this.chip(arg)] }),
      eventClassNames: (arg) => {
        if (arg.event.extendedProps.more) return ['ccal-more'];
        const post = arg.event.extendedProps.post as CalendarPost;
        return [`ccal-type-${post.type}`, `ccal-status-${post.status}`, ...(post.type === 'ad' && !post.labelled ? ['ccal-unlabelled'] : []), ...(post.problems.length > 0 ? ['ccal-post-problem'] : [])];
      },
      eventDidMount: (info) => {
        const more = info.event.extendedProps.more as MoreChip | undefined;
        if (more) {
          info.el.setAttribute('tabindex', '0');
          info.el.setAttribute('aria-label', fill(this.state.labels.morePostsOn, String(more.count), more.date));
          return;
        }
        const post = info.event.extendedProps.post as CalendarPost;
        // FullCalendar makes events focusable and turns Enter into a click; they need a name for screen readers
        info.el.setAttribute('tabindex', '0');
        info.el.setAttribute('aria-label', this.describe(post));
        this.tooltip.attach(info.el, () => this.describe(post));
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        const more = info.event.extendedProps.more as MoreChip | undefined;
        // the rest of a busy day: its list, where every post can be read and opened
        if (more) return void this.calendar.changeView('listDay', more.date);
        this.callbacks.send({ type: 'post/open', path: (info.event.extendedProps.post as CalendarPost).path });
      },
      eventDrop: (info) => {
        const post = info.event.extendedProps.post as CalendarPost;
        const start = info.event.start;
        if (!start) return info.revert();
        // in the month view a drop keeps the time of day; in the week view the slot gives it
        const keepsTime = info.view.type === 'dayGridMonth';
        this.callbacks.send({ type: 'post/reschedule', path: post.path, revision: post.revision, date: dayKey(start), ...(keepsTime ? {} : { time: `${twoDigits(start.getUTCHours())}:${twoDigits(start.getUTCMinutes())}` }) });
      },
      dayCellDidMount: (arg) => this.decorateDay(arg.el, dayKey(arg.date)),
      weekNumberDidMount: (arg) => {
        const week = isoWeekOf(arg.date);
        const problems = this.problemsByWeek.get(week);
        if (!problems) return;
        // info-level findings (a short content mix) are in the tooltip; only warnings and errors mark the week
        if (problems.some((problem) => problem.severity !== 'info')) arg.el.classList.add('ccal-week-problem');
        arg.el.setAttribute('aria-label', `${week}: ${problems.map((problem) => problem.message).join('; ')}`);
        this.tooltip.attach(arg.el, () => problems.map((problem) => problem.message).join('\n'));
      },
      viewDidMount: (arg) => {
        // a bounded week view opens scrolled to the morning (scrollTime); night posts stay reachable above
        const timeGrid = arg.view.type.startsWith('timeGrid');
        this.calendar.setOption('height', timeGrid ? WEEK_VIEW_HEIGHT : 'auto');
        // the new height is laid out on the next frame; scrolling before that is lost
        if (timeGrid) requestAnimationFrame(() => this.calendar.scrollToTime(MORNING));
      },
      datesSet: (arg) => {
        const weeks: string[] = [];
        for (let day = new Date(arg.start); day < arg.end; day = new Date(day.getTime() + 7 * 86_400_000)) weeks.push(isoWeekOf(day));
        this.callbacks.viewChanged(arg.view.type, dayKey(arg.view.currentStart), weeks);
      },
    });
    this.calendar.render();
  }

  /** New data or new filters: replaces every event and redraws the decorations. */
  show(state: CalendarState, posts: readonly CalendarPost[]): void {
    this.state = state;
    this.index(state);
    this.posts = sortedByStart(posts);
    this.calendar.refetchEvents();
    // day cells already on screen keep their element: refresh their key dates and problem badges in place
    for (const cell of Array.from(document.querySelectorAll<HTMLElement>('.fc-daygrid-day[data-date]'))) this.decorateDay(cell, cell.dataset.date ?? '');
  }

  /** Goes back to where the file was when a move was refused. */
  revertMoves(): void {
    this.calendar.refetchEvents();
  }

  /**
   * The events of a view's dates. A view longer than a week (the month) gets at most DAY_CHIP_LIMIT chips a day,
   * the last one standing for the rest: FullCalendar would otherwise lay out every post of a busy month only to
   * hide most of them, which takes seconds for a few thousand.
   */
  private eventsIn(start: Date, end: Date): EventInput[] {
    const from = dayKey(start);
    const to = dayKey(end);
    const first = lowerBound(this.posts, from);
    const inRange = this.posts.slice(first, lowerBound(this.posts, to, first));
    const toEvent = (post: CalendarPost): EventInput => ({ id: post.path, title: post.title, start: post.start, extendedProps: { post, ccalOrder: 0 } });
    if (end.getTime() - start.getTime() <= 7 * DAY_MS) return inRange.map(toEvent);
    const events: EventInput[] = [];
    for (let index = 0; index < inRange.length; ) {
      let next = index;
      while (next < inRange.length && inRange[next].date === inRange[index].date) next++;
      const count = next - index;
      const shown = count <= DAY_CHIP_LIMIT ? count : DAY_CHIP_LIMIT - 1;
      for (let offset = 0; offset < shown; offset++) events.push(toEvent(inRange[index + offset]));
      if (shown < count) {
        const date = inRange[index].date;
        const more: MoreChip = { date, count: count - shown };
        events.push({ id: `more:${date}`, title: '', start: `${date}T23:59:59`, editable: false, extendedProps: { more, ccalOrder: 1 } });
      }
      index = next;
    }
    return events;
  }

  private index(state: CalendarState): void {
    this.problemsByDate = new Map();
    this.problemsByWeek = new Map();
    for (const problem of state.problems) {
      if (problem.date) this.problemsByDate.set(problem.date, [...(this.problemsByDate.get(problem.date) ?? []), problem]);
      if (problem.week) this.problemsByWeek.set(problem.week, [...(this.problemsByWeek.get(problem.week) ?? []), problem]);
    }
    this.keyDatesByDate = new Map();
    this.daysOff = new Set();
    for (const keyDate of state.keyDates) {
      if (keyDate.kind === 'dayOff') this.daysOff.add(keyDate.date);
      else this.keyDatesByDate.set(keyDate.date, [...(this.keyDatesByDate.get(keyDate.date) ?? []), keyDate.name]);
    }
  }

  private describe(post: CalendarPost): string {
    const labels = this.state.labels;
    const lines = [post.title, `${post.start.slice(0, 16).replace('T', ' ')} · ${labels[`type.${post.type}`] ?? post.type} · ${labels[`status.${post.status}`] ?? post.status}`, post.groups.join(', ')];
    return [...lines, ...post.problems].join('\n');
  }

  private chip(arg: EventContentArg): HTMLElement {
    const more = arg.event.extendedProps.more as MoreChip | undefined;
    if (more) return element('span', { className: 'ccal-more-text', text: fill(this.state.labels.morePosts, String(more.count)) });
    const post = arg.event.extendedProps.post as CalendarPost;
    const labels = this.state.labels;
    const children: Node[] = [];
    if (arg.timeText) children.push(element('span', { className: 'ccal-chip-time', text: arg.timeText }));
    children.push(element('span', { className: 'ccal-chip-status', text: STATUS_MARK[post.status] ?? '?', attributes: { 'aria-hidden': 'true' } }));
    if (post.type === 'ad') children.push(element('span', { className: 'ccal-chip-ad', text: labels.adMark }));
    children.push(element('span', { className: 'ccal-chip-title', text: post.title }));
    return element('span', { className: 'ccal-chip' }, children);
  }

  /** Key dates, day-off shading and the problem badge of one day cell; safe to run again on the same cell. */
  private decorateDay(cell: HTMLElement, date: string): void {
    const top = cell.querySelector('.fc-daygrid-day-top') ?? cell;
    for (const old of Array.from(cell.querySelectorAll('.ccal-key-date, .ccal-problem-badge'))) old.remove();
    cell.classList.toggle('ccal-day-off', this.daysOff.has(date));
    const problems = this.problemsByDate.get(date);
    cell.classList.toggle('ccal-day-problem', problems?.some((problem) => problem.severity !== 'info') ?? false);
    for (const name of this.keyDatesByDate.get(date) ?? []) top.appendChild(element('span', { className: 'ccal-key-date', text: name }));
    if (problems) {
      const worst = problems.some((problem) => problem.severity === 'error') ? 'error' : problems.some((problem) => problem.severity === 'warning') ? 'warning' : 'info';
      const text = problems.map((problem) => problem.message).join('\n');
      const badge = element('button', { className: `ccal-problem-badge ccal-${worst}`, text: `⚠ ${problems.length}`, attributes: { type: 'button', 'aria-label': fill(this.state.labels.dayProblems, date, text) } });
      this.tooltip.attach(badge, () => text);
      top.appendChild(badge);
    }
    if (cell.dataset.ccalCreate === undefined && cell.classList.contains('fc-daygrid-day')) {
      cell.dataset.ccalCreate = '';
      cell.addEventListener('dblclick', (event) => {
        // a double click on a post opens it; on the empty part of the day it starts a new post there
        if ((event.target as HTMLElement).closest('.fc-event, .ccal-problem-badge')) return;
        this.callbacks.send({ type: 'post/create', date });
      });
    }
  }
}
