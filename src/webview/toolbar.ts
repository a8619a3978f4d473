import type { CalendarGroup, CalendarState, ExportFormat } from '../shared/protocol';
import { element } from './dom';
import { NO_FILTERS, STATUSES, TYPES, type Filters } from './model';

export interface ToolbarCallbacks {
  filtersChanged(filters: Filters): void;
  exportRequested(format: ExportFormat): void;
}

/** Filters (group tree-aware, tier, types, statuses), the colour legend and export buttons. */
export class Toolbar {
  private filters: Filters = NO_FILTERS;

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: ToolbarCallbacks,
  ) {}

  /** Draws the toolbar for a state, showing `filters` (a panel opened from a group changes them). */
  render(state: CalendarState, filters: Filters): void {
    this.filters = filters;
    const labels = state.labels;
    this.root.replaceChildren(
      element('div', { className: 'ccal-filters', attributes: { role: 'group', 'aria-label': labels.filters } }, [this.groupSelect(state), this.tierSelect(state), this.toggles('types', TYPES, (type) => labels[`type.${type}`], true), this.toggles('statuses', STATUSES, (status) => labels[`status.${status}`], false)]),
      element('div', { className: 'ccal-actions' }, [
        element('span', { className: 'ccal-label', text: labels.export }),
        ...(['ics', 'csv', 'json'] as const).map((format) => {
          const button = element('button', { className: 'ccal-button', text: format.toUpperCase(), attributes: { type: 'button', 'aria-label': `${labels.export} ${format.toUpperCase()}` } });
          button.addEventListener('click', () => this.callbacks.exportRequested(format));
          return button;
        }),
      ]),
    );
  }

  private update(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.callbacks.filtersChanged(this.filters);
  }

  private groupSelect(state: CalendarState): HTMLElement {
    const select = element('select', { className: 'ccal-select', attributes: { 'aria-label': state.labels.group } }, [element('option', { text: state.labels.allGroups, attributes: { value: '' } })]);
    // children under their parent, a group whose parent is not in the list at the top
    const known = new Set(state.groups.map((group) => group.id));
    const children = new Map<string | undefined, CalendarGroup[]>();
    for (const group of state.groups) {
      const parent = group.parent && known.has(group.parent) ? group.parent : undefined;
      children.set(parent, [...(children.get(parent) ?? []), group]);
    }
    const visit = (parent: string | undefined, depth: number) => {
      for (const group of children.get(parent) ?? []) {
        const option = element('option', { text: `${'\u2003'.repeat(depth)}${group.name}`, attributes: { value: group.id } });
        option.selected = group.id === this.filters.group;
        select.appendChild(option);
        visit(group.id, depth + 1);
      }
    };
    visit(undefined, 0);
    select.addEventListener('change', () => this.update({ group: select.value }));
    return select;
  }

  private tierSelect(state: CalendarState): HTMLElement {
    const select = element('select', { className: 'ccal-select', attributes: { 'aria-label': state.labels.tier } }, [element('option', { text: state.labels.allTiers, attributes: { value: '' } })]);
    for (const tier of ['core', 'potential', 'regular']) {
      const option = element('option', { text: state.labels[`tier.${tier}`] ?? tier, attributes: { value: tier } });
      option.selected = tier === this.filters.tier;
      select.appendChild(option);
    }
    select.addEventListener('change', () => this.update({ tier: select.value }));
    return select;
  }

  /** Toggle buttons (aria-pressed); for types they double as the colour legend. */
  private toggles<T extends string>(key: 'types' | 'statuses', values: readonly T[], label: (value: T) => string | undefined, legend: boolean): HTMLElement {
    const current = new Set<string>(this.filters[key]);
    return element(
      'div',
      { className: 'ccal-toggles', attributes: { role: 'group' } },
      values.map((value) => {
        const button = element('button', { className: `ccal-toggle${legend ? ` ccal-legend ccal-type-${value}` : ''}`, text: label(value) ?? value, attributes: { type: 'button', 'aria-pressed': String(current.has(value)), 'data-value': value } });
        button.addEventListener('click', () => {
          if (current.has(value)) current.delete(value);
          else current.add(value);
          button.setAttribute('aria-pressed', String(current.has(value)));
          this.update({ [key]: values.filter((candidate) => current.has(candidate)) } as Partial<Filters>);
        });
        return button;
      }),
    );
  }
}
