import { bucketBoundaries } from '../../core/time/calendar';
import { BUCKET_UNITS, MAX_BUCKET_MS, type BucketUnit } from '../../core/time/units';
import { windowPositions, type Bucket, type EventIndex } from '../../core/event-index';
import { firstStartingAt, lanePositions, type LanePositions } from './lane-positions';

/**
 * The same counts as core `aggregate` (per lane, per calendar bucket, events no longer than a
 * bucket, by start), computed by binary search in each lane's positions instead of one pass over
 * every event in the window: at century scale that pass is the whole file (~50 ms at 100k) and
 * it ran on every zoom and pan step. Here a step costs lanes × buckets × log n.
 */
export interface LaneAggregation {
  readonly unit: BucketUnit;
  readonly buckets: Bucket[];
  /** Shown events longer than a bucket overlapping the window (eras, long ranges). */
  readonly long: number[];
  /** Shown events in the window: short ones starting in it, plus the long ones. */
  readonly count: number;
}

/** Per lane, prefix counts of events longer than the unit's bucket: longBefore[i] counts positions[0..i). */
const longPrefixes = new WeakMap<LanePositions, Map<BucketUnit, Map<string, Int32Array>>>();

function longPrefix(index: EventIndex, lanes: LanePositions, unit: BucketUnit): Map<string, Int32Array> {
  let byUnit = longPrefixes.get(lanes);
  if (!byUnit) longPrefixes.set(lanes, (byUnit = new Map()));
  let prefixes = byUnit.get(unit);
  if (prefixes) return prefixes;
  const maxShortMs = MAX_BUCKET_MS[unit];
  prefixes = new Map();
  for (const [lane, positions] of lanes) {
    const prefix = new Int32Array(positions.length + 1);
    for (let i = 0; i < positions.length; i++) {
      const pos = positions[i]!;
      prefix[i + 1] = prefix[i]! + (index.endMs[pos]! - index.startMs[pos]! > maxShortMs ? 1 : 0);
    }
    prefixes.set(lane, prefix);
  }
  byUnit.set(unit, prefixes);
  return prefixes;
}

/**
 * The calendar unit for count bars: the finest whose buckets are `idealPx` wide, unless the
 * next unit up overshoots fivefold and the one below is still `minPx` wide. Core's chooser goes
 * by bucket count and jumps tenfold at decades (a 130-year view on a narrow panel got two
 * century bars per lane); this keeps decades there, which show where the events bunch up,
 * without multiplying bars (each one an element) at other scales.
 */
export function unitForWidth(msPerPx: number, minPx = 24, idealPx = 48): BucketUnit {
  const px = (unit: BucketUnit) => MAX_BUCKET_MS[unit] / msPerPx;
  const at = BUCKET_UNITS.findIndex((unit) => px(unit) >= idealPx);
  if (at < 0) return 'century';
  const finer = BUCKET_UNITS[at - 1];
  return finer && px(BUCKET_UNITS[at]!) > 5 * idealPx && px(finer) >= minPx ? finer : BUCKET_UNITS[at]!;
}

/** Per-lane counts for [fromMs, toMs) in buckets of `unit`, as core `aggregate` counts them. */
export function aggregateLanes(
  index: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
  fromMs: number,
  toMs: number,
  unit: BucketUnit,
): LaneAggregation {
  const bounds = bucketBoundaries(fromMs, toMs, unit);
  const lanes = lanePositions(index, mask, laneOf);
  const prefixes = longPrefix(index, lanes, unit);
  const buckets: Bucket[] = [];
  let count = 0;
  for (const [lane, positions] of lanes) {
    const prefix = prefixes.get(lane)!;
    const short = (lo: number, hi: number) => hi - lo - (prefix[hi]! - prefix[lo]!);
    count += short(firstStartingAt(index, positions, fromMs), firstStartingAt(index, positions, toMs));
    let lo = firstStartingAt(index, positions, bounds[0]!);
    for (let b = 1; b < bounds.length; b++) {
      const hi = firstStartingAt(index, positions, bounds[b]!);
      const n = short(lo, hi);
      if (n > 0) {
        let first = lo;
        while (prefix[first + 1]! > prefix[first]!) first++;
        buckets.push({
          lane,
          startMs: bounds[b - 1]!,
          endMs: bounds[b]!,
          count: n,
          firstPos: positions[first]!,
        });
      }
      lo = hi;
    }
  }
  const long = windowPositions(index, fromMs, toMs, MAX_BUCKET_MS[unit], mask);
  return { unit, buckets, long, count: count + long.length };
}
