import { describe, expect, it } from 'vitest';
import { parseDateRange, parseRangeBound } from './range-input';

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

describe('parseDateRange (the export dialog)', () => {
  it('accepts every form the filter accepts, "to" inclusive', () => {
    for (const [from, to, fromMs, toMs] of [
      ['2021', '2021', utc(2021), utc(2022)],
      ['March 2021', '2021-03', utc(2021, 3), utc(2021, 4)],
      ['12 Mar 2021', '12/03/2021', utc(2021, 3, 12), utc(2021, 3, 13)],
      ['1910s', '2024-08', utc(1910), utc(2024, 9)],
    ] as const) {
      expect(parseDateRange(from, to), `${from} – ${to}`).toEqual({ fromMs, toMs });
      expect(parseDateRange(from, to)).toEqual({
        fromMs: parseRangeBound(from, 'from'),
        toMs: parseRangeBound(to, 'to'),
      });
    }
  });

  it('still takes the file dates it took before, BCE years and times included', () => {
    expect(parseDateRange('-0499', '2021-03-12T14:30')).toEqual({
      fromMs: new Date('-000499-01-01T00:00:00Z').getTime(),
      toMs: Date.UTC(2021, 2, 12, 14, 31),
    });
  });

  it('names the box that holds no date, with examples, and refuses a range that ends first', () => {
    expect(parseDateRange('soon', '2021')).toEqual({
      error: '“soon” is not a date: try 2021, 2021-03 or 12 Mar 2021.',
    });
    expect(parseDateRange('2021', 'March 12')).toEqual({
      error: '“March 12” is not a date: try 2021, 2021-03 or 12 Mar 2021.',
    });
    expect(parseDateRange('', '2021')).toHaveProperty('error');
    expect(parseDateRange('2022', '2021')).toEqual({ error: 'The range ends before it starts.' });
    expect(parseDateRange('2021-03-12', 'March 2021')).toEqual({
      fromMs: utc(2021, 3, 12),
      toMs: utc(2021, 4),
    });
  });
});
