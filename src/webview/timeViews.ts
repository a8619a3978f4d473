import { Calendar, type EventInput } from '@fullcalendar/core';
import zhCn from '@fullcalendar/core/locales/zh-cn';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import timeGridPlugin from '@fullcalendar/timegrid';
import { calendarKey, type CalendarPost, type CalendarSlot, type WebviewToHost } from '../shared/protocol';
import { isoWeekOf } from './model';
import { addDays, dayKey, twoDigits, type DayRange } from '../shared/days';
import { element } from './dom';
import { rescheduleMessage, type Plan } from './plan';
import type { Tooltip } from './tooltip';

export interface TimeViewsCallbacks {
  send(message: WebviewToHost): void;
  /** The view shows other dates: its type, first day, days on screen, title, and whether today is among them. */
  datesSet(view: string, date: string, visible: DayRange, title: string, showsToday: boolean): void;
}

export type Step = 'prev' | 'next' | 'today';

const WEEK_VIEW_HEIGHT = 760;
const MORNING = '07:00';
/** FullCalendar's class for a cell of the week's all-day row. */
const ALL_DAY_CELL = 'fc-daygrid-day';

/**
 * The week (by time of day) and list views, on FullCalendar. They are a separate script, loaded once the month is
 * on screen (or when one of them is asked for first), so the month opens without it. Dates are wall-clock times of the workspace zone,
 * handed to FullCalendar as UTC so the browser's own zone never shifts them.
 */
export class TimeViews {
  private readonly calendar: Calendar;

  constructor(
    host: HTMLElement,
    private plan: Plan,
    initial: { view: string; date: string },
    private readonly tooltip: Tooltip,
    private readonly callbacks: TimeViewsCallbacks,
  ) {
    const state = plan.state;
    // FullCalendar styles its element (display: flex), which would override the host's `hidden`
    const root = host.appendChild(document.createElement('div'));
    this.calendar = new Calendar(root, {
      plugins: [timeGridPlugin, listPlugin, interactionPlugin],
      initialView: initial.view,
      initialDate: initial.date,
      timeZone: 'UTC',
      locale: state.locale === 'zh-CN' ? zhCn : 'en',
      firstDay: 1,
      weekNumbers: true,
      weekNumberCalculation: 'ISO',
      // the panel's own header (calendar.ts) steps through dates and switches views for every view
      headerToolbar: false,
      editable: true,
      eventDurationEditable: false,
      eventStartEditable: true,
      nowIndicator: false,
      now: `${state.today}T00:00:00`,
      defaultTimedEventDuration: '00:30',
      slotDuration: '00:30',
      scrollTime: MORNING,
      height: 'auto',
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      eventOrder: 'start,title',
      // posts at the same time sit side by side, not on top of each other; past three, a "+N" link opens the rest
      slotEventOverlap: false,
      eventMaxStack: 3,
      displayEventEnd: false,
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      events: (range, success) => success([...this.plan.postsBetween(dayKey(range.start), dayKey(range.end)).map(toEvent), ...this.slotEvents(dayKey(range.start), dayKey(range.end))]),
      eventContent: (arg) => {
        const slot = arg.event.extendedProps.slot as CalendarSlot | undefined;
        if (slot) return { domNodes: [element('span', { className: 'ccal-chip', text: this.plan.slotText(slot) })] };
        return { domNodes: [this.plan.chip(arg.event.extendedProps.post as CalendarPost, arg.timeText)] };
      },
      eventClassNames: (arg) => {
        const slot = arg.event.extendedProps.slot as CalendarSlot | undefined;
        if (slot) return ['ccal-slot', ...(slot.type ? [`ccal-type-${slot.type}`] : [])];
        return ['ccal-event', ...this.plan.classesOf(arg.event.extendedProps.post as CalendarPost)];
      },
      eventDidMount: (info) => {
        const slot = info.event.extendedProps.slot as CalendarSlot | undefined;
        if (slot) {
          const description = this.plan.describeSlot(slot);
          info.el.setAttribute('tabindex', '0');
          info.el.setAttribute('role', 'button');
          info.el.setAttribute('aria-label', description);
          this.tooltip.attach(info.el, () => description);
          return;
        }
        const post = info.event.extendedProps.post as CalendarPost;
        // FullCalendar makes events focusable and turns Enter into a click; they need a name for screen readers
        info.el.setAttribute('tabindex', '0');
        info.el.setAttribute('aria-label', this.plan.describe(post));
        this.tooltip.attach(info.el, () => this.plan.describe(post));
      },
      eventClick: (info) => {
        info.jsEvent.preventDefault();
        const slot = info.event.extendedProps.slot as CalendarSlot | undefined;
        if (slot) return this.callbacks.send({ type: 'slot/create', group: slot.group, date: slot.date, time: slot.time, ...(slot.type ? { slotType: slot.type } : {}) });
        this.callbacks.send({ type: 'post/open', path: (info.event.extendedProps.post as CalendarPost).path });
      },
      eventDrop: (info) => {
        const post = info.event.extendedProps.post as CalendarPost;
        const start = info.event.start;
        if (!start) return info.revert();
        this.callbacks.send(rescheduleMessage(post, dayKey(start), `${twoDigits(start.getUTCHours())}:${twoDigits(start.getUTCMinutes())}`));
      },
      // the week's all-day row: key dates, days off and problem badges, as in the month; FullCalendar mounts the
      // time columns as day cells too, and they get none
      dayCellDidMount: (arg) => {
        if (arg.el.classList.contains(ALL_DAY_CELL)) this.decorateDay(arg.el);
      },
      weekNumberDidMount: (arg) => this.plan.decorateWeek(arg.el, isoWeekOf(arg.date), this.tooltip),
      viewDidMount: (arg) => {
        // a bounded week view opens scrolled to the morning (scrollTime); night posts stay reachable above
        const timeGrid = arg.view.type.startsWith('timeGrid');
        this.calendar.setOption('height', timeGrid ? WEEK_VIEW_HEIGHT : 'auto');
        // the new height is laid out on the next frame; scrolling before that is lost
        if (timeGrid) requestAnimationFrame(() => this.calendar.scrollToTime(MORNING));
      },
      datesSet: (arg) => {
        const today = this.plan.state.today;
        const showsToday = dayKey(arg.view.currentStart) <= today && today < dayKey(arg.view.currentEnd);
        this.callbacks.datesSet(arg.view.type, dayKey(arg.view.currentStart), { from: dayKey(arg.start), to: dayKey(arg.end) }, arg.view.title, showsToday);
      },
    });
    this.calendar.render();
  }

