import { MAX_BUCKET_MS, floorToUnit } from '../../core/calendar-buckets';
import { aggregate, countWindow, queryWindow, type Bucket, type EventIndex } from '../../core/event-index';

/**
 * Level of detail: decides what vis-timeline gets for a window. vis stalls at a few thousand
 * items, so it never sees the whole file: a quiet window shows its events one by one, a crowded
 * one shows per-lane "N events" bars plus the long events as bands. Pure (no DOM), so the
 * thresholds are unit-tested.
 */

/** Most individual events handed to vis at once; above this the window is aggregated. */
export const MAX_ITEMS = 300;
/** Events longer than this (or of type "era") are drawn as background bands. */
export const BAND_MIN_MS = 5 * 365.25 * 86_400_000;
/** Narrowest aggregate bar worth drawing, in pixels: room for "999 events". */
export const MIN_BUCKET_PX = 48;

export type ItemSpec =
  | {
      readonly kind: 'event';
      readonly id: string;
      readonly pos: number;
      readonly lane: string;
      readonly band: boolean;
      /** Narrower than MIN_RANGE_PX on screen: drawn as a point so its label stays readable. */
      readonly narrow: boolean;
    }
  | { readonly kind: 'tint'; readonly id: string; readonly pos: number }
  | {
      readonly kind: 'aggregate';
      readonly id: string;
      readonly lane: string;
      readonly startMs: number;
      readonly endMs: number;
      readonly count: number;
      readonly firstPos: number;
      /** Too narrow for "N events": the bar shows just N. */
      readonly narrow: boolean;
    };

export interface Plan {
  readonly mode: 'items' | 'mixed' | 'aggregate';
  readonly items: ItemSpec[];
}

/** Ranges narrower than this many pixels would clip their label to a few letters. */
export const MIN_RANGE_PX = 56;

/**
 * Eras and very long spans are context: besides their item in the lane (which carries the label
 * and can be selected) they tint the background of every lane.
 */
export function isBand(index: EventIndex, pos: number): boolean {
  return index.events[pos]!.type === 'era' || index.endMs[pos]! - index.startMs[pos]! > BAND_MIN_MS;
}

/** Suffix of a band's background tint id; "~" cannot occur in event ids, so no clash. */
export const TINT_SUFFIX = '~tint';

function eventSpecs(
  index: EventIndex,
  pos: number,
  laneOf: (pos: number) => string,
  msPerPx: number,
): ItemSpec[] {
  const id = index.events[pos]!.id;
  const band = isBand(index, pos);
  const narrow = (index.endMs[pos]! - index.startMs[pos]!) / msPerPx < MIN_RANGE_PX;
  const item: ItemSpec = { kind: 'event', id, pos, lane: laneOf(pos), band, narrow };
  return band ? [{ kind: 'tint', id: `${id}${TINT_SUFFIX}`, pos }, item] : [item];
}

/** A lane's bucket with more events than this is drawn as one bar even in a quiet window. */
export const CLUSTER_MAX = 5;

/** Bars wider than this have room for "37 events"; narrower ones say "37". */
export const WIDE_BAR_PX = 72;

function bar(unit: string, b: Bucket, msPerPx: number): ItemSpec {
  const narrow = (b.endMs - b.startMs) / msPerPx < WIDE_BAR_PX;
  return { kind: 'aggregate', id: `agg:${unit}:${b.lane}:${b.startMs}`, ...b, narrow };
}

/**
 * What to draw for the window [fromMs, toMs) on a timeline `widthPx` wide. The query covers the
 * window plus one window width each side, so panning reveals items that are already there.
 * Up to `maxItems` events: each is an item, except where a lane packs more than CLUSTER_MAX of
 * them into one bucket (~64 px), which would stack into an unreadable tower: those become an
 * "N events" bar. Above `maxItems`: bars everywhere, single events and long ones as items.
 * The `pinned` event (the selection) is always drawn itself, so it stays visible and selected.
 */
export function planWindow(
  index: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
  fromMs: number,
  toMs: number,
  widthPx: number,
  pinned?: number,
  maxItems = MAX_ITEMS,
): Plan {
  const span = Math.max(1, toMs - fromMs);
  const msPerPx = span / Math.max(1, widthPx);
  const specs = (pos: number) => eventSpecs(index, pos, laneOf, msPerPx);
  const from = fromMs - span;
  const to = toMs + span;
  const overlaps = (pos: number) => index.startMs[pos]! < to && index.endMs[pos]! > from && mask[pos] === 1;
  const bucketCount = Math.max(1, Math.floor((3 * widthPx) / MIN_BUCKET_PX));
  const agg = aggregate(index, from, to, bucketCount, laneOf, mask);
  if (countWindow(index, from, to, mask) <= maxItems) {
    const dense = agg.buckets.filter((b) => b.count > CLUSTER_MAX);
    const denseKeys = new Set(dense.map((b) => `${b.lane}|${b.startMs}`));
    const maxShortMs = MAX_BUCKET_MS[agg.unit];
    const inDense = (pos: number) =>
      index.endMs[pos]! - index.startMs[pos]! <= maxShortMs &&
      denseKeys.has(`${laneOf(pos)}|${floorToUnit(index.startMs[pos]!, agg.unit)}`);
    const singles = queryWindow(index, from, to, mask).filter((pos) => !inDense(pos));
    const shown = new Set(singles);
    const extra = pinned !== undefined && !shown.has(pinned) && overlaps(pinned) ? specs(pinned) : [];
    return {
      mode: dense.length > 0 ? 'mixed' : 'items',
      items: [...dense.map((b) => bar(agg.unit, b, msPerPx)), ...singles.flatMap(specs), ...extra],
    };
  }
  const bars = agg.buckets.flatMap((b) => (b.count === 1 ? specs(b.firstPos) : [bar(agg.unit, b, msPerPx)]));
  // Long events would be a flood at century scale too; keep the longest if there are many.
  const long = agg.long.length > maxItems ? longest(index, agg.long, maxItems) : agg.long;
  const single = new Set(agg.buckets.filter((b) => b.count === 1).map((b) => b.firstPos));
  const pin =
    pinned !== undefined && !single.has(pinned) && !long.includes(pinned) && overlaps(pinned)
      ? specs(pinned)
      : [];
  return { mode: 'aggregate', items: [...bars, ...long.flatMap(specs), ...pin] };
}

function longest(index: EventIndex, positions: number[], keep: number): number[] {
  const duration = (pos: number) => index.endMs[pos]! - index.startMs[pos]!;
  return [...positions].sort((a, b) => duration(b) - duration(a)).slice(0, keep);
}

/** The changes that turn the items on screen into the planned ones, by stable id. */
export interface ItemDiff<T> {
  readonly add: T[];
  readonly update: T[];
  readonly remove: string[];
}

/**
 * Diffs by id and a content key (anything that changes the item's look), so vis re-lays out only
 * the items that really changed instead of everything on every pan.
 */
export function diffItems<T extends { id: string }>(
  current: ReadonlyMap<string, { readonly key: string }>,
  next: readonly T[],
  keyOf: (item: T) => string,
): ItemDiff<T> {
  const add: T[] = [];
  const update: T[] = [];
  const seen = new Set<string>();
  for (const item of next) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const before = current.get(item.id)?.key;
    if (before === undefined) add.push(item);
    else if (before !== keyOf(item)) update.push(item);
  }
  const remove = [...current.keys()].filter((id) => !seen.has(id));
  return { add, update, remove };
}
