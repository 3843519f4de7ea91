import type { EventIndex } from '../index/event-index';
import { tag, text } from './svg-escape';
import { isBand } from '../lod/band';
import { clip, textWidth, type Palette } from './svg-style';
import type { ExportMarks } from './svg-input';

/**
 * Individual events of one lane, drawn as on screen: points with labels, ranges as bars, eras
 * as bands behind the lane; coarse (month or vaguer) dates dashed and lighter, planned events
 * outlined, approximate dates prefixed "c.". Labels never overlap: items are stacked into rows
 * greedily, in time order.
 */

export interface Geometry {
  /** Left and right edge of the plot area, px. */
  readonly left: number;
  readonly right: number;
  readonly xOf: (ms: number) => number;
}

export const ROW_PX = 22;
const FONT_PX = 12;
const BAR_PX = 14;
const GAP_PX = 8;
const MAX_LABEL_PX = 440;

interface Placed {
  readonly pos: number;
  readonly x1: number;
  readonly x2: number;
  readonly label: string;
  readonly labelX: number;
  readonly anchor: 'start' | 'end';
  readonly inside: boolean;
  readonly band: boolean;
  /** Horizontal extent the item and its label occupy in its row. */
  readonly from: number;
  readonly to: number;
  row: number;
}

export interface LaneItems {
  readonly rows: number;
  /** Events that found no row within the cap (only when overflow is allowed). */
  readonly hidden: number;
  /** Bands drawn without a label because no row had room for it. */
  readonly unlabelled: number;
  /** Markup for a lane whose first row starts at `top` and which is `height` tall. */
  draw(top: number, height: number): string[];
}

function place(index: EventIndex, pos: number, geo: Geometry): Placed {
  const event = index.events[pos]!;
  const x1 = Math.max(geo.left, geo.xOf(index.startMs[pos]!));
  const x2 = Math.min(geo.right, geo.xOf(index.endMs[pos]!));
  const band = isBand(index, pos);
  const full = `${event.approximate ? 'c. ' : ''}${event.title}`;
  // A bar wide enough for the whole title shows it whole; other labels are kept to MAX_LABEL_PX.
  const label = x2 - x1 >= textWidth(full, FONT_PX) + 12 ? full : clip(full, MAX_LABEL_PX, FONT_PX);
  const width = textWidth(label, FONT_PX);
  const base = { pos, x1, x2, label, band, row: -1 };
  // A band's label sits in a row; the band itself lies behind the whole lane and blocks nothing.
  if (band) {
    const labelX = Math.max(geo.left + 6, Math.min(x1 + 6, geo.right - width - 6));
    return { ...base, labelX, anchor: 'start', inside: false, from: labelX, to: labelX + width };
  }
  const point = x2 - x1 < 6;
  const inside = !point && x2 - x1 >= width + 12;
  const after = point ? x1 + 9 : inside ? x1 + 6 : x2 + 6;
  const anchor = !inside && after + width > geo.right && x1 - width - 9 > geo.left ? 'end' : 'start';
  const labelX = anchor === 'end' ? x1 - (point ? 9 : 6) : after;
  const from = anchor === 'end' ? labelX - width : Math.min(x1 - (point ? 6 : 0), labelX);
  const to = anchor === 'end' ? x2 + (point ? 6 : 0) : Math.max(x2, labelX + width);
  return { ...base, labelX, anchor, inside, from, to };
}

/** Greedy row stacking: the first row where the item and its label overlap nothing. */
function stack(items: Placed[], maxRows: number): number {
  const rows: Array<Array<[number, number]>> = [];
  let hidden = 0;
  for (const item of items) {
    let row = rows.findIndex((spans) =>
      spans.every(([a, b]) => item.to + GAP_PX <= a || item.from >= b + GAP_PX),
    );
    if (row < 0 && rows.length < maxRows) row = rows.push([]) - 1;
    if (row < 0) hidden++;
    else rows[row]!.push([item.from, item.to]);
    item.row = row;
  }
  return hidden;
}

