import type { CalendarPost, CalendarState, WebviewToHost } from '../shared/protocol';
import { element } from './dom';
import { MonthView } from './month';
import { dayKey, dayOf, firstOfMonth, type DayRange } from '../shared/days';
import { Plan } from './plan';
import type { Step, TimeViews } from './timeViews';
import type { Tooltip } from './tooltip';

export interface CalendarCallbacks {
  send(message: WebviewToHost): void;
  viewChanged(view: string, date: string, visible: DayRange): void;
}

export const MONTH_VIEW = 'dayGridMonth';
const VIEW_BUTTONS = [
  { view: MONTH_VIEW, label: 'month' },
  { view: 'timeGridWeek', label: 'week' },
  { view: 'listWeek', label: 'list' },
] as const;

/** The week and list views' script is loaded this long after the month is drawn, out of the month's way. */
const PRELOAD_AFTER_MS = 1500;

/** Where the week and list views' script is: beside this one. */
const TIME_VIEWS_SCRIPT = (document.currentScript as HTMLScriptElement | null)?.src.replace(/calendar\.js(?=$|\?)/, 'calendar-views.js');

let timeViewsScript: Promise<typeof TimeViews> | undefined;

/** Loads the week and list views once, under the page's script nonce; after a failure the next call tries again. */
function loadTimeViews(): Promise<typeof TimeViews> {
  timeViewsScript ??= new Promise<typeof TimeViews>((resolve, reject) => {
    const script = document.createElement('script');
    script.nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content ?? '';
    script.src = TIME_VIEWS_SCRIPT ?? '';
    script.onload = () => (window.ccalTimeViews ? resolve(window.ccalTimeViews) : reject(new Error('the week and list views did not load')));
    script.onerror = () => {
      script.remove();
      reject(new Error(`could not load ${script.src}`));
    };
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    timeViewsScript = undefined;
    throw error;
  });
  return timeViewsScript;
}

function shiftMonth(month: string, by: number): string {
  const day = dayOf(month);
  return dayKey(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + by, 1)));
}

/**
 * The calendar: one header (dates and views) over the hand-drawn month and FullCalendar's week and list views.
 * Dates are wall-clock days of the workspace zone, coded as UTC so the browser's own zone never shifts them.
 */
export class CalendarView {
  private plan: Plan;
  private view: string;
  private readonly month: MonthView;
  private readonly monthHost: HTMLElement;
  private readonly timeHost: HTMLElement;
  private readonly title: HTMLElement;
  private readonly viewButtons: HTMLButtonElement[];
  private readonly todayButton: HTMLButtonElement;
  private timeViews?: TimeViews;

  /** Draws the calendar once, with its posts. */
  constructor(
    host: HTMLElement,
    state: CalendarState,
    posts: readonly CalendarPost[],
    initial: { view: string; date: string },
    private readonly tooltip: Tooltip,
    private readonly callbacks: CalendarCallbacks,
  ) {
    this.plan = new Plan(state, posts);
    this.view = initial.view;
    const labels = state.labels;
    const stepButton = (step: Step, text: string, label: string) => {
      const button = element('button', { className: `ccal-button ccal-step-${step}`, text, attributes: { type: 'button', 'aria-label': label } });
      button.addEventListener('click', () => this.step(step));
      return button;
    };
    this.title = element('h2', { className: 'ccal-title', attributes: { 'aria-live': 'polite' } });
    this.viewButtons = VIEW_BUTTONS.map(({ view, label }) => {
      const button = element('button', { className: 'ccal-button ccal-view', text: labels[label], attributes: { type: 'button', 'data-view': view } });
      button.addEventListener('click', () => this.changeView(view));
      return button;
    });
    this.todayButton = stepButton('today', labels.today, labels.today);
    const header = element('div', { className: 'ccal-header' }, [
      element('div', { className: 'ccal-nav' }, [stepButton('prev', '‹', labels.previous), stepButton('next', '›', labels.next), this.todayButton]),
      this.title,
      element('div', { className: 'ccal-views', attributes: { role: 'group' } }, this.viewButtons),
    ]);
    this.monthHost = element('div', { className: 'ccal-month-host' });
    this.timeHost = element('div', { className: 'ccal-time-host' });
    host.replaceChildren(header, this.monthHost, this.timeHost);
    this.month = new MonthView(this.monthHost, this.plan, firstOfMonth(initial.date), tooltip, { send: callbacks.send, showDay: (date) => this.changeView('listDay', date) });
    if (this.view === MONTH_VIEW) this.monthShown();
    else this.changeView(this.view, initial.date);
  }

