import { covers, type DayRange } from '../shared/days';
import { assertNever, BOOT_META_NAME, type CalendarBoot, type CalendarPost, type CalendarState, type HostToWebview, type WebviewToHost } from '../shared/protocol';
import { CalendarView, MONTH_VIEW } from './calendar';
import { element } from './dom';
import { NO_FILTERS, selectedGroups, visiblePosts, visibleSlots, weekSummaries, weeksOf, type Filters } from './model';
import { renderSummary } from './summary';
import { Toolbar } from './toolbar';
import { Tooltip } from './tooltip';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): SavedState | undefined;
  setState(state: SavedState): void;
}

/** What survives a reload of the window (VS Code keeps it with the panel). */
interface SavedState {
  view: string;
  date: string;
  filters: Filters;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let saved: SavedState | undefined = vscode.getState();
let state: CalendarState | undefined;
let calendar: CalendarView | undefined;
/** The days on screen. */
let shown: DayRange | undefined;
/** The days last asked for with `view/range`. */
let asked: DayRange | undefined;
const calendarRoot = document.getElementById('calendar') as HTMLElement;
const summaryRoot = document.getElementById('summary') as HTMLElement;
/** Until the host's first state: the page shows its frame, drawn from the boot data in its HTML. */
let loading = true;
const loadingNote = element('p', { className: 'ccal-loading', attributes: { role: 'status' } });
const tooltip = new Tooltip(document.body);
const toolbar = new Toolbar(document.getElementById('toolbar') as HTMLElement, {
  filtersChanged: (filters) => {
    save({ filters });
    refresh();
  },
  exportRequested: (format) => {
    if (!state || loading) return;
    vscode.postMessage({ type: 'export/request', format, groups: [...selectedGroups(state, currentFilters())] });
  },
});

function currentFilters(): Filters {
  return saved?.filters ?? NO_FILTERS;
}

function save(change: Partial<SavedState>): void {
  saved = { view: MONTH_VIEW, date: state?.today ?? '', filters: NO_FILTERS, ...saved, ...change };
  vscode.setState(saved);
}

/** The problems of the selected groups; a problem without a group is the whole community's. */
function problemsOf(current: CalendarState, groups: ReadonlySet<string>): CalendarState['problems'] {
  return current.problems.filter((problem) => !problem.group || groups.has(problem.group));
}

/** What the calendar shows under the current filters: the posts, and the problems and open slots of the selected groups. */
function calendarInput(current: CalendarState): { state: CalendarState; posts: CalendarPost[] } {
  const filters = currentFilters();
  return { state: { ...current, problems: problemsOf(current, selectedGroups(current, filters)), openSlots: visibleSlots(current, filters) }, posts: visiblePosts(current, filters) };
}

function updateSummary(): void {
  if (!state || loading) return;
  const filters = currentFilters();
  const scope = filters.group ? (state.groups.find((group) => group.id === filters.group)?.name ?? filters.group) : state.labels.allGroups;
  const groups = selectedGroups(state, filters);
  const adHeavyWeeks = new Set(problemsOf(state, groups).flatMap((problem) => (problem.ruleId === 'ad-ratio' && problem.week ? [problem.week] : [])));
  renderSummary(summaryRoot, state, weekSummaries(state.weekStats, groups, shown ? weeksOf(shown) : []), scope, adHeavyWeeks);
}

/** Asks the host for the posts of days on screen that the state does not cover (once per range until it answers). */
function askForDays(visible: DayRange): void {
  if (!state || loading || covers(state.range, visible) || (asked && covers(asked, visible))) return;
  asked = visible;
  vscode.postMessage({ type: 'view/range', ...visible });
}

/** New data or new filters. */
function refresh(): void {
  if (!state || !calendar) return;
  const input = calendarInput(state);
  calendar.show(input.state, input.posts);
  updateSummary();
}

/** Draws a state: the first one builds the calendar, later ones redraw it. */
function show(next: CalendarState): void {
  state = next;
  toolbar.render(next, currentFilters());
  if (calendar) return refresh();
  const input = calendarInput(next);
  calendar = new CalendarView(calendarRoot, input.state, input.posts, { view: saved?.view ?? MONTH_VIEW, date: saved?.date || next.today }, tooltip, {
    send: (outgoing) => vscode.postMessage(outgoing),
    // the summary follows the weeks on screen; days the state does not cover are asked for
    viewChanged: (view, date, visible) => {
      shown = visible;
      save({ view, date });
      updateSummary();
      askForDays(visible);
    },
  });
}

/** The frame from the HTML's boot data: header, filters and the month's grid with no posts yet, and a loading note. */
function showBoot(): void {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${BOOT_META_NAME}"]`)?.content;
  if (!content) return;
  const boot = JSON.parse(content) as CalendarBoot;
  loadingNote.textContent = boot.labels.loading ?? '';
  calendarRoot.before(loadingNote);
  calendarRoot.setAttribute('aria-busy', 'true');
  if (boot.today) show({ locale: boot.locale, labels: boot.labels, today: boot.today, timezone: '', range: { from: boot.today, to: boot.today }, posts: [], groups: [], problems: [], keyDates: [], weekStats: [] });
}

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'state/full': {
      if (message.state.focusGroup !== undefined) save({ filters: { ...currentFilters(), group: message.state.focusGroup } });
      const first = loading;
      loading = false;
      loadingNote.remove();
      calendarRoot.removeAttribute('aria-busy');
      show(message.state);
      if (first) {
        // the frame's days were not asked for while the page had no state
        if (shown) askForDays(shown);
        calendar?.preloadTimeViews();
      }
      document.body.dataset.ready = 'true';
      break;
    }
    case 'reschedule/result':
      if (!message.ok) calendar?.revertMoves();
      break;
    default:
      assertNever(message);
  }
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !target.closest('input, select, textarea')) {
    event.preventDefault();
    vscode.postMessage({ type: 'edit/undo' });
  }
});

// the host builds its state while the page draws its frame
vscode.postMessage({ type: 'webview/ready' });
showBoot();
