import { describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/synthetic';
import { eventSpan, formatIsoDate, parseIsoDate } from './iso';
import { PRECISIONS } from './units';

describe('ISO file dates', () => {
  it('parse at the granularity spelled out, in UTC, with zones applied', () => {
    expect(parseIsoDate('2021')).toEqual({ ms: Date.UTC(2021, 0, 1), granularity: 'year' });
    expect(parseIsoDate('2021-03')).toEqual({ ms: Date.UTC(2021, 2, 1), granularity: 'month' });
    expect(parseIsoDate('2021-03-12')).toEqual({ ms: Date.UTC(2021, 2, 12), granularity: 'day' });
    expect(parseIsoDate('2021-03-12T09:30+02:00')?.ms).toBe(Date.UTC(2021, 2, 12, 7, 30));
    expect(parseIsoDate('0050')?.ms).toBe(new Date('0050-01-01T00:00:00Z').getTime());
  });

  it('reject impossible dates and times', () => {
    for (const bad of ['2021-02-29', '2021-13', '2021-03-12T24:00', '21-03', '2021-3'])
      expect(parseIsoDate(bad), bad).toBeUndefined();
    expect(parseIsoDate('2020-02-29')).toBeDefined();
  });

  it('format exactly at a precision and read back the same instant, BCE years included', () => {
    const random = seededRandom(6);
    for (let i = 0; i < 300; i++) {
      const precision = PRECISIONS[Math.floor(random() * PRECISIONS.length)]!;
      const ms = Date.UTC(-800, 0, 1) + random() * 2900 * 365 * 86_400_000;
      const text = formatIsoDate(ms, precision);
      const again = parseIsoDate(text);
      expect(again, text).toBeDefined();
      expect(formatIsoDate(again!.ms, precision)).toBe(text);
    }
    expect(formatIsoDate(Date.UTC(1987, 7, 13, 15, 42), 'hour')).toBe('1987-08-13T15:00');
    expect(formatIsoDate(Date.UTC(1987, 7, 13), 'decade')).toBe('1980');
    expect(formatIsoDate(parseIsoDate('-0499-03-01')!.ms, 'day')).toBe('-0499-03-01');
  });

  it('spans cover the whole last unit at the event precision', () => {
    expect(eventSpan({ start: '2021-04', precision: 'month' })).toEqual({
      startMs: Date.UTC(2021, 3, 1),
      endMs: Date.UTC(2021, 4, 1),
    });
    expect(eventSpan({ start: '1910', end: '1940', precision: 'decade' })?.endMs).toBe(Date.UTC(1950, 0, 1));
    expect(eventSpan({ start: '2021-02-30', precision: 'day' })).toBeUndefined();
  });
});
