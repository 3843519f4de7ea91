import type { EventIndex } from '../../core/index/event-index';

/** Windows to zoom to: "fit all" with room for labels, and the content of a count bar. */

/**
 * The window that shows [startMs, endMs) with room in pixels on each side: extra on the right
 * because point labels extend right of their dot, and the last event's label should be read.
 */
export function paddedWindow(
  startMs: number,
  endMs: number,
  widthPx: number,
  leftPx = 30,
  rightPx = 180,
): { startMs: number; endMs: number } {
  const inner = Math.max(widthPx - leftPx - rightPx, widthPx / 2);
  const msPerPx = Math.max(endMs - startMs, 3_600_000) / inner;
  return { startMs: startMs - leftPx * msPerPx, endMs: endMs + rightPx * msPerPx };
}

/**
 * Where clicking a count bar zooms: the time its events actually cover, not the whole bucket
 * (a century bar over four years of events would otherwise zoom to a still-empty century).
 */
export function barExtent(
  index: EventIndex,
  mask: Uint8Array,
  laneOf: (pos: number) => string,
  bar: { lane: string; startMs: number; endMs: number; firstPos: number },
): { startMs: number; endMs: number } {
  let endMs = bar.startMs;
  for (let pos = bar.firstPos; pos < index.size && index.startMs[pos]! < bar.endMs; pos++) {
    if (mask[pos] && laneOf(pos) === bar.lane) endMs = Math.max(endMs, index.endMs[pos]!);
  }
  return { startMs: index.startMs[bar.firstPos]!, endMs };
}
