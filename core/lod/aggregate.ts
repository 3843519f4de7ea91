import { bucketBoundaries } from '../time/calendar';
import { MAX_BUCKET_MS, type BucketUnit } from '../time/units';
import { lowerBound, windowPositions, type EventIndex } from '../index/event-index';
import { lanePositions, type LanePositions } from './lane-positions';
import type { Bucket } from './types';

/**
 * The one per-lane "N events" aggregation, for the screen and the export. Buckets are aligned
 * to absolute time; a bucket counts every shown event no longer than a bucket that starts
 * inside it, whatever part of it is on screen, so counts don't jitter while panning. Longer
 * events would inflate every bucket they cross, so they are returned in `long` and stay bands.
 * Computed by binary search in each lane's positions instead of one pass over every event in
 * the window: at century scale that pass is the whole file (~50 ms at 100k) and it ran on
 * every zoom and pan step. Here a step costs lanes × buckets × log n.
 */
export interface LaneAggregation {
  readonly unit: BucketUnit;
  /** Non-empty buckets, lane by lane (lanes in order of first appearance), each lane in time order. */
  readonly buckets: Bucket[];
  /** Shown events longer than a bucket overlapping the window (eras, long ranges), in time order. */
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
  for (const [lane, { positions }] of lanes) {
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

/** Per-lane counts of the shown events for [fromMs, toMs) in buckets of `unit`. */
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
  for (const [lane, { positions, starts }] of lanes) {
    const prefix = prefixes.get(lane)!;
    const short = (lo: number, hi: number) => hi - lo - (prefix[hi]! - prefix[lo]!);
    count += short(lowerBound(starts, fromMs), lowerBound(starts, toMs));
    let lo = lowerBound(starts, bounds[0]!);
    for (let b = 1; b < bounds.length; b++) {
      const hi = lowerBound(starts, bounds[b]!);
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
