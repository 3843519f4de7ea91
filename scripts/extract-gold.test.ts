import { describe, expect, it } from 'vitest';
import { loadGold } from '../bench/extract-gold';
import { scoreArticles } from '../bench/extract-score';

/** Keeps the extractor at the bar on the gold set (npm run bench:extract prints the details). */
describe('extractor on the gold set', () => {
  const score = scoreArticles(loadGold());
  it('finds ≥ 90% of gold events with the right date and precision', () => {
    expect(score.rightDate / score.gold).toBeGreaterThanOrEqual(0.9);
  });
  it('never makes a day-level date from a week-level phrase', () => {
    expect(score.weekToDay).toBe(0);
  });
  it('keeps precision ≥ 85% and joins the duplicates', () => {
    expect(score.matchedCandidates / score.candidates).toBeGreaterThanOrEqual(0.85);
    expect(score.duplicatesJoined).toBe(score.duplicatesExpected);
  });
});
