import { EVENT_TYPES, TAXONOMY, type EventType } from '../../core/taxonomy';
import { STATUSES, type Status } from '../../core/model';
import type { FilterState } from '../../core/filter';
import { STATUS_LABEL } from '../detail/event-details';
import { filter, loaded } from '../state';
import { createCheckList, type CheckItem } from './check-list';

/**
 * A facet where every value starts ticked (shown) and unticking hides it. The filter stores
 * the ticked values, with "all ticked" stored as [] (no constraint). The last ticked box
 * cannot be unticked: an empty list would mean "show everything", the opposite of the intent.
 */
function createShownFacet<V extends string>(
  legend: string,
  key: 'types' | 'statuses',
  itemsFor: (counts: Map<V, number>) => CheckItem[],
  codeOf: (pos: number) => V | undefined,
): HTMLElement {
  let present: V[] = [];
  const ticked = (f: FilterState) => (f[key].length ? (f[key] as V[]) : present);
  const list = createCheckList(legend, (value, checked) => {
    const current = new Set(ticked(filter.value));
    if (checked) current.add(value as V);
    else current.delete(value as V);
    if (current.size === 0) return list.sync((v) => ticked(filter.value).includes(v as V));
    const chosen = present.filter((v) => current.has(v));
    filter.set({ ...filter.value, [key]: chosen.length === present.length ? [] : chosen });
  });
  loaded.subscribe((doc) => {
    const counts = new Map<V, number>();
    for (let pos = 0; pos < (doc?.index.size ?? 0); pos++) {
      const code = codeOf(pos);
      if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const items = itemsFor(counts);
    present = items.map((i) => i.value as V);
    list.sync((v) => ticked(filter.value).includes(v as V));
    list.setItems(items);
  });
  filter.subscribe((f) => list.sync((v) => ticked(f).includes(v as V)));
  return list.root;
}

/** Event-type checkboxes with the legend's colours and per-type counts. */
export function createTypeFilter(): HTMLElement {
  return createShownFacet<EventType>(
    'Event types',
    'types',
    (counts) =>
      EVENT_TYPES.filter((t) => counts.has(t)).map((t) => ({
        value: t,
        label: TAXONOMY[t].label,
        count: counts.get(t)!,
        color: TAXONOMY[t].color,
      })),
    (pos) => EVENT_TYPES[loaded.value!.index.typeCode[pos]!],
  );
}

/** Reported vs planned: "what happened" or "what was announced". */
export function createStatusFilter(): HTMLElement {
  return createShownFacet<Status>(
    'Status',
    'statuses',
    (counts) =>
      STATUSES.filter((s) => counts.has(s)).map((s) => ({
        value: s,
        label: STATUS_LABEL[s],
        count: counts.get(s)!,
      })),
    (pos) => STATUSES[loaded.value!.index.statusCode[pos]!],
  );
}
