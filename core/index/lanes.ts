import type { TimelineEvent } from '../file-format/model';
import { eventCountries, type EventIndex } from './event-index';
import { countryName } from './country-name';

/**
 * Swim lanes ("groups" in vis-timeline). An event sits in exactly one lane so aggregate counts
 * add up; for countries and actors that is the first one listed, the main protagonist.
 */
export type LaneMode = 'type' | 'country' | 'actor' | 'none';

/** Key of the lane for events without a country or actor. */
export const MISSING_LANE = '';
/** Key of the lane gathering the rare countries or actors beyond the cap. */
export const OTHER_LANE = '\u0000other';
export const SINGLE_LANE = 'all';
export const DEFAULT_MAX_LANES = 20;

export interface Lane {
  readonly key: string;
  readonly label: string;
  /** Visible events in the lane. */
  readonly count: number;
}

export interface LaneLayout {
  readonly lanes: Lane[];
  /** Lane key of the event at a position, rare values folded into the "Other" lane. */
  readonly laneOf: (pos: number) => string;
}

export function laneKeyFor(event: TimelineEvent, mode: LaneMode): string {
  switch (mode) {
    case 'type':
      return event.type;
    case 'country':
      return eventCountries(event)[0] ?? MISSING_LANE;
    case 'actor':
      return event.actors[0] ?? MISSING_LANE;
    case 'none':
      return SINGLE_LANE;
  }
}

function labelFor(key: string, mode: LaneMode, index: EventIndex): string {
  if (key === OTHER_LANE) return 'Other';
  if (mode === 'type') return index.types.find((t) => t.id === key)?.label ?? key;
  if (mode === 'none') return 'Events';
  if (key === MISSING_LANE) return mode === 'country' ? 'No country' : 'No actor';
  return mode === 'country' ? countryName(key) : key;
}

/** Same as laneKeyFor(event, 'country') without allocating, for per-frame aggregation. */
function firstCountry(index: EventIndex, pos: number): string {
  const { offsets, values, names } = index.countries;
  return offsets[pos]! < offsets[pos + 1]! ? names[values[offsets[pos]!]!]! : MISSING_LANE;
}

/**
 * The lanes to draw for the visible events, in a stable reading order: types in taxonomy order then the file's own categories,
 * countries and actors by frequency. Past `maxLanes` the rarest share an "Other" lane, because
 * hundreds of one-event lanes would be unreadable.
 */
export function laneList(
  index: EventIndex,
  mode: LaneMode,
  visible?: Uint8Array,
  maxLanes = DEFAULT_MAX_LANES,
): LaneLayout {
  const keyAt =
    mode === 'country'
      ? (pos: number) => firstCountry(index, pos)
      : (pos: number) => laneKeyFor(index.events[pos]!, mode);
  const counts = new Map<string, number>();
  for (let pos = 0; pos < index.size; pos++) {
    if (visible && !visible[pos]) continue;
    const key = keyAt(pos);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lane = (key: string, count: number): Lane => ({ key, label: labelFor(key, mode, index), count });
  if (mode === 'none') return { lanes: [lane(SINGLE_LANE, counts.get(SINGLE_LANE) ?? 0)], laneOf: keyAt };
  if (mode === 'type') {
    const lanes = index.types
      .filter((type) => counts.has(type.id))
      .map((type) => lane(type.id, counts.get(type.id)!));
    return { lanes, laneOf: keyAt };
  }
  const ranked = [...counts].sort(([a, ca], [b, cb]) => cb - ca || (a < b ? -1 : a > b ? 1 : 0));
  if (ranked.length <= maxLanes)
    return { lanes: ranked.map(([key, count]) => lane(key, count)), laneOf: keyAt };
  const kept = ranked.slice(0, Math.max(0, maxLanes - 1));
  const keptKeys = new Set(kept.map(([key]) => key));
  const otherCount = ranked.slice(kept.length).reduce((sum, [, count]) => sum + count, 0);
  return {
    lanes: [...kept.map(([key, count]) => lane(key, count)), lane(OTHER_LANE, otherCount)],
    laneOf: (pos) => {
      const key = keyAt(pos);
      return keptKeys.has(key) ? key : OTHER_LANE;
    },
  };
}
