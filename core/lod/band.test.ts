import { describe, expect, it } from 'vitest';
import { buildEventIndex } from '../index/event-index';
import { generateSyntheticTimeline } from '../testing/synthetic';
import { isBand } from './band';

describe('isBand', () => {
  it('marks eras and spans over five years as bands', () => {
    const small = buildEventIndex(generateSyntheticTimeline(400, 3).events);
    for (let pos = 0; pos < small.size; pos++) {
      const long = small.endMs[pos]! - small.startMs[pos]! > 5 * 365.25 * 86_400_000;
      expect(isBand(small, pos)).toBe(long || small.events[pos]!.type === 'era');
    }
  });
});
