import type { EventIndex } from '../index/event-index';

/**
 * Slow, obviously right answers to check the index's and level of detail's fast paths against:
 * one pass over every event, no binary search, no duration classes.
 */

function overlaps(index: EventIndex, pos: number, from: number, to: number): boolean {
  const start = index.startMs[pos]!;
  const end = index.endMs[pos]!;
  return to <= from ? start <= from && end > from : start < to && end > from;
}

/** Positions of (visible) events overlapping [from, to), or containing `from` when to <= from. */
export function bruteWindow(index: EventIndex, from: number, to: number, visible?: Uint8Array): number[] {
  const out: number[] = [];
  for (let pos = 0; pos < index.size; pos++)
    if ((!visible || visible[pos]) && overlaps(index, pos, from, to)) out.push(pos);
  return out;
}

/** A filter mask showing about 60% of the events. */
export function randomVisible(random: () => number, size: number): Uint8Array {
  return Uint8Array.from({ length: size }, () => (random() < 0.6 ? 1 : 0));
}
