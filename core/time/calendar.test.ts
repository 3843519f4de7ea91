import { describe, expect, it } from 'vitest';
import { addUnits, bucketBoundaries, daysInMonth, floorToUnit, nextUnitStart, utcTime } from './calendar';
import { BUCKET_UNITS } from './units';
import { seededRandom } from '../testing/synthetic';

describe('calendar buckets', () => {
  it('floor to natural calendar starts', () => {
    const t = Date.UTC(1987, 7, 13, 15, 42);
    expect(new Date(floorToUnit(t, 'hour')).toISOString()).toBe('1987-08-13T15:00:00.000Z');
    expect(new Date(floorToUnit(t, 'day')).toISOString()).toBe('1987-08-13T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'week')).toISOString()).toBe('1987-08-10T00:00:00.000Z'); // a Monday
    expect(new Date(floorToUnit(t, 'month')).toISOString()).toBe('1987-08-01T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'quarter')).toISOString()).toBe('1987-07-01T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'year')).toISOString()).toBe('1987-01-01T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'decade')).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'century')).toISOString()).toBe('1900-01-01T00:00:00.000Z');
    expect(new Date(floorToUnit(Date.UTC(1969, 11, 31), 'week')).getUTCDay()).toBe(1);
  });

  it('tile time without gaps: floor is idempotent and every instant lies in its bucket', () => {
    const random = seededRandom(1);
    for (const unit of BUCKET_UNITS) {
      for (let i = 0; i < 200; i++) {
        const t = Date.UTC(1800, 0, 1) + random() * 300 * 365 * 86_400_000;
        const start = floorToUnit(t, unit);
        expect(floorToUnit(start, unit)).toBe(start);
        expect(start).toBeLessThanOrEqual(t);
        expect(nextUnitStart(start, unit)).toBeGreaterThan(t);
      }
    }
  });

  it('cover the window with aligned boundaries', () => {
    const from = Date.UTC(2001, 8, 11, 9);
    const bounds = bucketBoundaries(from, from + 40 * 86_400_000, 'week');
    expect(bounds[0]!).toBeLessThanOrEqual(from);
    expect(bounds[bounds.length - 1]!).toBeGreaterThanOrEqual(from + 40 * 86_400_000);
    expect(bucketBoundaries(from, from, 'day')).toEqual([Date.UTC(2001, 8, 11), Date.UTC(2001, 8, 12)]);
  });

  it('floor to steps of several units, restarting in the enclosing unit', () => {
    const t = Date.UTC(1987, 7, 13, 15, 42);
    expect(new Date(floorToUnit(t, 'minute')).toISOString()).toBe('1987-08-13T15:42:00.000Z');
    expect(new Date(floorToUnit(t, 'hour', 6)).toISOString()).toBe('1987-08-13T12:00:00.000Z');
    expect(new Date(floorToUnit(t, 'day', 5)).toISOString()).toBe('1987-08-11T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'month', 6)).toISOString()).toBe('1987-07-01T00:00:00.000Z');
    expect(new Date(floorToUnit(t, 'year', 50)).toISOString()).toBe('1950-01-01T00:00:00.000Z');
    expect(new Date(floorToUnit(Date.UTC(-5, 5, 1), 'decade')).getUTCFullYear()).toBe(-10);
  });

  it('add calendar units and know month lengths, early years included', () => {
    expect(addUnits(Date.UTC(2021, 0, 1), 'quarter', 1)).toBe(Date.UTC(2021, 3, 1));
    expect(addUnits(Date.UTC(2021, 0, 1), 'century', -1)).toBe(Date.UTC(1921, 0, 1));
    expect(addUnits(Date.UTC(2021, 0, 1), 'week', 2)).toBe(Date.UTC(2021, 0, 15));
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(new Date(utcTime(50, 0)).getUTCFullYear()).toBe(50);
    expect(new Date(utcTime(2021, 12, 1)).toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
});
