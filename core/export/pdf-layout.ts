import { SMALL_FONT_PX } from './svg-style';

/**
 * How a timeline drawing is laid out on paper. Shrinking a wide drawing onto one sheet made
 * 3 pt text; instead the drawing keeps a scale at which its smallest type prints at
 * MIN_TYPE_PT at least, and a range too wide for one sheet at that scale is split in time over
 * several sheets, each a complete timeline (lane labels and axis repeated).
 */

export type PageSize = 'a4' | 'letter' | 'a3';
export type Orientation = 'landscape' | 'portrait';

/** Portrait sizes in PDF points (1/72 in). */
export const PAGE_POINTS: Readonly<Record<PageSize, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
  a3: [841.89, 1190.55],
};

export const MARGIN_PT = 36;
/** Smallest type a printed report stays readable at. */
export const MIN_TYPE_PT = 7;
/** CSS's own px-to-pt ratio: the drawing at the size it has on screen. */
const SCREEN_SCALE = 0.75;
/** Points per drawing pixel below which the smallest type would print under MIN_TYPE_PT. */
export const MIN_SCALE = MIN_TYPE_PT / SMALL_FONT_PX;

export function pagePoints(page: PageSize, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAGE_POINTS[page];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

export interface SheetLayout {
  /** Sheets side by side, each showing an equal share of the time range. */
  readonly sheets: number;
  /** Width in drawing pixels of each sheet's drawing. */
  readonly sheetWidthPx: number;
  /** Points per drawing pixel. */
  readonly scale: number;
}

/**
 * The fewest sheets across on which a drawing `widthPx` wide keeps at least MIN_SCALE, and the
 * scale each gets (the screen's own size when there is room, never larger).
 */
export function layoutSheets(widthPx: number, contentWidthPt: number): SheetLayout {
  const sheets = Math.max(1, Math.ceil((widthPx * MIN_SCALE) / contentWidthPt - 1e-9));
  const sheetWidthPx = widthPx / sheets;
  return { sheets, sheetWidthPx, scale: Math.min(SCREEN_SCALE, contentWidthPt / sheetWidthPx) };
}
