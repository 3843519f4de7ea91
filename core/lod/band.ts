import type { EventIndex } from '../index/event-index';

/** Events longer than this (or of type "era") are drawn as background bands. */
export const BAND_MIN_MS = 5 * 365.25 * 86_400_000;

/**
 * Eras and very long spans are context, on screen and in an export alike: besides their item
 * in the lane (which carries the label and can be selected) they are drawn behind the lane.
 */
export function isBand(index: EventIndex, pos: number): boolean {
  return index.events[pos]!.type === 'era' || index.endMs[pos]! - index.startMs[pos]! > BAND_MIN_MS;
}
