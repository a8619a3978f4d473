import { calendarKey, type CalendarPost, type WebviewToHost } from '../shared/protocol';
import { element, fill } from './dom';
import { isoWeekOf } from './model';
import { addDays, dayOf, monthGrid, type DayRange } from '../shared/days';
import { rescheduleMessage, slotMessage, type Plan } from './plan';
import type { Tooltip } from './tooltip';

export interface MonthCallbacks {
  send(message: WebviewToHost): void;
  /** "+N more": show every post of that day. */
  showDay(date: string): void;
}

/** Chips a day shows before the rest go behind one "+N more" chip. */
const DAY_CHIP_LIMIT = 4;
/** Ghost chips a day shows before the rest of its open slots go behind one "+N open" chip (the day's list has all). */
const DAY_SLOT_LIMIT = 3;
/** How far the pointer must travel before a press on a chip becomes a drag rather than a click. */
const DRAG_THRESHOLD_PX = 4;
/** Alt+arrow on a focused chip moves its post by this many days. */
const KEY_MOVES: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
/** Keyboard moves in a row are sent as one, once the keys rest this long: each move changes the file. */
const KEY_MOVE_SETTLE_MS = 600;

/**
 * The month grid, drawn by hand: six ISO weeks of day cells with at most four chips a day, key dates, problem
 * badges and week numbers. A month of thousands of posts paints in a few tens of milliseconds, where a general
 * calendar library needs longer than that for an empty month (docs/performance.md). Posts are moved by dragging
 * a chip to another day, or from the keyboard with Alt+arrow keys; the time of day is kept.
 */
export class MonthView {
  readonly root: HTMLElement;
  private plan: Plan;
  private month: string;
  private postsByKey = new Map<string, CalendarPost>();
  /** A finished drag is followed by a click on whatever lies under the pointer: that click is not an open. */
  private dragJustEnded = false;
  private keyMove?: { post: CalendarPost; date: string; timer: ReturnType<typeof setTimeout> };

  constructor(
    host: HTMLElement,
    plan: Plan,
    month: string,
    private readonly tooltip: Tooltip,
    private readonly callbacks: MonthCallbacks,
  ) {
    this.plan = plan;
    this.month = month;
    this.root = element('div', { className: 'ccal-month-view' });
    this.root.addEventListener('click', (event) => this.clicked(event));
    this.root.addEventListener('dblclick', (event) => this.doubleClicked(event));
    this.root.addEventListener('keydown', (event) => this.keyPressed(event));
    this.root.addEventListener('pointerdown', (event) => this.pressed(event));
    host.appendChild(this.root);
    this.render();
  }

  /** The first day of the month shown, `YYYY-MM-01`. */
  get firstDay(): string {
    return this.month;
  }

  /** The days on screen. */
  get visible(): DayRange {
    return monthGrid(this.month);
  }

  /** "November 2026", "2026年11月": from the host's names, as the first Intl formatter in a webview is slow. */
  get title(): string {
    const labels = this.plan.labels;
    const month = Number(this.month.slice(5, 7));
    return fill(labels.monthTitle, this.month.slice(0, 4), labels[`month.${month}`] ?? month, month);
  }

  show(plan: Plan, month = this.month): void {
    this.plan = plan;
    this.month = month;
    this.render();
  }

