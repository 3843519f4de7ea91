import { type Bucket, type EventIndex } from '../../core/event-index';

/**
 * The shown events lane by lane, in time order, so a count bar can find where its events end
 * without scanning the other lanes' events in its bucket (at century scale that is the file).
 * Built once per index, filter and lane layout; memoised on those three identities.
 */
export type LanePositions = ReadonlyMap<string, Int32Array>;

let memo: { index: EventIndex; mask: Uint8Array; laneOf: unknown; lanes: LanePositions } | undefined;

export function lanePositions(
  index: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
): LanePositions {
  if (memo?.index === index && memo.mask === mask && memo.laneOf === laneOf) return memo.lanes;
  const lists = new Map<string, number[]>();
  for (let pos = 0; pos < index.size; pos++) {
    if (!mask[pos]) continue;
    const key = laneOf(pos);
    const list = lists.get(key);
    if (list) list.push(pos);
    else lists.set(key, [pos]);
  }
  const lanes = new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]));
  memo = { index, mask, laneOf, lanes };
  return lanes;
}

/** First i with startMs[positions[i]] >= ms. */
export function firstStartingAt(index: EventIndex, positions: Int32Array, ms: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.startMs[positions[mid]!]! < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
  positions: Int32Array | undefined,
  bucket: Bucket,
  maxShortMs: number,
): { fromMs: number; toMs: number } {
  const fromMs = index.startMs[bucket.firstPos]!;
  let toMs = index.endMs[bucket.firstPos]!;
  if (!positions) return { fromMs, toMs };
  const first = firstStartingAt(index, positions, fromMs);
  let found = false;
  for (
    let i = firstStartingAt(index, positions, bucket.endMs) - 1, n = 0;
    i >= first && n < LOOK_BACK;
    i--, n++
  ) {
    const pos = positions[i]!;
    const start = index.startMs[pos]!;
    if (found && start + maxShortMs <= toMs) break;
    const end = index.endMs[pos]!;
    if (end - start > maxShortMs) continue;
    toMs = Math.max(toMs, end);
    found = true;
  }
  return { fromMs, toMs };
}
