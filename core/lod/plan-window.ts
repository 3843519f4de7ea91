import { floorToUnit } from '../time/calendar';
import { MAX_BUCKET_MS } from '../time/units';
import { queryWindow, type EventIndex } from '../index/event-index';
import { aggregateLanes } from './aggregate';
import { isBand } from './band';
import { withBars } from './bar-specs';
import { chooseBucketUnit, countBarUnit } from './bucket-unit';
import type { BarSpec, ItemSpec, Plan } from './types';

/**
 * Level of detail: decides what vis-timeline gets for a window. vis stalls at a few thousand
 * items, so it never sees the whole file: a quiet window shows its events one by one, a crowded
 * one shows per-lane "N events" bars plus the long events as bands. vis lays out every new item
 * on its own (a forced layout each), so the count bars are not vis items at all: they are drawn
 * by agg-layer.ts, and vis only gets one invisible "row" per lane that reserves their place.
 * Pure (no DOM), so the thresholds are unit-tested; the export asks the same modules for its
 * count bars (countBarUnit, aggregateLanes) and bands (isBand).
 */

/** Most individual events handed to vis at once; above this the window is aggregated. */
export const MAX_ITEMS = 120;
/** Most long events (eras, long ranges) drawn in a crowded window; the longest are kept. */
export const MAX_LONG = 8;
/** Bars are drawn this share of a window beyond each edge; a pan re-plans at once (refresh-scheduler). */
export const BAR_MARGIN = 0.15;
/** Narrowest bucket in which a quiet window's crowded lane becomes one bar (~ a label's width). */
export const CLUSTER_BUCKET_PX = 48;
/** Era tints drawn at once: each washes every lane, and a few stacked turn the view muddy. */
export const MAX_TINTS = 2;

/** Ranges narrower than this many pixels would clip their label to a few letters. */
export const MIN_RANGE_PX = 56;

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

/**
 * What to draw for the window [fromMs, toMs) on a timeline `widthPx` wide. The query covers the
 * window plus one window width each side, so panning reveals items that are already there.
 * Up to `maxItems` events: each is an item, except where a lane packs more than CLUSTER_MAX of
 * them into one bucket (CLUSTER_BUCKET_PX wide), which would stack into an unreadable tower:
 * those become an "N events" bar. Above `maxItems`: bars everywhere, single events and long ones as items.
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
  // Bars are cheap to re-plan but each is an element to lay out: only those on screen or nearly.
  const near = (bars: BarSpec[]) =>
    bars.filter((b) => b.toMs > fromMs - span * BAR_MARGIN && b.fromMs < toMs + span * BAR_MARGIN);
  const overlaps = (pos: number) => index.startMs[pos]! < to && index.endMs[pos]! > from && mask[pos] === 1;
  const crowd = aggregateLanes(index, mask, laneOf, from, to, countBarUnit(fromMs, toMs, widthPx));
  if (crowd.count <= maxItems) {
    // Quiet: a lane's events collapse into a bar only when they crowd a wider bucket.
    const agg = aggregateLanes(
      index,
      mask,
      laneOf,
      from,
      to,
      chooseBucketUnit(msPerPx, CLUSTER_BUCKET_PX, CLUSTER_BUCKET_PX),
    );
    const dense = agg.buckets.filter((b) => b.count > CLUSTER_MAX);
    const denseKeys = new Set(dense.map((b) => `${b.lane}|${b.startMs}`));
    const maxShortMs = MAX_BUCKET_MS[agg.unit];
    const inDense = (pos: number) =>
      index.endMs[pos]! - index.startMs[pos]! <= maxShortMs &&
      denseKeys.has(`${laneOf(pos)}|${floorToUnit(index.startMs[pos]!, agg.unit)}`);
    const singles = queryWindow(index, from, to, mask).filter((pos) => !inDense(pos));
    const shown = new Set(singles);
    const extra = pinned !== undefined && !shown.has(pinned) && overlaps(pinned) ? specs(pinned) : [];
    const { bars, rows } = withBars(index, mask, laneOf, agg.unit, dense);
    return {
      mode: dense.length > 0 ? 'mixed' : 'items',
      items: capTints(index, [...rows, ...singles.flatMap(specs), ...extra]),
      bars: near(bars),
    };
  }
  const agg = crowd;
  const ones = agg.buckets.filter((b) => b.count === 1).flatMap((b) => specs(b.firstPos));
  const { bars, rows } = withBars(
    index,
    mask,
    laneOf,
    agg.unit,
    agg.buckets.filter((b) => b.count > 1),
  );
  // Long events would be a flood too (each a row of its lane and a tint): keep the longest.
  const long = agg.long.length > MAX_LONG ? longest(index, agg.long, MAX_LONG) : agg.long;
  const single = new Set(agg.buckets.filter((b) => b.count === 1).map((b) => b.firstPos));
  const pin =
    pinned !== undefined && !single.has(pinned) && !long.includes(pinned) && overlaps(pinned)
      ? specs(pinned)
      : [];
  const items = capTints(index, [...rows, ...ones, ...long.flatMap(specs), ...pin]);
  return { mode: 'aggregate', items, bars: near(bars) };
}

/** Only the longest few bands tint the background; the others stay labelled ranges in their lane. */
function capTints(index: EventIndex, items: ItemSpec[]): ItemSpec[] {
  const tints = items.flatMap((i) => (i.kind === 'tint' ? [i.pos] : []));
  if (tints.length <= MAX_TINTS) return items;
  const keep = new Set(longest(index, tints, MAX_TINTS));
  return items.filter((i) => i.kind !== 'tint' || keep.has(i.pos));
}

function longest(index: EventIndex, positions: number[], keep: number): number[] {
  const duration = (pos: number) => index.endMs[pos]! - index.startMs[pos]!;
  return [...positions].sort((a, b) => duration(b) - duration(a)).slice(0, keep);
}
