import { describe, expect, it } from 'vitest';
import { findPublicationDate, inferWeekday, publicationMarks } from './publication-date';

describe('findPublicationDate', () => {
  it('reads HTML metadata first, passed in as plain data', () => {
    const found = findPublicationDate('PARIS, Feb 2 (AFP) - Text.', {
      metadata: [{ source: 'article:published_time', value: '2024-07-22T09:15:00+02:00' }],
    });
    expect(found).toMatchObject({ published: '2024-07-22', method: 'metadata' });
    expect(found?.evidence).toContain('article:published_time');
  });

  it('reads a dateline with a year', () => {
    const found = findPublicationDate(
      'NAIROBI, Sept 25, 2025 (AP) - The factions agreed to a ceasefire on Wednesday.',
    );
    expect(found).toMatchObject({ published: '2025-09-25', method: 'dateline' });
  });

  it('infers a dateline’s missing year from the weekday the text implies (“said Monday”)', () => {
    const text =
      'LIMA, June 9 (AFP) - Voters elected a president on Sunday, the authority said Monday. The last vote was in 2021.';
    const found = findPublicationDate(text, { today: '2026-12-06' });
    expect(found).toMatchObject({ published: '2025-06-09', method: 'dateline' }); // 9 June 2025 was a Monday
    expect(found?.evidence).toMatch(/Monday/);
  });

  it('without weekday evidence, takes the latest year the text writes', () => {
    const found = findPublicationDate('PARIS, Feb 2 (AFP) - The treaty, signed in 2019, was renewed.', {
      today: '2026-12-06',
    });
    expect(found).toMatchObject({ published: '2019-02-02' });
    expect(found?.evidence).toMatch(/no year/);
  });

  it('reads “Updated …” and date-only lines', () => {
    expect(
      findPublicationDate('Updated Jan. 8, 2025 14:20 GMT\nThe novelist died on Tuesday.'),
    ).toMatchObject({ published: '2025-01-08', method: 'updated-line' });
    expect(findPublicationDate('Last updated: 10 December 2025\nLeaders will gather.')).toMatchObject({
      published: '2025-12-10',
    });
    expect(findPublicationDate('Monday, March 15, 2021\nBlinken arrives.')).toMatchObject({
      published: '2021-03-15',
      method: 'date-line',
    });
  });

  it('falls back on weekday evidence, saying so, and needs today for that', () => {
    const text =
      'Trong died on Friday. An official said Monday that the funeral is scheduled to begin on Thursday.';
    expect(findPublicationDate(text)).toBeUndefined();
    const found = findPublicationDate(text, { today: '2024-07-24' });
    expect(found).toMatchObject({ published: '2024-07-22', method: 'weekday-evidence' });
    expect(found?.evidence).toMatch(/check it/);
  });

  it('rejects impossible dates', () => {
    expect(findPublicationDate('ROME, Feb 30, 2025 (Reuters) - Text.')).toBeUndefined();
  });
});

describe('inferWeekday', () => {
  it('weights a reporting verb with a day as the publication day', () => {
    // The 2024 seed article: died Friday, agreed Sunday, said Monday, funeral Thursday → Monday.
    const text =
      'Trong died on Friday. China agreed on Sunday to an arrangement. An official said Monday. The funeral is scheduled to begin on Thursday.';
    expect(inferWeekday(text)?.weekday).toBe(1);
  });
});

describe('publicationMarks', () => {
  it('covers the dateline so its date is not read as an event', () => {
    const text = 'TOKYO, Nov 17 (Kyodo) - The president arrived on Monday.';
    const [[from, to]] = publicationMarks(text) as [[number, number]];
    expect(text.slice(from, to)).toBe('TOKYO, Nov 17 (Kyodo) -');
  });
});