  /** Draws the whole month again, from the plan; keyboard focus stays on the same post. */
  render(): void {
    const focused = this.root.contains(document.activeElement) ? (document.activeElement as HTMLElement) : undefined;
    const focusedKey = focused?.dataset.key;
    const plan = this.plan;
    const labels = plan.labels;
    const { from: start, to: end } = monthGrid(this.month);
    const posts = plan.postsBetween(start, end);
    this.postsByKey = new Map(posts.map((post) => [calendarKey(post), post]));
    const head = element('tr', {}, [element('th', { className: 'ccal-week-number', attributes: { scope: 'col' } }), ...Array.from({ length: 7 }, (_, index) => element('th', { className: 'ccal-weekday', text: labels[`weekday.${index + 1}`], attributes: { scope: 'col' } }))]);
    const rows: HTMLElement[] = [];
    let next = 0;
    for (let monday = start; monday < end; monday = addDays(monday, 7)) {
      const week = isoWeekOf(dayOf(monday));
      const number = element('th', { className: 'ccal-week-number', text: fill(labels.weekNumber, Number(week.slice(6))), attributes: { scope: 'row' } });
      plan.decorateWeek(number, week, this.tooltip);
      const cells: HTMLElement[] = [number];
      for (let column = 0; column < 7; column++) {
        const date = addDays(monday, column);
        const dayEnd = addDays(date, 1);
        const first = next;
        while ((posts[next]?.start ?? dayEnd) < dayEnd) next++;
        cells.push(this.day(date, posts.slice(first, next)));
      }
      rows.push(element('tr', { attributes: { 'data-week': week } }, cells));
    }
    const table = element('table', { className: 'ccal-month', attributes: { 'aria-label': this.title } }, [element('thead', {}, [head]), element('tbody', {}, rows)]);
    // the chip under a tooltip may be gone, and with it the mouseleave that would hide it
    this.tooltip.hide();
    this.root.replaceChildren(table);
    if (focusedKey) this.root.querySelector<HTMLElement>(`.ccal-event[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
  }

  private day(date: string, posts: readonly CalendarPost[]): HTMLElement {
    const plan = this.plan;
    const top = element('div', { className: 'ccal-day-top' }, [element('span', { className: 'ccal-day-number', text: String(Number(date.slice(8))) })]);
    const shown = posts.length <= DAY_CHIP_LIMIT ? posts.length : DAY_CHIP_LIMIT - 1;
    const events = posts.slice(0, shown).map((post) => this.event(post));
    if (shown < posts.length) {
      const rest = String(posts.length - shown);
      events.push(element('button', { className: 'ccal-more', text: fill(plan.labels.morePosts, rest), attributes: { type: 'button', 'data-date': date, 'aria-label': fill(plan.labels.morePostsOn, rest, date) } }));
    }
    // open slots after the posts: they are what the day still lacks
    const slots = plan.slotsOn(date);
    const shownSlots = slots.length <= DAY_SLOT_LIMIT ? slots.length : DAY_SLOT_LIMIT - 1;
    for (const slot of slots.slice(0, shownSlots)) events.push(plan.slotChip(slot, this.tooltip));
    if (shownSlots < slots.length) {
      const rest = String(slots.length - shownSlots);
      events.push(element('button', { className: 'ccal-more ccal-more-slots', text: fill(plan.labels.moreSlots, rest), attributes: { type: 'button', 'data-date': date, 'aria-label': fill(plan.labels.moreSlotsOn, rest, date) } }));
    }
    const classes = ['ccal-day', ...(date.slice(0, 7) === this.month.slice(0, 7) ? [] : ['ccal-other-month']), ...(date === plan.state.today ? ['ccal-today'] : [])];
    const cell = element('td', { className: classes.join(' '), attributes: { 'data-date': date } }, [top, element('div', { className: 'ccal-day-events' }, events)]);
    plan.decorateDay(cell, top, date, this.tooltip);
    return cell;
  }

  private event(post: CalendarPost): HTMLElement {
    const description = this.plan.describe(post);
    const button = element('button', { className: `ccal-event ${this.plan.classesOf(post).join(' ')}`, attributes: { type: 'button', 'data-path': post.path, 'data-key': calendarKey(post), 'aria-label': description } }, [this.plan.chip(post, compactTime(post.start.slice(11, 16)))]);
    this.tooltip.attach(button, () => description);
    return button;
  }

  private postOf(target: EventTarget | null): { chip: HTMLElement; post: CalendarPost } | undefined {
    const chip = (target as HTMLElement | null)?.closest<HTMLElement>('.ccal-event');
    const post = chip ? this.postsByKey.get(chip.dataset.key ?? '') : undefined;
    return chip && post ? { chip, post } : undefined;
  }

  private clicked(event: MouseEvent): void {
    if (this.dragJustEnded) return;
    const more = (event.target as HTMLElement).closest<HTMLElement>('.ccal-more');
    if (more) return this.callbacks.showDay(more.dataset.date ?? '');
    // a button: Enter and Space on a focused ghost chip click it too
    const slot = (event.target as HTMLElement).closest<HTMLElement>('.ccal-slot');
    const message = slot ? slotMessage(slot) : undefined;
    if (message) return this.callbacks.send(message);
    const hit = this.postOf(event.target);
    if (hit) this.callbacks.send({ type: 'post/open', path: hit.post.path });
  }

  /** A double click on the empty part of a day starts a new post there. */
  private doubleClicked(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    if (target.closest('.ccal-event, .ccal-more, .ccal-slot, .ccal-problem-badge')) return;
    const date = target.closest<HTMLElement>('.ccal-day')?.dataset.date;
    if (date) this.callbacks.send({ type: 'post/create', date });
  }

  private keyPressed(event: KeyboardEvent): void {
    const days = KEY_MOVES[event.key];
    if (!event.altKey || days === undefined) return;
    const hit = this.postOf(event.target);
    if (!hit) return;
    event.preventDefault();
    // VS Code would also see the keys (Alt+← is Go Back on Windows): the move is the chip's alone
    event.stopPropagation();
    const pending = this.keyMove?.post === hit.post ? this.keyMove : undefined;
    const date = addDays(pending?.date ?? hit.post.date, days);
    // a move stays inside the weeks on screen, where the chip can be seen and moved on
    if (!this.place(hit.chip, date)) return;
    hit.chip.focus();
    if (this.keyMove && !pending) this.sendKeyMove();
    clearTimeout(pending?.timer);
    this.keyMove = { post: hit.post, date, timer: setTimeout(() => this.sendKeyMove(), KEY_MOVE_SETTLE_MS) };
  }

  private sendKeyMove(): void {
    const move = this.keyMove;
    if (!move) return;
    clearTimeout(move.timer);
    this.keyMove = undefined;
    this.reschedule(move.post, move.date);
  }

  private pressed(event: PointerEvent): void {
    const hit = event.button === 0 ? this.postOf(event.target) : undefined;
    if (!hit) return;
    const { chip, post } = hit;
    let ghost: HTMLElement | undefined;
    let target: HTMLElement | undefined;
    const follow = (moved: PointerEvent) => {
      if (!ghost) {
        if (Math.hypot(moved.clientX - event.clientX, moved.clientY - event.clientY) < DRAG_THRESHOLD_PX) return;
        ghost = chip.cloneNode(true) as HTMLElement;
        ghost.classList.add('ccal-drag-ghost');
        ghost.setAttribute('aria-hidden', 'true');
        ghost.style.width = `${chip.offsetWidth}px`;
        document.body.appendChild(ghost);
        chip.classList.add('ccal-dragging');
        this.tooltip.hide();
      }
      ghost.style.transform = `translate(${moved.clientX + 6}px, ${moved.clientY + 6}px)`;
      const over = document.elementFromPoint(moved.clientX, moved.clientY)?.closest<HTMLElement>('.ccal-day') ?? undefined;
      if (over === target) return;
      target?.classList.remove('ccal-drop-target');
      target = over;
      target?.classList.add('ccal-drop-target');
    };
    const finish = (drop: boolean) => {
      document.removeEventListener('pointermove', follow);
      document.removeEventListener('pointerup', dropped);
      document.removeEventListener('pointercancel', cancelled);
      document.removeEventListener('keydown', escaped, true);
      target?.classList.remove('ccal-drop-target');
      chip.classList.remove('ccal-dragging');
      if (!ghost) return;
      ghost.remove();
      this.dragJustEnded = true;
      setTimeout(() => (this.dragJustEnded = false));
      const date = target?.dataset.date;
      if (!drop || !date || date === post.date) return;
      this.place(chip, date);
      this.reschedule(post, date);
    };
    const dropped = (up: PointerEvent) => {
      follow(up);
      finish(true);
    };
    const cancelled = () => finish(false);
    const escaped = (key: KeyboardEvent) => {
      if (key.key !== 'Escape') return;
      key.stopPropagation();
      finish(false);
    };
    document.addEventListener('pointermove', follow);
    document.addEventListener('pointerup', dropped);
    document.addEventListener('pointercancel', cancelled);
    document.addEventListener('keydown', escaped, true);
  }

  /** Asks the host to move a post to another day, at the same time of day. */
  private reschedule(post: CalendarPost, date: string): void {
    if (date !== post.date) this.callbacks.send(rescheduleMessage(post, date));
  }

  /** Shows a moved chip on its new day until the host's answer redraws the month; false when that day is not on screen. */
  private place(chip: HTMLElement, date: string): boolean {
    const events = this.root.querySelector(`.ccal-day[data-date="${date}"] .ccal-day-events`);
    if (!events) return false;
    events.insertBefore(chip, events.querySelector('.ccal-more'));
    return true;
  }
}

/** 8:30 rather than 08:30: a day of the month is narrow, and the title needs the room. */
function compactTime(time: string): string {
  return time.startsWith('0') ? time.slice(1) : time;
}
