import { queryWindow } from '../index/event-index';
import { countLanes, itemLanes } from './svg-lanes';
import { laneList } from '../index/lanes';
import { escapeXml, tag, text } from './svg-escape';
import type { Geometry } from './svg-items';
import { drawLegend } from './svg-legend';
import { clip, FONT_FAMILY, PALETTES, SMALL_FONT_PX, textWidth, type Palette } from './svg-style';
import type { SvgTimelineInput } from './svg-input';
import { drawAxis, AXIS_PX } from './svg-axis';

/**
 * The vector renderer behind "date range" exports and every SVG file. It draws from the core
 * index, never from the live vis-timeline, so any range exports at any width without moving
 * the view on screen, and the same code runs in the renderer, in workers and in unit tests.
 */

export type { SvgTimelineInput } from './svg-input';

const MARGIN = 24;

function header(input: SvgTimelineInput, palette: Palette): { markup: string[]; heightPx: number } {
  const markup: string[] = [];
  let y = MARGIN;
  const maxPx = input.widthPx - 2 * MARGIN;
  if (input.title) {
    y += 22;
    markup.push(
      text(
        { x: MARGIN, y, 'font-size': 20, 'font-weight': 700, fill: palette.text },
        clip(input.title, maxPx, 20),
      ),
    );
  }
  if (input.caption) {
    y += 20;
    markup.push(text({ x: MARGIN, y, 'font-size': 13, fill: palette.muted }, clip(input.caption, maxPx, 13)));
  }
  return { markup, heightPx: y > MARGIN ? y - MARGIN + 14 : 0 };
}

/**
 * Renders the timeline between `fromMs` and `toMs` as a standalone SVG document `widthPx` wide
 * (the height follows from the lanes). Crowded ranges switch to count bars, like the screen.
 */
export function renderTimelineSvg(input: SvgTimelineInput): {
  svg: string;
  heightPx: number;
  /** Where the axis strip lies, px from the top: a PDF page that continues the lanes repeats it. */
  axisPx: readonly [top: number, bottom: number];
} {
  const { index, mask, widthPx, fromMs } = input;
  const toMs = Math.max(input.toMs, fromMs + 1);
  const palette = PALETTES[input.theme];
  const layout = laneList(index, input.laneMode, mask);
  const labelPx = Math.min(220, Math.max(96, ...layout.lanes.map((l) => textWidth(l.label, 12) + 20)));
  const left = MARGIN + labelPx;
  const right = Math.max(left + 100, widthPx - MARGIN);
  const geo: Geometry = {
    left,
    right,
    xOf: (ms) => left + ((ms - fromMs) / (toMs - fromMs)) * (right - left),
  };
  const positions = queryWindow(index, fromMs, toMs, mask);
  const budget = Math.max(50, Math.floor((right - left) / 8));
  const lanes =
    (positions.length <= budget
      ? itemLanes(index, positions, layout, geo, palette, input.marks)
      : undefined) ?? countLanes({ ...input, toMs }, layout, geo, palette);
  const head = header(input, palette);
  const axisTop = MARGIN + head.heightPx;
  const lanesTop = axisTop + AXIS_PX;
  const stripes: string[] = [];
  const body: string[] = [];
  let y = lanesTop;
  lanes.forEach((lane, i) => {
    if (i % 2 === 0)
      stripes.push(
        tag('rect', { x: MARGIN, y, width: right - MARGIN, height: lane.heightPx, fill: palette.stripe }),
      );
    body.push(
      text(
        { x: MARGIN + 8, y: y + 20, 'font-weight': 600, fill: palette.text },
        clip(lane.label, labelPx - 12, 12),
      ),
    );
    body.push(text({ x: MARGIN + 8, y: y + 35, 'font-size': SMALL_FONT_PX, fill: palette.muted }, lane.note));
    body.push(...lane.draw(y));
    y += lane.heightPx;
  });
  if (!lanes.length)
    body.push(text({ x: left + 8, y: y + 24, fill: palette.muted }, 'No events in this range'));
  const lanesBottom = Math.max(y, lanesTop + 40);
  const axis = drawAxis(fromMs, toMs, geo, axisTop, lanesBottom, palette);
  const codes = new Set(positions.map((pos) => index.typeCode[pos]!));
  const types = index.types.filter((_, code) => codes.has(code));
  const legend = input.legend
    ? drawLegend(types, MARGIN, lanesBottom + 14, widthPx - 2 * MARGIN, palette)
    : undefined;
  const heightPx = Math.ceil(lanesBottom + (legend ? legend.heightPx + 14 : 0) + MARGIN);
  const background = input.transparent
    ? []
    : [tag('rect', { width: widthPx, height: heightPx, fill: palette.background })];
  const svg = tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: widthPx,
      height: heightPx,
      viewBox: `0 0 ${widthPx} ${heightPx}`,
      'font-family': FONT_FAMILY,
      'font-size': 12,
    },
    [
      `<title>${escapeXml(input.title ?? 'Timeline')}</title>`,
      ...background,
      ...head.markup,
      ...stripes,
      ...axis.grid,
      ...body,
      ...axis.labels,
      ...(legend?.markup ?? []),
    ],
  );
  return { svg, heightPx, axisPx: [axisTop, lanesTop] };
}