  /**
   * Loads the week and list views' script a while after the month is drawn with posts, so that the first switch
   * only has to draw them; a failure here is reported on that switch.
   */
  preloadTimeViews(): void {
    setTimeout(() => loadTimeViews().catch(() => undefined), PRELOAD_AFTER_MS);
  }

  /** New data or new filters: every view draws from the new plan. */
  show(state: CalendarState, posts: readonly CalendarPost[]): void {
    this.plan = new Plan(state, posts);
    // the view not on screen takes the new plan when it is switched to
    if (this.view === MONTH_VIEW) this.month.show(this.plan);
    else this.timeViews?.show(this.plan);
  }

  /** Goes back to where the file was when a move was refused. */
  revertMoves(): void {
    if (this.view === MONTH_VIEW) this.month.render();
    else this.timeViews?.revert();
  }

  private step(step: Step): void {
    if (this.view !== MONTH_VIEW) return this.timeViews?.step(step);
    const month = step === 'today' ? firstOfMonth(this.plan.state.today) : shiftMonth(this.month.firstDay, step === 'prev' ? -1 : 1);
    this.month.show(this.plan, month);
    this.monthShown();
  }

  private changeView(view: string, date?: string): void {
    const from = this.view === MONTH_VIEW ? this.monthFocus() : (this.timeViews?.date ?? this.month.firstDay);
    this.view = view;
    if (view === MONTH_VIEW) {
      this.month.show(this.plan, firstOfMonth(date ?? from));
      this.monthShown();
      return;
    }
    this.markView();
    loadTimeViews().then(
      (Views) => {
        // a later switch wins over this one
        if (this.view !== view) return;
        this.monthHost.hidden = true;
        this.timeHost.hidden = false;
        if (this.timeViews) {
          this.timeViews.show(this.plan);
          this.timeViews.changeView(view, date ?? from);
        } else {
          // an earlier failure to load left its message here
          this.timeHost.replaceChildren();
          this.timeViews = new Views(this.timeHost, this.plan, { view, date: date ?? from }, this.tooltip, {
            send: this.callbacks.send,
            datesSet: (shown, first, visible, title, showsToday) => {
              if (this.view === MONTH_VIEW) return;
              this.view = shown;
              this.title.textContent = title;
              this.todayButton.disabled = showsToday;
              this.markView();
              this.callbacks.viewChanged(shown, first, visible);
            },
          });
        }
      },
      (error: Error) => {
        this.timeHost.hidden = false;
        this.timeHost.replaceChildren(element('p', { className: 'ccal-error', text: `${this.plan.labels.viewsFailed} (${error.message})` }));
      },
    );
  }

  /** The day a switch from the month to a week lands on: today when it is in the month on screen. */
  private monthFocus(): string {
    const today = this.plan.state.today;
    return firstOfMonth(today) === this.month.firstDay ? today : this.month.firstDay;
  }

  private monthShown(): void {
    this.timeHost.hidden = true;
    this.monthHost.hidden = false;
    this.title.textContent = this.month.title;
    this.todayButton.disabled = this.month.firstDay === firstOfMonth(this.plan.state.today);
    this.markView();
    this.callbacks.viewChanged(MONTH_VIEW, this.month.firstDay, this.month.visible);
  }

  private markView(): void {
    for (const button of this.viewButtons) button.setAttribute('aria-pressed', String(this.view === button.dataset.view || (this.view.startsWith('list') && button.dataset.view?.startsWith('list') === true)));
  }
}
