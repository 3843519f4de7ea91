import { addUnits } from './calendar';
import { parseTypedDate } from './parse-input';
import type { Precision } from './units';

/**
 * "Go to date": turns what a person types (see parse-input) into a window to zoom to. The
 * window covers the unit the input names (a month shows that month) plus a small margin, so the
 * target does not touch the screen edges.
 */
export interface GotoTarget {
  readonly startMs: number;
  readonly endMs: number;
  /** The finest unit the input named. */
  readonly precision: Precision;
}

/** Minute targets would be narrower than the zoom limit: show half an hour either side. */
const MINUTE_HALF_WINDOW_MS = 30 * 60_000;
/** Margin each side, as a share of the named unit. */
const MARGIN = 0.1;

/** The window for a typed date; undefined when it names no date, so the dialog can say so. */
export function parseGotoDate(input: string): GotoTarget | undefined {
  const typed = parseTypedDate(input);
  if (!typed) return undefined;
  const { startMs: ms, precision } = typed;
  if (precision === 'minute')
    return { startMs: ms - MINUTE_HALF_WINDOW_MS, endMs: ms + MINUTE_HALF_WINDOW_MS, precision };
  const end = addUnits(ms, precision, 1);
  const margin = (end - ms) * MARGIN;
  return { startMs: ms - margin, endMs: end + margin, precision };
}
