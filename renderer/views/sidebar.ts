import '../styles/panels.css';
import '../styles/sidebar.css';
import { el } from '../dom';
import { createDateRange } from '../sidebar/date-range';
import { createActorPicker, createCountryPicker } from '../sidebar/facet-picker';
import { createSearchBox } from '../sidebar/search-box';
import { createStatusFilter, createTypeFilter } from '../sidebar/type-status-filters';
import { actions, filterActive, sidebarVisible } from '../app-state';
import { registerCommand } from '../commands';

/**
 * The left sidebar: search first (the most common way in), then the filters. Each part reads
 * the state and calls actions; the timeline, legend and status bar follow from the same
 * state, so nothing here talks to another view.
 */
export function initSidebar(root: HTMLElement): void {
  // Collapsed (Ctrl/Cmd+B, the Filters button), the timeline takes the sidebar's width.
  registerCommand('view.toggleSidebar', actions.toggleSidebar);
  sidebarVisible.subscribe((visible) => (root.hidden = !visible));
  const clear = el('button', { type: 'button', className: 'clear-filters', textContent: 'Clear filters' });
  clear.addEventListener('click', actions.clearFilters);
  const syncClear = (active: boolean) => {
    clear.disabled = !active;
    filtersHead.classList.toggle('active', active);
  };
  const filtersHead = el('div', { className: 'filters-head' }, [
    el('h2', { className: 'sidebar-title', textContent: 'Filters' }),
    clear,
  ]);
  root.replaceChildren(
    createSearchBox(),
    el('div', { className: 'filters' }, [
      filtersHead,
      createTypeFilter(),
      createStatusFilter(),
      createDateRange(),
      createCountryPicker(),
      createActorPicker(),
    ]),
  );
  filterActive.subscribe(syncClear);
}
