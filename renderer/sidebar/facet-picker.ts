import { foldForSearch } from '../../core/index/search';
import { isFilterActive } from '../../core/index/filter';
import { countryName } from '../../core/index/country-name';
import { el } from '../dom';
import { actions, facetCounts, filter } from '../app-state';
import { createCheckList, type CheckItem } from './check-list';

let nextId = 0;

/**
 * A country or actor picker: nothing ticked shows every event; ticking values keeps only the
 * events that mention one of them. Files can name thousands of actors, so a filter box narrows
 * the list as you type (accent- and case-blind, like search).
 */
function createFacetPicker(key: 'countries' | 'actors', legend: string, noun: string): HTMLElement {
  const list = createCheckList(legend, (value, checked) => actions.setFacetChosen(key, value, checked));
  const inputId = `facet-filter-${nextId++}`;
  const input = el('input', {
    type: 'search',
    id: inputId,
    className: 'facet-filter',
    placeholder: `Type to find a ${noun}`,
  });
  let items: CheckItem[] = [];
  const redraw = () => {
    const needle = foldForSearch(input.value.trim());
    list.setItems(items, (item) => !needle || foldForSearch(`${item.label} ${item.value}`).includes(needle));
  };
  input.addEventListener('input', redraw);
  facetCounts.subscribe((counts) => {
    items = counts[key].map(({ value, count }) => ({
      value,
      count,
      label: key === 'countries' ? `${countryName(value)} (${value})` : value,
    }));
    input.value = '';
    list.sync((v) => filter.value[key].includes(v));
    redraw();
  });
  filter.subscribe((f) => {
    // Clear filters clears everything the user narrowed by, the finder's text too ("Viet").
    if (!isFilterActive(f) && input.value) {
      input.value = '';
      redraw();
    }
    list.sync((v) => f[key].includes(v));
    // A restored or cleared filter may tick values the narrowed list does not show.
    if (f[key].some((v) => !list.root.querySelector(`input[value="${CSS.escape(v)}"]`))) redraw();
  });
  list.root.insertBefore(
    el('div', { className: 'facet-filter-row' }, [
      el('label', { htmlFor: inputId, className: 'visually-hidden', textContent: `Find ${noun}` }),
      input,
    ]),
    list.root.querySelector('ul'),
  );
  return list.root;
}

export function createCountryPicker(): HTMLElement {
  return createFacetPicker('countries', 'Countries', 'country');
}

export function createActorPicker(): HTMLElement {
  return createFacetPicker('actors', 'People and groups', 'person or group');
}
