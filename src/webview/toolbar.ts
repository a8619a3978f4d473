import type { CalendarGroup, CalendarLabels, CalendarState, ExportFormat } from '../shared/protocol';
import { element } from './dom';
import { Legend } from './legend';
import { NO_FILTERS, STATUSES, TYPES, UNASSIGNED, type Filters } from './model';

export interface ToolbarCallbacks {
  filtersChanged(filters: Filters): void;
  exportRequested(format: ExportFormat): void;
}

type MenuKey = 'types' | 'statuses' | 'export';

/**
 * One row that fits a panel beside the side bar: group and tier selects, the type and status toggles and the
 * export buttons in menus that drop down, and the legend's toggle. The legend itself sits under the row.
 */
export class Toolbar {
  private filters: Filters = NO_FILTERS;
  private labels?: CalendarLabels;
  private readonly menus = new Map<MenuKey, HTMLDetailsElement>();
  private readonly legend: Legend;

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: ToolbarCallbacks,
  ) {
    this.legend = new Legend();
    root.after(this.legend.root);
    // a menu closes when the pointer or the focus goes elsewhere, and on Escape (back to its button)
    document.addEventListener('pointerdown', (event) => this.closeMenusOutside(event.target));
    document.addEventListener('focusin', (event) => this.closeMenusOutside(event.target));
    root.addEventListener('keydown', (event) => {
      const open = (event.target as HTMLElement).closest<HTMLDetailsElement>('details[open]');
      if (event.key !== 'Escape' || !open) return;
      open.open = false;
      open.querySelector('summary')?.focus();
    });
  }

  /** Draws the toolbar for a state, showing `filters` (a panel opened from a group changes them); an open menu stays open. */
  render(state: CalendarState, filters: Filters): void {
    this.filters = filters;
    const labels = (this.labels = state.labels);
    const open = [...this.menus].find(([, menu]) => menu.open)?.[0];
    this.menus.clear();
    const exportButtons = (['ics', 'csv', 'json'] as const).map((format) => {
      const button = element('button', { className: 'ccal-button', text: format.toUpperCase(), attributes: { type: 'button', 'aria-label': `${labels.export} ${format.toUpperCase()}` } });
      button.addEventListener('click', () => {
        this.closeMenus();
        this.callbacks.exportRequested(format);
      });
      return button;
    });
    this.root.replaceChildren(
      element('div', { className: 'ccal-filters', attributes: { role: 'group', 'aria-label': labels.filters } }, [
        this.groupSelect(state),
        this.tierSelect(state),
        ...(state.people?.length ? [this.ownerSelect(state)] : []),
        this.menu('types', this.toggleMenuLabel('types'), [this.toggles('types', TYPES, (type) => labels[`type.${type}`], true)]),
        this.menu('statuses', this.toggleMenuLabel('statuses'), [this.toggles('statuses', STATUSES, (status) => labels[`status.${status}`], false)]),
      ]),
      element('div', { className: 'ccal-actions' }, [this.menu('export', labels.export, exportButtons), this.legend.toggle(state)]),
    );
    if (open) this.menus.get(open)?.setAttribute('open', '');
    this.legend.render(state);
  }

  /** "Types", or "Types 4/6" when some are filtered out: the menu says so while it is closed. */
  private toggleMenuLabel(key: 'types' | 'statuses'): string {
    const all = key === 'types' ? TYPES.length : STATUSES.length;
    const shown = this.filters[key].length;
    const label = this.labels?.[key] ?? '';
    return shown === all ? label : `${label} ${shown}/${all}`;
  }

  /** A button that drops down its content; one menu is open at a time. */
  private menu(key: MenuKey, label: string, content: HTMLElement[]): HTMLDetailsElement {
    const menu = element('details', { className: `ccal-menu ccal-menu-${key}` }, [element('summary', { className: 'ccal-button', text: label }), element('div', { className: 'ccal-menu-panel' }, content)]);
    menu.addEventListener('toggle', () => {
      if (menu.open) for (const other of this.menus.values()) if (other !== menu) other.open = false;
    });
    this.menus.set(key, menu);
    return menu;
  }

  private closeMenus(): void {
    for (const menu of this.menus.values()) menu.open = false;
  }

  private closeMenusOutside(target: EventTarget | null): void {
    for (const menu of this.menus.values()) if (menu.open && !(target instanceof Node && menu.contains(target))) menu.open = false;
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

  /** Everyone, each person of `people`, or posts without an owner. */
  private ownerSelect(state: CalendarState): HTMLElement {
    const labels = state.labels;
    const select = element('select', { className: 'ccal-select ccal-owner-select', attributes: { 'aria-label': labels.owner } }, [element('option', { text: labels.allOwners, attributes: { value: '' } })]);
    for (const { id, name } of [...(state.people ?? []), { id: UNASSIGNED, name: labels.unassigned }]) {
      const option = element('option', { text: name, attributes: { value: id } });
      option.selected = id === this.filters.owner;
      select.appendChild(option);
    }
    select.addEventListener('change', () => this.update({ owner: select.value }));
    return select;
  }

  /** Toggle buttons (aria-pressed); the types' carry their colour. */
  private toggles<T extends string>(key: 'types' | 'statuses', values: readonly T[], label: (value: T) => string | undefined, coloured: boolean): HTMLElement {
    const current = new Set<string>(this.filters[key]);
    return element(
      'div',
      { className: 'ccal-toggles', attributes: { role: 'group' } },
      values.map((value) => {
        const button = element('button', { className: `ccal-toggle${coloured ? ` ccal-legend ccal-type-${value}` : ''}`, text: label(value) ?? value, attributes: { type: 'button', 'aria-pressed': String(current.has(value)), 'data-value': value } });
        button.addEventListener('click', () => {
          if (current.has(value)) current.delete(value);
          else current.add(value);
          button.setAttribute('aria-pressed', String(current.has(value)));
          this.update({ [key]: values.filter((candidate) => current.has(candidate)) } as Partial<Filters>);
          const summary = this.menus.get(key)?.querySelector('summary');
          if (summary) summary.textContent = this.toggleMenuLabel(key);
        });
        return button;
      }),
    );
  }
}