  /** The day the view is on. */
  get date(): string {
    return dayKey(this.calendar.getDate());
  }

  /** New data or new filters: replaces every event and redraws the decorations. */
  show(plan: Plan): void {
    this.plan = plan;
    this.calendar.refetchEvents();
    for (const cell of Array.from(document.querySelectorAll<HTMLElement>(`.${ALL_DAY_CELL}[data-date]`))) this.decorateDay(cell);
  }

  /** Goes back to where the file was when a move was refused. */
  revert(): void {
    this.calendar.refetchEvents();
  }

  step(step: Step): void {
    this.calendar[step]();
  }

  changeView(view: string, date: string): void {
    this.calendar.changeView(view, date);
    // the view was hidden while the month was on screen: measure again
    this.calendar.updateSize();
  }

  /** Ghost events for the open slots of the days from `from` up to, not including, `to`: not draggable. */
  private slotEvents(from: string, to: string): EventInput[] {
    const events: EventInput[] = [];
    for (let day = from; day < to; day = addDays(day, 1)) {
      for (const slot of this.plan.slotsOn(day)) events.push({ id: `slot:${slot.group}:${slot.date}:${slot.time}:${slot.type ?? ''}`, title: this.plan.slotText(slot), start: `${slot.date}T${slot.time}:00`, editable: false, extendedProps: { slot } });
    }
    return events;
  }

  /** Decorations go inside the cell's frame, which sizes the row: after the frame they fell below the cell, hidden. */
  private decorateDay(cell: HTMLElement): void {
    this.plan.decorateDay(cell, cell.querySelector<HTMLElement>('.fc-daygrid-day-frame') ?? cell, cell.dataset.date ?? '', this.tooltip);
  }
}

function toEvent(post: CalendarPost): EventInput {
  return { id: calendarKey(post), title: post.title, start: post.start, extendedProps: { post } };
}

declare global {
  interface Window {
    ccalTimeViews?: typeof TimeViews;
  }
}

window.ccalTimeViews = TimeViews;
