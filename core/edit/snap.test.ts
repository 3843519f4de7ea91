import { describe, expect, it } from 'vitest';
import { nearestUnits, shiftDate, wallClockMs } from './snap';

const DAY = 86_400_000;

describe('nearestUnits', () => {
  const jan = Date.UTC(2021, 0, 1);
  it('rounds a drag to the nearest calendar month', () => {
    expect(nearestUnits(jan, 40 * DAY, 'month')).toBe(1);
    expect(nearestUnits(jan, 50 * DAY, 'month')).toBe(2);
    expect(nearestUnits(jan, 10 * DAY, 'month')).toBe(0);
    expect(nearestUnits(jan, -20 * DAY, 'month')).toBe(-1);
  });
  it('counts days, years and minutes', () => {
    expect(nearestUnits(jan, 2.4 * DAY, 'day')).toBe(2);
    expect(nearestUnits(jan, 400 * DAY, 'year')).toBe(1);
    expect(nearestUnits(jan, 95_000, 'minute')).toBe(2);
  });
});

describe('shiftDate', () => {
  it('keeps the spelling of the precision', () => {
    expect(shiftDate('2021-11', 'month', 3)).toBe('2022-02');
    expect(shiftDate('2021-03-12', 'day', -12)).toBe('2021-02-28');
    expect(shiftDate('1999', 'year', 2)).toBe('2001');
    expect(shiftDate('1910', 'decade', -1)).toBe('1900');
    expect(shiftDate('2021-03-12T23:30', 'minute', 45)).toBe('2021-03-13T00:15');
    expect(shiftDate('2021-03-12T09:30:15', 'minute', 1)).toBe('2021-03-12T09:31:15');
  });
  it('keeps a time zone and moves the wall clock', () => {
    expect(shiftDate('2021-03-12T09:30+01:00', 'hour', 1)).toBe('2021-03-12T10:30+01:00');
    expect(shiftDate('2021-03-12T09:30Z', 'minute', -30)).toBe('2021-03-12T09:00Z');
  });
  it('crosses into years before the common era', () => {
    expect(shiftDate('0001', 'year', -2)).toBe('-0001');
    expect(shiftDate('-0044-03', 'month', 1)).toBe('-0044-04');
  });
  it('refuses dates that are not real', () => {
    expect(shiftDate('2021-02-30', 'day', 1)).toBeUndefined();
    expect(wallClockMs('2021-13')).toBeUndefined();
  });
});
