import { describe, expect, it } from 'vitest';
import { BUCKET_UNITS, MAX_BUCKET_MS, NOMINAL_MS, PRECISIONS, TIME_UNITS } from './units';

describe('time units', () => {
  it('precisions and bucket units are subsets of the one list, finest first', () => {
    for (const subset of [PRECISIONS, BUCKET_UNITS]) {
      const order = subset.map((unit) => TIME_UNITS.indexOf(unit));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('lengths grow with the unit and no unit is longer than its maximum', () => {
    for (let i = 1; i < TIME_UNITS.length; i++)
      expect(NOMINAL_MS[TIME_UNITS[i]!]).toBeGreaterThan(NOMINAL_MS[TIME_UNITS[i - 1]!]);
    for (const unit of TIME_UNITS) expect(MAX_BUCKET_MS[unit]).toBeGreaterThanOrEqual(NOMINAL_MS[unit]);
  });
});
