import '../styles/panels.css';
import '../styles/sidebar.css';
import { emptyFilter, isFilterActive } from '../../core/filter';
import { el } from '../dom';
import { createDateRange } from '../sidebar/date-range';
import { createActorPicker, createCountryPicker } from '../sidebar/facet-picker';
import { createSearchBox } from '../sidebar/search-box';
import { createStatusFilter, createTypeFilter } from '../sidebar/type-status-filters';
import { filter } from '../state';

/**
 * The left sidebar: search first (the most common way in), then the filters. Each part reads
 * and writes the shared `search` and `filter` observables; the timeline, legend and status
 * bar follow from those, so nothing here talks to another view.
 */
export function initSidebar(root: HTMLElement): void {
  const clear = el('button', { type: 'button', className: 'clear-filters', textContent: 'Clear filters' });
  clear.addEventListener('click', () => filter.set(emptyFilter()));
  const syncClear = () => {
    const active = isFilterActive(filter.value);
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
  filter.subscribe(syncClear);
  syncClear();
}
