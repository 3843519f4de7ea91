import { describe, expect, it } from 'vitest';
import { parseRangeBound } from './date-range-input';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

describe('parseRangeBound', () => {
  it('takes the start of the named unit for "from" and its end for "to"', () => {
    expect(parseRangeBound('2021', 'from')).toBe(utc(2021));
    expect(parseRangeBound('2021', 'to')).toBe(utc(2022));
    expect(parseRangeBound('2021-03', 'from')).toBe(utc(2021, 3));
    expect(parseRangeBound('2021-03', 'to')).toBe(utc(2021, 4));
    expect(parseRangeBound('2021-03-12', 'from')).toBe(utc(2021, 3, 12));
    expect(parseRangeBound('2021-03-12', 'to')).toBe(utc(2021, 3, 13));
  });

  it('accepts the written forms the go-to-date box accepts', () => {
    expect(parseRangeBound('March 2021', 'from')).toBe(utc(2021, 3));
    expect(parseRangeBound('12 Mar 2021', 'to')).toBe(utc(2021, 3, 13));
    expect(parseRangeBound('1910s', 'from')).toBe(utc(1910));
    expect(parseRangeBound('1910s', 'to')).toBe(utc(1920));
  });

  it('handles years before 1970 and rejects text that names no date', () => {
    expect(parseRangeBound('1910', 'from')).toBe(utc(1910));
    expect(parseRangeBound('soon', 'from')).toBeUndefined();
    expect(parseRangeBound('', 'to')).toBeUndefined();
  });
});
