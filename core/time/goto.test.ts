import { describe, expect, it } from 'vitest';
import { parseGotoDate } from './goto';

const utc = (iso: string) => Date.parse(`${iso}Z`);

/** The unit the target window was built around: its centre must lie inside the named unit. */
function centre(input: string): string {
  const t = parseGotoDate(input);
  if (!t) throw new Error(`no parse: ${input}`);
  return new Date((t.startMs + t.endMs) / 2).toISOString();
}

describe('parseGotoDate', () => {
  it('reads years and decades', () => {
    expect(parseGotoDate('2021')?.precision).toBe('year');
    expect(parseGotoDate('1910s')?.precision).toBe('decade');
    const decade = parseGotoDate('1910s')!;
    expect(decade.startMs).toBeLessThan(utc('1910-01-01T00:00'));
    expect(decade.endMs).toBeGreaterThan(utc('1920-01-01T00:00'));
    expect(decade.endMs).toBeLessThan(utc('1922-01-01T00:00'));
  });

  it('shows a whole month with a small margin', () => {
    for (const input of ['2021-03', 'March 2021', 'Mar 2021', 'march 2021']) {
      const t = parseGotoDate(input);
      expect(t?.precision, input).toBe('month');
      expect(t!.startMs, input).toBeLessThan(utc('2021-03-01T00:00'));
      expect(t!.startMs, input).toBeGreaterThan(utc('2021-02-25T00:00'));
      expect(t!.endMs, input).toBeGreaterThan(utc('2021-04-01T00:00'));
      expect(t!.endMs, input).toBeLessThan(utc('2021-04-05T00:00'));
    }
  });

  it('reads day dates in several spellings, numeric ones day first', () => {
    for (const input of [
      '2021-03-12',
      '12 Mar 2021',
      '12 March 2021',
      'March 12, 2021',
      '12/03/2021',
      'Fri 12 Mar 2021',
    ]) {
      expect(parseGotoDate(input)?.precision, input).toBe('day');
      expect(centre(input), input).toBe('2021-03-12T12:00:00.000Z');
    }
  });

  it('refuses a numeric date that only reads month first, instead of reading it so silently', () => {
    expect(parseGotoDate('03/15/2021')).toBeUndefined();
    expect(parseGotoDate('15/03/2021')?.precision).toBe('day');
  });

  it('reads times as a window around the minute', () => {
    for (const input of ['14:30 12 Mar 2021', '2021-03-12T14:30', 'Fri 12 Mar 2021, 14:30']) {
      expect(parseGotoDate(input)?.precision, input).toBe('minute');
      expect(centre(input), input).toBe('2021-03-12T14:30:00.000Z');
    }
  });

  it('falls back to natural language', () => {
    expect(centre('the 3rd of June 1999')).toBe('1999-06-03T12:00:00.000Z');
  });

  it('rejects input that names no date, or no year, or an impossible day', () => {
    for (const input of ['', 'banana', 'March 12', '31/02/2021', '2021-13'])
      expect(parseGotoDate(input), input).toBeUndefined();
  });
});
