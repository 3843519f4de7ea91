import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSchema } from '../file-format/model';
import { extractEvents } from './extract';
import { findPublicationDate } from './publication-date';

/** Words news uses around dates, shuffled into nonsense: the extractor must never throw or emit an invalid event. */
const WORDS = [
  'on',
  'Friday',
  'Monday,',
  'last',
  'next',
  'week',
  'weekend',
  'in',
  'May',
  'March',
  'late',
  'early',
  'since',
  '1998',
  '2019',
  '2,000',
  'the',
  'summit',
  'died',
  'will',
  'meet',
  'said',
  'Sept.',
  '9',
  '31',
  '5-8',
  'Feb',
  '30',
  'two',
  'days',
  'ago',
  'three-day',
  'festival',
  'ended',
  '“',
  '”',
  '.',
  ',',
  '\n',
  'PARIS,',
  '(AFP)',
  '-',
  'Updated',
  'today',
  'yesterday',
  'later',
  'this',
  'month',
  'year',
  'from',
  'to',
  '1910',
  '1945',
  'the 1990s',
  'until',
  'Hanoi',
  'U.S.',
  'élection',
  '🙂',
  'is',
  'scheduled',
  'expected',
  'held',
  'vote',
  '0',
  '99999',
];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' '));
const day = fc
  .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('extractEvents on arbitrary text', () => {
  it('never throws, and every candidate is a valid event quoting the text', () => {
    fc.assert(
      fc.property(text, day, (t, published) => {
        const { candidates } = extractEvents(t, { articleId: 'a', published });
        for (const c of candidates) {
          expect(eventSchema.safeParse(c.event).success).toBe(true);
          for (const s of c.event.sources) expect(t).toContain(s.excerpt);
          if (c.event.end !== undefined) expect(c.event.end >= c.event.start).toBe(true);
        }
        const found = findPublicationDate(t, { today: published });
        if (found) expect(found.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });
});
