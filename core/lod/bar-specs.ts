import { MAX_BUCKET_MS, type BucketUnit } from '../time/units';
import type { EventIndex } from '../index/event-index';
import { barSpan, lanePositions } from './lane-positions';
import type { BarSpec, Bucket, ItemSpec } from './types';

/** Count bars as planned for agg-layer.ts, and the vis rows that keep their place in each lane. */

/** Prefix of the row items' ids ("~" cannot occur in event ids). */
export const ROW_PREFIX = 'row~';

/** Count bars with their events' extent, plus the rows that make room for them. */
export function withBars(
  index: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
  unit: BucketUnit,
  buckets: readonly Bucket[],
): { bars: BarSpec[]; rows: ItemSpec[] } {
  const lanes = lanePositions(index, mask, laneOf);
  const bars = buckets.map((b) => ({
    ...b,
    id: `${b.lane}|${b.startMs}`,
    ...barSpan(index, lanes.get(b.lane), b, MAX_BUCKET_MS[unit]),
  }));
  const rows = [...new Set(bars.map((b) => b.lane))].map((lane): ItemSpec => ({
    kind: 'row',
    id: `${ROW_PREFIX}${lane}`,
    lane,
  }));
  return { bars, rows };
}
