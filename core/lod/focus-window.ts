import type { EventIndex } from '../index/event-index';
import { DAY_MS } from '../time/units';
import { isBand } from './band';

/**
 * Where a timeline first looks. "Fit all" is decided by the extremes: one 35-year era or one
 * outlier decades away crushes every other event into a sliver. The first view instead shows
 * the shortest stretch that holds most of the events (eras and other bands are context, not
 * content, so they do not count), which is where a reader's attention belongs; Fit all stays
 * one key away for the whole picture.
 */

/** Share of the (non-band) events the first view must hold. */
export const FOCUS_SHARE = 0.8;

/** The shortest window worth zooming to: narrower would show a single event as the whole view. */
const MIN_SPAN_MS = DAY_MS;

/**
 * The densest window [startMs, endMs) holding at least `share` of the shown events, by their
 * starts; its end covers the ends of the held events shorter than a tenth of its span, so a
 * short trip starting last is seen whole but a long range does not stretch the window again.
 * Falls back to the bands when only bands are shown; undefined when nothing is shown.
 */
export function focusWindow(
  index: EventIndex,
  mask: Uint8Array | undefined,
  share = FOCUS_SHARE,
): { startMs: number; endMs: number } | undefined {
  const content: number[] = [];
  const bands: number[] = [];
  for (let pos = 0; pos < index.size; pos++) {
    if (mask && !mask[pos]) continue;
    (isBand(index, pos) ? bands : content).push(pos);
  }
  const positions = content.length ? content : bands;
  if (!positions.length) return undefined;
  // Positions are in start order, so each run of `k` consecutive ones is a candidate window.
  const k = Math.max(1, Math.ceil(positions.length * share));
  let best = 0;
  for (let i = 1; i + k <= positions.length; i++) {
    const span = index.startMs[positions[i + k - 1]!]! - index.startMs[positions[i]!]!;
    const bestSpan = index.startMs[positions[best + k - 1]!]! - index.startMs[positions[best]!]!;
    // Ties go to the later stretch: the news is usually the recent part.
    if (span <= bestSpan) best = i;
  }
  const held = positions.slice(best, best + k);
  const startMs = index.startMs[held[0]!]!;
  const lastStart = index.startMs[held[held.length - 1]!]!;
  const shortMs = Math.max(lastStart - startMs, MIN_SPAN_MS) * 0.1;
  let endMs = lastStart;
  for (const pos of held) {
    if (index.endMs[pos]! - index.startMs[pos]! <= shortMs) endMs = Math.max(endMs, index.endMs[pos]!);
  }
  return { startMs, endMs: Math.max(endMs, startMs + MIN_SPAN_MS) };
}
