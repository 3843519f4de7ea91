import { addUnits } from './calendar';
import { parseTypedDate } from './parse-input';

/**
 * "From" and "To" boxes, in the date filter and in the export dialog alike. A bound covers the
 * whole unit typed, so "to 2021" keeps December 2021 and "from March 2021" keeps 1 March.
 */

/** What both kinds of box suggest when the text names no date. */
export const DATE_EXAMPLES = '2021, 2021-03 or 12 Mar 2021';

/**
 * The bound a typed date stands for: the start of the named unit for "from", the end of it
 * (exclusive) for "to". Undefined for text that names no date, so the box can say so.
 */
export function parseRangeBound(input: string, side: 'from' | 'to'): number | undefined {
  const typed = parseTypedDate(input);
  if (!typed) return undefined;
  return side === 'from' ? typed.startMs : addUnits(typed.startMs, typed.precision, 1);
}

/** Both boxes as [fromMs, toMs), or what to correct; here neither end may be left open. */
export function parseDateRange(
  from: string,
  to: string,
): { fromMs: number; toMs: number } | { error: string } {
  const fromMs = parseRangeBound(from, 'from');
  const toMs = parseRangeBound(to, 'to');
  if (fromMs === undefined) return { error: `“${from}” is not a date: try ${DATE_EXAMPLES}.` };
  if (toMs === undefined) return { error: `“${to}” is not a date: try ${DATE_EXAMPLES}.` };
  if (toMs <= fromMs) return { error: 'The range ends before it starts.' };
  return { fromMs, toMs };
}