function drawItem(
  index: EventIndex,
  item: Placed,
  y: number,
  palette: Palette,
  lane: { top: number; height: number; bands: number },
  marks: ExportMarks | undefined,
): string[] {
  const event = index.events[item.pos]!;
  const colour = index.types[index.typeCode[item.pos]!]?.color ?? palette.neutral;
  const coarse = ['month', 'year', 'decade'].includes(event.precision);
  const planned = event.status === 'planned';
  const dash = coarse ? '4 3' : undefined;
  const full = `${event.title}${event.approximate ? ' (approximate date)' : ''}${planned ? ' (planned)' : ''}`;
  const mid = y + ROW_PX / 2;
  const out: string[] = [];
  const stroke = { stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': dash };
  const fill = planned ? palette.background : colour;
  const fillOpacity = planned ? 1 : coarse ? 0.45 : 0.9;
  if (item.band) {
    const width = Math.max(2, item.x2 - item.x1);
    // Overlapping bands add up: the more there are, the fainter each, so the lane stays readable.
    const opacity = Math.min(0.13, 0.4 / lane.bands);
    const edge = {
      y: lane.top,
      width: 2,
      height: lane.height,
      fill: colour,
      'fill-opacity': lane.bands > 6 ? 0.3 : 0.6,
    };
    out.push(
      tag('rect', {
        x: item.x1,
        y: lane.top,
        width,
        height: lane.height,
        fill: colour,
        'fill-opacity': opacity,
      }),
    );
    out.push(tag('rect', { x: item.x1, ...edge }), tag('rect', { x: item.x1 + width - 2, ...edge }));
  } else if (item.x2 - item.x1 < 6) {
    out.push(tag('circle', { cx: item.x1, cy: mid, r: 5, fill, 'fill-opacity': fillOpacity, ...stroke }));
  } else {
    const attrs = { x: item.x1, y: mid - BAR_PX / 2, width: item.x2 - item.x1, height: BAR_PX, rx: 3 };
    out.push(tag('rect', { ...attrs, fill, 'fill-opacity': fillOpacity, ...stroke }));
  }
  if (marks?.selected === item.pos) {
    const ring = { fill: 'none', stroke: palette.accent, 'stroke-width': 2 };
    out.push(
      tag('rect', {
        x: item.x1 - 8,
        y: mid - 9,
        width: Math.max(16, item.x2 - item.x1 + 16),
        height: 18,
        ...ring,
      }),
    );
  }
  const onColour = item.inside && !planned && !coarse && !item.band;
  const labelAttrs = { x: item.labelX, y: mid + 4, 'text-anchor': item.anchor === 'end' ? 'end' : undefined };
  if (item.row < 0) return out;
  if (marks?.matches.has(item.pos)) {
    const width = textWidth(item.label, FONT_PX);
    const x = item.anchor === 'end' ? item.labelX - width : item.labelX;
    out.push(tag('rect', { x: x - 2, y: mid - 8, width: width + 4, height: 16, fill: palette.highlight }));
  }
  const style = { fill: onColour ? '#ffffff' : palette.text, 'font-style': item.band ? 'italic' : undefined };
  out.push(text({ ...labelAttrs, ...style }, item.label, full));
  return out;
}

/**
 * Lays out the events at `positions` (time order) in one lane. Returns undefined when they need
 * more than `maxRows` rows and overflow is not allowed: the caller then shows counts instead.
 */
export function layoutLaneItems(
  index: EventIndex,
  positions: readonly number[],
  geo: Geometry,
  palette: Palette,
  maxRows: number,
  allowOverflow = false,
  marks?: ExportMarks,
): LaneItems | undefined {
  const items = positions.map((pos) => place(index, pos, geo));
  const hidden = stack(items, maxRows);
  if (hidden > 0 && !allowOverflow) return undefined;
  const rows = items.reduce((max, item) => Math.max(max, item.row + 1), 0);
  return {
    rows,
    hidden: items.filter((i) => i.row < 0 && !i.band).length,
    unlabelled: items.filter((i) => i.row < 0 && i.band).length,
    draw(top, height) {
      // A band with no room for its label is still drawn: it blocks nothing.
      const shown = items.filter((item) => item.row >= 0 || item.band);
      // Bands first, so every bar and label of the lane is drawn over them.
      const bands = shown.filter((i) => i.band);
      const lane = { top, height, bands: bands.length };
      return [...bands, ...shown.filter((i) => !i.band)].flatMap((item) =>
        drawItem(index, item, top + item.row * ROW_PX, palette, lane, marks),
      );
    },
  };
}
