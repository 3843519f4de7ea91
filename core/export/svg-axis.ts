import { tag, text } from './svg-escape';
import type { Geometry } from './svg-items';
import type { Palette } from './svg-style';
import { SMALL_FONT_PX, textWidth } from './svg-style';
import { axisTicks } from './time-axis';

/** Height of the time axis strip above the lanes. */
export const AXIS_PX = 40;

/**
 * The time axis of an export: major labels ("2021") over minor ones ("Mar"), with grid lines
 * through the lanes so a reader can line an event up with its date on paper.
 */
export function drawAxis(
  fromMs: number,
  toMs: number,
  geo: Geometry,
  top: number,
  bottom: number,
  palette: Palette,
): { grid: string[]; labels: string[] } {
  const ticks = axisTicks(fromMs, toMs, geo.right - geo.left);
  const grid: string[] = [];
  const labels: string[] = [];
  const line = (x: number, y1: number, colour: string) =>
    tag('line', { x1: x, x2: x, y1, y2: bottom, stroke: colour, 'stroke-width': 1 });
  for (const tick of ticks.minor) {
    const x = geo.xOf(tick.ms);
    grid.push(line(x, top + 22, palette.grid));
    labels.push(text({ x: x + 4, y: top + 35, 'font-size': SMALL_FONT_PX, fill: palette.muted }, tick.label));
  }
  let lastEnd = -Infinity;
  for (const tick of ticks.major) {
    const x = Math.max(geo.left, geo.xOf(tick.ms));
    if (x < lastEnd) continue;
    if (tick.ms > fromMs) grid.push(line(x, top + 4, palette.axis));
    labels.push(text({ x: x + 4, y: top + 16, 'font-weight': 600, fill: palette.text }, tick.label));
    lastEnd = x + textWidth(tick.label, 12) + 12;
  }
  grid.push(
    tag('line', {
      x1: geo.left,
      x2: geo.right,
      y1: top + AXIS_PX - 1,
      y2: top + AXIS_PX - 1,
      stroke: palette.axis,
    }),
  );
  return { grid, labels };
}
