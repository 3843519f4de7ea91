import { STATUSES, type Status } from '../file-format/model';
import type { EventIndex, InternedLists } from './event-index';

/**
 * Facet filters. Within a facet the chosen values are alternatives (any country of the list);
 * across facets all must hold. An empty list means "no constraint", so the empty filter shows all.
 */
export interface FilterState {
  /** Built-in event types or categories the file declares. */
  types: string[];
  countries: string[];
  actors: string[];
  statuses: Status[];
  /** Events overlapping [fromMs, toMs) are kept; either bound may be open. */
  fromMs?: number;
  toMs?: number;
}

export function emptyFilter(): FilterState {
  return { types: [], countries: [], actors: [], statuses: [] };
}

/** Whether the filter hides anything at all: drives the "filters on" badge and "clear" button. */
export function isFilterActive(filter: FilterState): boolean {
  return (
    filter.types.length > 0 ||
    filter.countries.length > 0 ||
    filter.actors.length > 0 ||
    filter.statuses.length > 0 ||
    filter.fromMs !== undefined ||
    filter.toMs !== undefined
  );
}

/** Flags per code of the allowed values, or undefined when the facet is unconstrained. */
function allowedCodes(all: readonly string[], chosen: readonly string[]): Uint8Array | undefined {
  if (chosen.length === 0) return undefined;
  const allowed = new Uint8Array(all.length);
  for (const value of chosen) {
    const code = all.indexOf(value);
    if (code >= 0) allowed[code] = 1;
  }
  return allowed;
}

function hasAllowed(lists: InternedLists, allowed: Uint8Array, pos: number): boolean {
  for (let i = lists.offsets[pos]!; i < lists.offsets[pos + 1]!; i++)
    if (allowed[lists.values[i]!]) return true;
  return false;
}

/**
 * One O(n) pass over the index's precomputed codes; the result (1 = shown) is the `visible`
 * array every query takes. A fresh array each time, so callers may cache by identity.
 */
export function applyFilter(index: EventIndex, filter: FilterState): Uint8Array {
  const types = allowedCodes(
    index.types.map((t) => t.id),
    filter.types,
  );
  const statuses = allowedCodes(STATUSES, filter.statuses);
  const countries = allowedCodes(index.countries.names, filter.countries);
  const actors = allowedCodes(index.actors.names, filter.actors);
  const from = filter.fromMs ?? -Infinity;
  const to = filter.toMs ?? Infinity;
  const visible = new Uint8Array(index.size);
  for (let pos = 0; pos < index.size; pos++) {
    if (types && !types[index.typeCode[pos]!]) continue;
    if (statuses && !statuses[index.statusCode[pos]!]) continue;
    if (index.startMs[pos]! >= to || index.endMs[pos]! <= from) continue;
    if (countries && !hasAllowed(index.countries, countries, pos)) continue;
    if (actors && !hasAllowed(index.actors, actors, pos)) continue;
    visible[pos] = 1;
  }
  return visible;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

function countValues(lists: InternedLists): FacetValue[] {
  const counts = new Int32Array(lists.names.length);
  for (const code of lists.values) counts[code]!++;
  // After edits a name may be left with no event (updateIndex keeps codes stable): not a choice.
  return lists.names
    .map((value, code) => ({ value, count: counts[code]! }))
    .filter((facet) => facet.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Distinct countries and actors with how many events mention them, most frequent first, for pickers. */
export function facetValues(index: EventIndex): { countries: FacetValue[]; actors: FacetValue[] } {
  return { countries: countValues(index.countries), actors: countValues(index.actors) };
}
