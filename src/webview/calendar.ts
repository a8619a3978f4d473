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
const MORNING = '07:00';

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
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
  private problemsByDate = new Map<string, CalendarProblem[]>();
  private problemsByWeek = new Map<string, CalendarProblem[]>();
  private keyDatesByDate = new Map<string, string[]>();
  private daysOff = new Set<string>();

  constructor(
    host: HTMLElement,
    state: CalendarState,
    initial: { view: string; date: string },
    private readonly tooltip: Tooltip,
    private readonly callbacks: CalendarCallbacks,
  ) {
    this.state = state;
    this.index(state);
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
      dayMaxEvents: 4,
      nowIndicator: false,
      now: `${state.today}T00:00:00`,
      defaultTimedEventDuration: '00:30',
      slotDuration: '00:30',
      scrollTime: MORNING,
      height: 'auto',
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      eventOrder: 'start,title',
      displayEventEnd: false,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      events: [],
      eventContent: (arg) => ({ domNodes: [this.chip(arg)] }),
      eventClassNames: (arg) => {
        const post = arg.event.extendedProps.post as CalendarPost;
        return [`ccal-type-${post.type}`, `ccal-status-${post.status}`, ...(post.type === 'ad' && !post.labelled ? ['ccal-unlabelled'] : []), ...(post.problems.length > 0 ? ['ccal-post-problem'] : [])];
      },
      eventDidMount: (info) => {
        const post = info.event.extendedProps.post as CalendarPost;
        // FullCalendar makes events focusable and turns Enter into a click; they need a name for screen readers
        info.el.setAttribute('tabindex', '0');
        info.el.setAttribute('aria-label', this.describe(post));
        this.tooltip.attach(info.el, () => this.describe(post));
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
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
    const events: EventInput[] = posts.map((post) => ({ id: post.path, title: post.title, start: post.start, extendedProps: { post } }));
    this.calendar.batchRendering(() => {
      this.calendar.removeAllEvents();
      this.calendar.addEventSource(events);
    });
    // day cells already on screen keep their element: refresh their key dates and problem badges in place
    for (const cell of Array.from(document.querySelectorAll<HTMLElement>('.fc-daygrid-day[data-date]'))) this.decorateDay(cell, cell.dataset.date ?? '');
  }

  /** Goes back to where the file was when a move was refused. */
  revertMoves(): void {
    this.show(this.state, this.calendar.getEvents().map((event) => event.extendedProps.post as CalendarPost));
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
