import { describe, expect, it } from 'vitest';
import { eventSchema } from './model';
import {
  contextFromFile,
  datesAreValid,
  explainImpossibleDate,
  relatedEventsExist,
  runRules,
  type RuleContext,
} from './rules';

const ev = (extra: object) =>
  eventSchema.parse({
    id: 'e',
    title: 'E',
    type: 'era',
    start: '2021',
    precision: 'year',
    status: 'reported',
    ...extra,
  });

describe('rules', () => {
  it('reports findings at the position in the file, not in the filtered list', () => {
    const context: RuleContext = {
      events: [ev({ id: 'b', related: ['gone'] })],
      eventIndex: [7],
      articles: [],
      articleIndex: [],
      knownEventIds: new Set(['b']),
      knownArticleIds: new Set(),
    };
    expect(relatedEventsExist(context).map((f) => f.path)).toEqual([['events', 7, 'related', 0]]);
  });

  it('accepts each precision with exactly its date shape', () => {
    const shapes = {
      minute: '2021-03-12T09:30',
      hour: '2021-03-12T09:00',
      day: '2021-03-12',
      month: '2021-03',
      year: '2021',
      decade: '2020',
    };
    for (const [precision, start] of Object.entries(shapes)) {
      expect(datesAreValid(contextFromFile({ events: [ev({ precision, start })], articles: [] }))).toEqual(
        [],
      );
      for (const other of Object.values(shapes).filter((s) => s.length !== start.length)) {
        const findings = datesAreValid(
          contextFromFile({ events: [ev({ precision, start: other })], articles: [] }),
        );
        expect(
          findings.map((f) => f.rule),
          `${precision} with ${other}`,
        ).toEqual(['precision-mismatch']);
      }
    }
  });

  it('allows an end equal to the start and rejects one before it', () => {
    const same = contextFromFile({ events: [ev({ start: '2021', end: '2021' })], articles: [] });
    expect(runRules(same)).toEqual([]);
    const before = contextFromFile({ events: [ev({ start: '2021', end: '2020' })], articles: [] });
    expect(runRules(before).map((f) => f.rule)).toEqual(['end-before-start']);
  });

  it('explains why a well-formed date is impossible', () => {
    expect(explainImpossibleDate('2024-02-30')).toContain('February 2024 has 29 days');
    expect(explainImpossibleDate('2021-00')).toContain('no month 00');
    expect(explainImpossibleDate('2021-03-12T10:61')).toContain('no minute 61');
  });
});
