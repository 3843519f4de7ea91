import type { CategoryInfo } from '../file-format/categories';
import { tag, text } from './svg-escape';
import { textWidth, type Palette } from './svg-style';

/**
 * The legend under an exported timeline: a printed image has no hover or detail pane, so the
 * colours and the marks for coarse, planned and approximate dates must be explained on it.
 */

const FONT_PX = 12;
const LINE_PX = 22;

interface Entry {
  readonly label: string;
  readonly swatch: (x: number, y: number) => string;
}

function entries(types: readonly CategoryInfo[], palette: Palette): Entry[] {
  const grey = palette.muted;
  return [
    ...types.map((type) => ({
      label: type.label,
      swatch: (x: number, y: number) =>
        tag('rect', { x, y: y - 6, width: 14, height: 12, rx: 3, fill: type.color }),
    })),
    {
      label: 'Month or year precision',
      swatch: (x: number, y: number) =>
        tag('rect', {
          x,
          y: y - 6,
          width: 14,
          height: 12,
          rx: 3,
          fill: grey,
          'fill-opacity': 0.45,
          stroke: grey,
          'stroke-dasharray': '3 2',
        }),
    },
    {
      label: 'Planned (not yet reported)',
      swatch: (x: number, y: number) =>
        tag('rect', {
          x,
          y: y - 6,
          width: 14,
          height: 12,
          rx: 3,
          fill: palette.background,
          stroke: grey,
          'stroke-width': 1.5,
        }),
    },
    { label: '“c.” Approximate', swatch: () => '' },
  ];
}

/** Legend markup wrapped to `width`, starting at (`left`, `top`); returns its height too. */
export function drawLegend(
  types: readonly CategoryInfo[],
  left: number,
  top: number,
  width: number,
  palette: Palette,
): { markup: string[]; heightPx: number } {
  const markup: string[] = [];
  let x = left;
  let y = top + LINE_PX / 2;
  for (const entry of entries(types, palette)) {
    const swatch = entry.swatch(0, 0) === '' ? 0 : 20;
    const itemWidth = swatch + textWidth(entry.label, FONT_PX) + 18;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += LINE_PX;
    }
    if (swatch) markup.push(entry.swatch(x, y));
    markup.push(text({ x: x + swatch, y: y + 4, fill: palette.text }, entry.label));
    x += itemWidth;
  }
  return { markup, heightPx: y - top + LINE_PX / 2 };
}
