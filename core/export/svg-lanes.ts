import type { EventIndex } from '../index/event-index';
import type { LaneLayout } from '../index/lanes';
import { COUNTS_PX, drawCountBars } from './svg-counts';
import { layoutLaneItems, ROW_PX, type Geometry } from './svg-items';
import type { ExportMarks } from './svg-input';
import type { Palette } from './svg-style';
import type { SvgTimelineInput } from './svg-input';
import { aggregateLanes } from '../lod/aggregate';
import { countBarUnit } from '../lod/bucket-unit';

/**
 * The lanes of an export at one of two levels of detail: every event on its own when they
 * fit, else per-lane count bars with the long events kept as bands, as on screen.
 */

export interface LaneBlock {
  readonly label: string;
  readonly note: string;
  readonly heightPx: number;
  draw(top: number): string[];
}

const LANE_PAD = 6;
const MAX_ROWS = 14;
/** Room for the lane's name and its event count. */
const MIN_LANE_PX = 44;
const plural = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

function groupByLane(positions: readonly number[], layout: LaneLayout): Map<string, number[]> {
  const groups = new Map<string, number[]>(layout.lanes.map((lane) => [lane.key, []]));
  for (const pos of positions) groups.get(layout.laneOf(pos))?.push(pos);
  return groups;
}

/** Every event on its own, or undefined when a lane would need more than MAX_ROWS rows. */
export function itemLanes(
  index: EventIndex,
  positions: number[],
  layout: LaneLayout,
  geo: Geometry,
  palette: Palette,
  marks?: ExportMarks,
) {
  const blocks: LaneBlock[] = [];
  for (const [key, lanePositions] of groupByLane(positions, layout)) {
    if (!lanePositions.length) continue;
    const items = layoutLaneItems(index, lanePositions, geo, palette, MAX_ROWS, false, marks);
    if (!items) return undefined;
    const heightPx = Math.max(MIN_LANE_PX, items.rows * ROW_PX + 2 * LANE_PAD);
    const label = layout.lanes.find((lane) => lane.key === key)!.label;
    const note = plural(lanePositions.length, 'event');
    blocks.push({
      label,
      note,
      heightPx,
      draw: (top) => items.draw(top + LANE_PAD, heightPx - 2 * LANE_PAD),
    });
  }
  return blocks;
}

/** Count bars per lane, with the long events (eras, long ranges) still drawn as bands above them. */
export function countLanes(
  input: SvgTimelineInput,
  layout: LaneLayout,
  geo: Geometry,
  palette: Palette,
): LaneBlock[] {
  const { index, mask, fromMs, toMs } = input;
  // The screen's buckets for the same window and width: an export of the view shows its bars.
  const unit = countBarUnit(fromMs, toMs, geo.right - geo.left);
  const agg = aggregateLanes(index, mask, layout.laneOf, fromMs, toMs, unit);
  const longByLane = groupByLane(agg.long, layout);
  return layout.lanes.flatMap((lane): LaneBlock[] => {
    const buckets = agg.buckets.filter((b) => b.lane === lane.key);
    const long = longByLane.get(lane.key) ?? [];
    if (!buckets.length && !long.length) return [];
    const items = layoutLaneItems(index, long, geo, palette, 4, true)!;
    const longPx = items.rows * ROW_PX;
    const heightPx = Math.max(MIN_LANE_PX, longPx + (buckets.length ? COUNTS_PX : 0) + 2 * LANE_PAD);
    const colour =
      input.laneMode === 'type'
        ? (index.types.find((t) => t.id === lane.key)?.color ?? palette.neutral)
        : palette.neutral;
    const total = buckets.reduce((sum, b) => sum + b.count, 0) + long.length;
    const missing = [
      items.hidden && `${items.hidden} long not drawn`,
      items.unlabelled && `${items.unlabelled} unlabelled`,
    ];
    const note =
      plural(total, 'event') +
      missing
        .filter(Boolean)
        .map((m) => `, ${m}`)
        .join('');
    return [
      {
        label: lane.label,
        note,
        heightPx,
        draw: (top) => [
          ...items.draw(top + LANE_PAD, heightPx - 2 * LANE_PAD),
          ...drawCountBars(buckets, agg.unit, geo, top + LANE_PAD + longPx, colour, palette),
        ],
      },
    ];
  });
}
