import type { CalendarState } from '../shared/protocol';
import { element, fill } from './dom';
import { TYPES, type WeekSummary } from './model';

/**
 * The per-week summary leads read: posts, ads and their share, the mix by type, UGC. The share is marked in the
 * weeks where the ad-ratio rule found too many ads in a summed group, by that group's own limit.
 */
export function renderSummary(root: HTMLElement, state: CalendarState, weeks: readonly WeekSummary[], scope: string, adHeavyWeeks: ReadonlySet<string>): void {
  const labels = state.labels;
  const head = element('tr', {}, [labels.weekColumn, labels.postsColumn, labels.adsColumn, labels.adRatioColumn, ...TYPES.map((type) => labels[`type.${type}`] ?? type), labels.ugcColumn].map((text) => element('th', { text, attributes: { scope: 'col' } })));
  const rows = weeks.map((week) => {
    const ratio = week.posts === 0 ? 0 : week.ads / week.posts;
    const ratioCell = element('td', { text: week.posts === 0 ? '–' : `${Math.round(ratio * 1000) / 10}%`, className: adHeavyWeeks.has(week.week) ? 'ccal-over' : '' });
    return element('tr', { attributes: { 'data-week': week.week } }, [
      element('th', { text: week.week, attributes: { scope: 'row' } }),
      element('td', { text: String(week.posts) }),
      element('td', { text: String(week.ads) }),
      ratioCell,
      ...TYPES.map((type) => element('td', { text: String(week.byType[type]) })),
      element('td', { text: String(week.ugc) }),
    ]);
  });
  root.replaceChildren(element('h2', { className: 'ccal-summary-title', text: fill(labels.summaryTitle, scope) }), element('table', { className: 'ccal-summary' }, [element('thead', {}, [head]), element('tbody', {}, rows)]));
}
