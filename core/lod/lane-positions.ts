import { lowerBound, type EventIndex } from '../index/event-index';
import type { Bucket } from './types';

/**
 * The shown events lane by lane, in time order, so a count bar can find where its events end
 * without scanning the other lanes' events in its bucket (at century scale that is the file).
 * Each lane keeps its start times beside its positions, so every search is the index's one
 * `lowerBound` over a flat array (no indirection through `index.startMs`).
 */
export interface Lane {
  readonly positions: Int32Array;
  /** startMs of each position, ascending. */
  readonly starts: Float64Array;
}
export type LanePositions = ReadonlyMap<string, Lane>;

/**
 * Built once per index, filter and lane layout. Keyed on the lane function first, so that an
 * export (its own layout) does not evict the screen's lanes and cost the next pan a rebuild.
 */
const memo = new WeakMap<
  (pos: number) => string,
  { index: EventIndex; mask: Uint8Array; lanes: LanePositions }
>();

export function lanePositions(
  index: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
): LanePositions {
  const hit = memo.get(laneOf);
  if (hit?.index === index && hit.mask === mask) return hit.lanes;
  // Two passes over typed arrays (lane of each event, then fill): a filter change rebuilds
  // this at 100k events, so no per-event array growth or conversion.
  const laneIds = new Int32Array(index.size).fill(-1);
  const keys = new Map<string, number>();
  const sizes: number[] = [];
  for (let pos = 0; pos < index.size; pos++) {
    if (!mask[pos]) continue;
    const key = laneOf(pos);
    let id = keys.get(key);
    if (id === undefined) keys.set(key, (id = sizes.push(0) - 1));
    laneIds[pos] = id;
    sizes[id]!++;
  }
  const built = sizes.map((size) => ({ positions: new Int32Array(size), starts: new Float64Array(size) }));
  const filled = new Int32Array(sizes.length);
  for (let pos = 0; pos < index.size; pos++) {
    const id = laneIds[pos]!;
    if (id < 0) continue;
    const lane = built[id]!;
    const i = filled[id]!++;
    lane.positions[i] = pos;
    lane.starts[i] = index.startMs[pos]!;
  }
  const lanes = new Map([...keys].map(([key, id]): [string, Lane] => [key, built[id]!]));
  memo.set(laneOf, { index, mask, lanes });
  return lanes;
}

/** How far back from a bar's last event to look for one that ends later (display only). */
const LOOK_BACK = 64;

/**
 * The time a count bar's events cover: from its first event's start to the latest end among
 * them (events longer than `maxShortMs` are not in the bar). A bar drawn across its whole
 * bucket says "a century of events" when they all fall in four years. The look-back is bounded,
 * so in a pathological bucket the end may be a little early; a click still zooms to the exact
 * extent (zoom-targets.ts).
 */
export function barSpan(
  index: EventIndex,
  lane: Lane | undefined,
  bucket: Bucket,
  maxShortMs: number,
): { fromMs: number; toMs: number } {
  const fromMs = index.startMs[bucket.firstPos]!;
  let toMs = index.endMs[bucket.firstPos]!;
  if (!lane) return { fromMs, toMs };
  const first = lowerBound(lane.starts, fromMs);
  let found = false;
  for (let i = lowerBound(lane.starts, bucket.endMs) - 1, n = 0; i >= first && n < LOOK_BACK; i--, n++) {
    const pos = lane.positions[i]!;
    const start = index.startMs[pos]!;
    if (found && start + maxShortMs <= toMs) break;
    const end = index.endMs[pos]!;
    if (end - start > maxShortMs) continue;
    toMs = Math.max(toMs, end);
    found = true;
  }
  return { fromMs, toMs };
}
