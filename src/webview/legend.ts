import type { CalendarState } from '../shared/protocol';
import { element, fill } from './dom';
import { STATUSES, TYPES } from './model';
import { STATUS_MARK } from './plan';

const LEGEND_ID = 'ccal-legend';

/** A sample of a mark as the calendar draws it (same classes), hidden from screen readers: the text beside it says it. */
function sample(className: string, text: string, wrapper?: string): HTMLElement {
  const mark = element('span', { className, text });
  return element('span', { className: `ccal-legend-sample${wrapper ? ` ${wrapper}` : ''}`, attributes: { 'aria-hidden': 'true' } }, [mark]);
}

function entry(samples: HTMLElement[], text: string): HTMLElement {
  return element('li', {}, [...samples, element('span', { text })]);
}

/**
 * What the calendar's marks mean: type colours, status marks, the dashed rings, the ad mark, key dates, days off and
 * 调休 working days, problem badges, "+N more" and the keys. Opened and closed by a toolbar button; text only.
 * Its samples carry the calendar's own classes: they are in the page only while the legend is open.
 */
export class Legend {
  readonly root: HTMLElement = element('section', { className: 'ccal-legend-panel', attributes: { id: LEGEND_ID } });
  private state: CalendarState | undefined;

  constructor() {
    this.root.hidden = true;
  }

  /** The button that shows and hides the legend. */
  toggle(state: CalendarState): HTMLButtonElement {
    const label = state.labels.legend;
    const button = element('button', { className: 'ccal-button ccal-legend-toggle', text: '?', attributes: { type: 'button', 'aria-controls': LEGEND_ID, 'aria-expanded': String(!this.root.hidden), 'aria-label': label, title: label } });
    button.addEventListener('click', () => {
      this.root.hidden = !this.root.hidden;
      button.setAttribute('aria-expanded', String(!this.root.hidden));
      this.draw();
    });
    return button;
  }

  /** Takes the labels of a new state, and draws the legend again if it is open. */
  render(state: CalendarState): void {
    this.state = state;
    this.draw();
  }

  private draw(): void {
    if (this.root.hidden || !this.state) {
      this.root.replaceChildren();
      return;
    }
    const labels = this.state.labels;
    this.root.setAttribute('aria-label', labels.legend);
    const types = TYPES.map((type) => element('span', { className: `ccal-legend-type ccal-swatch ccal-type-${type}`, text: labels[`type.${type}`] ?? type }));
    const statuses = STATUSES.map((status) => element('span', { className: 'ccal-legend-status', text: `${STATUS_MARK[status]} ${labels[`status.${status}`] ?? status}` }));
    this.root.replaceChildren(
      element('ul', {}, [
        element('li', { className: 'ccal-legend-wide' }, [element('span', { text: labels.legendTypes }), ...types]),
        element('li', { className: 'ccal-legend-wide' }, statuses),
        entry([sample('ccal-chip-title ccal-legend-italic', labels.legendTitleSample)], labels.legendNotApproved),
        entry([sample('ccal-chip-status', STATUS_MARK.approved, 'ccal-post-problem')], labels.legendPostProblems),
        entry([sample('ccal-chip-ad', labels.adMark, 'ccal-unlabelled')], labels.legendAdUnlabelled),
        entry([sample('ccal-chip-ad', labels.adMark)], labels.legendAd),
        entry([sample('ccal-key-date', labels.legendKeyDateSample)], labels.legendKeyDate),
        entry([sample('ccal-official-day ccal-off', labels.dayOffMark)], labels.legendDayOff),
        entry([sample('ccal-official-day ccal-work', labels.workdayMark)], labels.legendWorkday),
        entry([sample('ccal-problem-badge ccal-warning', '⚠ 2')], labels.legendDayProblems),
        entry([sample('ccal-week-problem', fill(labels.weekNumber, 48))], labels.legendWeekProblems),
        entry([sample('ccal-more', fill(labels.morePosts, 2))], labels.legendMore),
        entry([sample('ccal-slot ccal-type-interactive', `＋ 12:30 ${labels['type.interactive'] ?? ''}`)], labels.legendOpenSlot),
        entry([sample('ccal-chip-series', labels.seriesMark)], labels.legendSeries),
        entry([], labels.legendKeys),
      ]),
    );
  }
}
