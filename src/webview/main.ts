import { covers, type DayRange } from '../shared/days';
import type { CalendarPost, CalendarState, HostToWebview, WebviewToHost } from '../shared/protocol';
import { CalendarView, MONTH_VIEW } from './calendar';
import { NO_FILTERS, selectedGroups, visiblePosts, weekSummaries, type Filters } from './model';
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
let weeks: string[] = [];
/** The days last asked for with `view/range`. */
let asked: DayRange | undefined;
const tooltip = new Tooltip(document.body);
const toolbar = new Toolbar(document.getElementById('toolbar') as HTMLElement, saved?.filters ?? NO_FILTERS, {
  filtersChanged: (filters) => {
    save({ filters });
    refresh();
  },
  exportRequested: (format) => {
    if (!state) return;
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

/** What the calendar shows under the current filters: the posts, and the problems of the selected groups. */
function calendarInput(current: CalendarState): { state: CalendarState; posts: CalendarPost[] } {
  return { state: { ...current, problems: problemsOf(current, selectedGroups(current, currentFilters())) }, posts: visiblePosts(current, currentFilters()) };
}

function updateSummary(): void {
  if (!state) return;
  const filters = currentFilters();
  const scope = filters.group ? (state.groups.find((group) => group.id === filters.group)?.name ?? filters.group) : state.labels.allGroups;
  const groups = selectedGroups(state, filters);
  const adHeavyWeeks = new Set(problemsOf(state, groups).flatMap((problem) => (problem.ruleId === 'ad-ratio' && problem.week ? [problem.week] : [])));
  renderSummary(document.getElementById('summary') as HTMLElement, state, weekSummaries(state.weekStats, groups, weeks), scope, adHeavyWeeks);
}

/** Asks the host for the posts of days on screen that the state does not cover (once per range until it answers). */
function askForDays(visible: DayRange): void {
  if (!state || covers(state.range, visible) || (asked && covers(asked, visible))) return;
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

window.addEventListener('message', (event: MessageEvent<HostToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'state/full': {
      state = message.state;
      if (message.state.focusGroup !== undefined) save({ filters: { ...currentFilters(), group: message.state.focusGroup } });
      toolbar.render(state);
      if (calendar) refresh();
      else {
        const input = calendarInput(state);
        calendar = new CalendarView(document.getElementById('calendar') as HTMLElement, input.state, input.posts, { view: saved?.view ?? MONTH_VIEW, date: saved?.date || state.today }, tooltip, {
          send: (outgoing) => vscode.postMessage(outgoing),
          // the summary follows the weeks on screen; days the state does not cover are asked for
          viewChanged: (view, date, visible, visibleWeeks) => {
            weeks = visibleWeeks;
            save({ view, date });
            updateSummary();
            askForDays(visible);
          },
        });
      }
      document.body.dataset.ready = 'true';
      break;
    }
    case 'reschedule/result':
      if (!message.ok) calendar?.revertMoves();
      break;
  }
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !target.closest('input, select, textarea')) {
    event.preventDefault();
    vscode.postMessage({ type: 'edit/undo' });
  }
});

vscode.postMessage({ type: 'webview/ready' });
