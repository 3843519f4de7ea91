import { describe, expect, it } from 'vitest';
import { parseDateText, partsToInstant, spanFromInstants, spanValue } from './date-value';
import { parseTypedDate } from './parse-input';
import { utcTime } from './calendar';

const value = (text: string, dayFirst = true) => {
  const r = parseDateText(text, { dayFirst });
  return r.ok ? r.value : r.reason;
};

describe('parseDateText', () => {
  it('reads ISO 8601 and EDTF', () => {
    expect(value('2021-04')).toEqual({ start: '2021-04', precision: 'month', approximate: false });
    expect(value('1910/1945')).toEqual({ start: '1910', end: '1945', precision: 'year', approximate: false });
    expect(value('2021-03-12~')).toMatchObject({ start: '2021-03-12', approximate: true });
    expect(value('2021?')).toMatchObject({ start: '2021', approximate: true });
    expect(value('19XX')).toMatchObject({ start: '1900', end: '1999', approximate: true });
    expect(value('-0044-03-15')).toMatchObject({ start: '-0044-03-15', precision: 'day' });
  });

  it('reads common forms, day-first or month-first', () => {
    expect(value('15 March 2021')).toMatchObject({ start: '2021-03-15', precision: 'day' });
    expect(value('March 2021')).toMatchObject({ start: '2021-03', precision: 'month' });
    expect(value('3/4/2021')).toMatchObject({ start: '2021-04-03' });
    expect(value('3/15/2021', false)).toMatchObject({ start: '2021-03-15' });
    expect(value('44 BC')).toMatchObject({ start: '-0043', precision: 'year' });
    expect(value('AD 800')).toMatchObject({ start: '0800', precision: 'year' });
    expect(parseTypedDate('1 BC')?.startMs).toBe(utcTime(0));
  });

  it('refuses impossible dates with a reason', () => {
    for (const text of ['2021-13-01', '2021-04-31', '2021-02-30', '31 April 2021', 'soon', ''])
      expect(typeof value(text)).toBe('string');
  });
});

describe('spans', () => {
  it('keep both ends of mixed precision at the finer one', () => {
    expect(spanValue(utcTime(1939, 8), 'month', utcTime(1945), 'year')).toEqual({
      ok: true,
      value: { start: '1939-09', end: '1945-12', precision: 'month', approximate: false },
    });
  });

  it('read instant pairs at the coarsest unit both ends align to', () => {
    expect(spanFromInstants(utcTime(2021, 2), utcTime(2021, 3))).toMatchObject({
      value: { start: '2021-03', precision: 'month' },
    });
    expect(spanFromInstants(utcTime(2021, 2, 1))).toMatchObject({
      value: { start: '2021-03-01', precision: 'day' },
    });
  });

  it('date parts: strings, empty strings, the limit', () => {
    expect(partsToInstant({ year: '1945', month: '', day: '' })).toEqual({
      ms: utcTime(1945),
      precision: 'year',
    });
    expect(partsToInstant({ year: 2021, month: 2, day: 29 })).toContain('28 days');
    expect(partsToInstant({ year: -13_800_000_000 })).toContain('±271,821');
  });
});
