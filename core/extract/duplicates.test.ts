import { describe, expect, it } from 'vitest';
import { eventSchema } from '../file-format/model';
import { extractEvents } from './extract';

describe('duplicates', () => {
  it('the same event on the same dates twice becomes one candidate with both excerpts', () => {
    const text =
      'Rail unions and the government resumed talks on Thursday. On Wednesday, the minister told parliament the talks would take place today.';
    const { candidates } = extractEvents(text, { articleId: 'a', published: '2025-06-26' });
    const talks = candidates.filter((c) => c.event.start === '2025-06-26');
    expect(talks).toHaveLength(1);
    expect(talks[0]!.event.sources.map((s) => s.dateEvidence)).toEqual(['on Thursday', 'today']);
    expect(talks[0]!.highlights).toHaveLength(2);
  });

  it('an undated back-reference (“his arrival”) is added as a further excerpt', () => {
    const text =
      'Blinken will arrive in Tokyo on Monday. Suga spoke to parliament about the alliance ahead of his arrival.';
    const { candidates } = extractEvents(text, { articleId: 'a', published: '2021-03-15' });
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.event.sources.map((s) => s.excerpt)).toEqual([
      'Blinken will arrive in Tokyo on Monday.',
      'Suga spoke to parliament about the alliance ahead of his arrival.',
    ]);
  });

  it('different events on the same day stay apart', () => {
    const text = 'Trong died on Friday. The minister resigned on Friday.';
    const { candidates } = extractEvents(text, { articleId: 'a', published: '2024-07-22' });
    expect(candidates.map((c) => c.event.type)).toEqual(['death', 'policy']);
  });
});

describe('candidate events', () => {
  const text = 'LIMA, June 9 (AFP) - Peruvian voters elected Rosa Quintana as president on Sunday in Lima.';
  const { candidates } = extractEvents(text, { articleId: 'peru', published: '2025-06-09' });

  it('are valid model events quoting the sentence verbatim, with evidence and a note', () => {
    expect(candidates).toHaveLength(1);
    const e = candidates[0]!.event;
    expect(eventSchema.safeParse(e).success).toBe(true);
    expect(text).toContain(e.sources[0]!.excerpt);
    expect(e.sources[0]).toMatchObject({ article: 'peru', dateEvidence: 'on Sunday' });
    expect(e.dateNote).toMatch(/past tense/);
    expect(e).toMatchObject({
      type: 'election',
      start: '2025-06-08',
      status: 'reported',
      countries: ['PE'],
      place: { name: 'Lima', country: 'PE' },
    });
  });

  it('do not read the dateline’s date as an event', () => {
    expect(candidates.every((c) => c.event.start !== '2025-06-09')).toBe(true);
  });

  it('have titles without the dateline', () => {
    expect(candidates[0]!.event.title).toMatch(/^Peruvian voters elected/);
    const storm = extractEvents(
      'LISBON, March 4 - A powerful storm struck the Portuguese coast on Monday, cutting power to thousands of homes.',
      { articleId: 'storm', published: '2025-03-04' },
    ).candidates[0]!.event;
    expect(storm.title).toMatch(/^A powerful storm struck/);
    expect(storm.sources[0]!.excerpt).toMatch(/^LISBON, March 4 - /); // the excerpt stays verbatim
  });
});
