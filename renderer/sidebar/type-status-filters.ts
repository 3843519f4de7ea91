import { STATUSES } from '../../core/file-format/model';
import type { FilterState } from '../../core/index/filter';
import { STATUS_LABEL } from '../detail/event-details';
import { actions, doc, facetCounts, filter, type FacetCounts } from '../app-state';
import { createCheckList, type CheckItem } from './check-list';

/**
 * A facet where every value starts ticked (shown) and unticking hides it (see
 * actions.setFacetShown). When the last ticked box is refused, the boxes are synced back.
 */
function createShownFacet(
  legend: string,
  key: 'types' | 'statuses',
  itemsFor: (counts: FacetCounts) => CheckItem[],
): HTMLElement {
  let present: string[] = [];
  const ticked = (f: FilterState): readonly string[] => (f[key].length ? f[key] : present);
  const sync = () => list.sync((v) => ticked(filter.value).includes(v));
  const list = createCheckList(legend, (value, checked) => {
    if (!actions.setFacetShown(key, value, checked)) sync();
  });
  facetCounts.subscribe((counts) => {
    const items = itemsFor(counts);
    present = items.map((i) => i.value);
    sync();
    list.setItems(items);
  });
  filter.subscribe(sync);
  return list.root;
}

/** Event-type checkboxes with the legend's colours and per-type counts. */
export function createTypeFilter(): HTMLElement {
  return createShownFacet('Event types', 'types', (counts) =>
    (doc.value?.index.types ?? [])
      .filter((t) => counts.types.has(t.id))
      .map((t) => ({ value: t.id, label: t.label, count: counts.types.get(t.id)!, color: t.color })),
  );
}

/** Reported vs planned: "what happened" or "what was announced". */
export function createStatusFilter(): HTMLElement {
  return createShownFacet('Status', 'statuses', (counts) =>
    STATUSES.filter((s) => counts.statuses.has(s)).map((s) => ({
      value: s,
      label: STATUS_LABEL[s],
      count: counts.statuses.get(s)!,
    })),
  );
}
