import { describe, expect, it } from 'vitest';
import type { TimelineFile } from '../file-format/model';
import { testEvent } from '../testing/test-event';
import { applyEdit, invertEdit } from './edit';
import { addEvents, deleteEvents, retypeEvents, updateArticle, updateEvent } from './event-operations';
import type { EditOutcome } from './outcome';
import { moveEvents, nudgeEvents, resizeEnd } from './time-operations';

const DAY = 86_400_000;
const base: TimelineFile = {
  title: 'Test',
  articles: [
    {
      id: 'a1',
      headline: 'H',
      published: '2021-03-12',
      publishedEvidence: 'dateline',
      text: 'On Friday they met.',
    },
  ],
  events: [
    testEvent({
      id: 'm',
      start: '2021-03',
      precision: 'month',
      sources: [{ article: 'a1', excerpt: 'they met' }],
    }),
    testEvent({ id: 'd', start: '2021-03-12', end: '2021-03-14', related: ['m'] }),
    testEvent({ id: 'y', start: '1999', precision: 'year', related: ['m', 'd'] }),
  ],
};

function applied(outcome: EditOutcome): TimelineFile {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  expect(applyEdit(outcome.file, invertEdit(outcome.edit))).toEqual(base);
  return outcome.file;
}
const problems = (outcome: EditOutcome) => (outcome.ok ? [] : outcome.problems);

describe('edit operations', () => {
  it('adds events with schema defaults, labelled by count', () => {
    const outcome = addEvents(base, [
      { id: 'n', title: 'New', type: 'visit', start: '2022', precision: 'year', status: 'reported' },
    ]);
    expect(applied(outcome).events[3]).toMatchObject({ id: 'n', related: [], approximate: false });
    expect(outcome.ok && outcome.edit.label).toBe('Add Event');
    const batch = addEvents(base, [
      testEvent({ id: 'p', start: '2020-01-01' }),
      testEvent({ id: 'q', start: '2020-01-02' }),
    ]);
    expect(batch.ok && batch.edit.label).toBe('Add 2 Events');
  });

  it('adds an accepted article with its events in one step', () => {
    const article = {
      id: 'a2',
      headline: 'H2',
      published: '2022-01-01',
      publishedEvidence: 'x',
      text: 'It rained.',
    };
    const file = applied(
      addEvents(
        base,
        [testEvent({ id: 'r', start: '2022-01-01', sources: [{ article: 'a2', excerpt: 'rained' }] })],
        [article],
      ),
    );
    expect(file.articles.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('refuses invalid events with the loading rules, per field', () => {
    expect(problems(addEvents(base, [testEvent({ id: 'd', start: '2021-02-30' })]))).toEqual([
      {
        item: 0,
        path: '$.id',
        rule: 'unique-id',
        message: 'duplicate event id "d" (already used by $.events[1])',
      },
      {
        item: 0,
        path: '$.start',
        rule: 'invalid-date',
        message: '"2021-02-30" is not a real date: February 2021 has 28 days',
      },
    ]);
    expect(problems(updateEvent(base, 'd', { title: '' }))).toEqual([
      { item: 0, path: '$.title', rule: 'schema', message: 'must not be empty' },
    ]);
    expect(problems(updateEvent(base, 'd', { related: ['ghost'] }))[0]).toMatchObject({
      path: '$.related[0]',
      rule: 'related-missing',
    });
    expect(problems(updateEvent(base, 'm', { precision: 'day' }))[0]).toMatchObject({
      path: '$.start',
      rule: 'precision-mismatch',
    });
    expect(problems(updateEvent(base, 'nope', { title: 'x' }))[0]).toMatchObject({ rule: 'not-found' });
  });

  it('updates fields, removes a field set to undefined, and names the change', () => {
    const outcome = updateEvent(base, 'd', { end: undefined });
    expect('end' in applied(outcome).events[1]!).toBe(false);
    expect(outcome.ok && outcome.edit.label).toBe('Change Date');
    const title = updateEvent(base, 'd', { title: 'Talks' });
    expect(title.ok && title.edit.label).toBe('Change Title');
  });

  it('carries a renamed id into related lists', () => {
    const file = applied(updateEvent(base, 'm', { id: 'm2' }));
    expect(file.events.map((e) => e.related)).toEqual([[], ['m2'], ['m2', 'd']]);
  });

  it('deletes events and the related links to them, keeping the file valid', () => {
    const outcome = deleteEvents(base, ['m', 'd']);
    const file = applied(outcome);
    expect(file.events).toEqual([{ ...base.events[2], related: [] }]);
    expect(outcome.ok && outcome.edit.label).toBe('Delete 2 Events');
  });

  it('retypes several events', () => {
    const outcome = retypeEvents(base, ['m', 'y'], 'election');
    expect(applied(outcome).events.map((e) => e.type)).toEqual(['election', 'summit', 'election']);
    expect(outcome.ok && outcome.edit.label).toBe('Change Type of 2 Events');
  });

  it('moves each event by whole units of its precision', () => {
    const file = applied(moveEvents(base, ['m', 'd', 'y'], 40 * DAY));
    expect(file.events.map((e) => [e.start, e.end])).toEqual([
      ['2021-04', undefined],
      ['2021-04-21', '2021-04-23'],
      ['1999', undefined],
    ]);
    const tiny = moveEvents(base, ['m'], DAY);
    expect(tiny.ok && tiny.edit.ops).toEqual([]);
  });

  it('nudges each event by one unit of its own precision, either way', () => {
    const later = nudgeEvents(base, ['m', 'd', 'y'], 1);
    expect(applied(later).events.map((e) => [e.start, e.end])).toEqual([
      ['2021-04', undefined],
      ['2021-03-13', '2021-03-15'],
      ['2000', undefined],
    ]);
    expect(later.ok && later.edit.label).toBe('Move 3 Events');
    expect(applied(nudgeEvents(base, ['m'], -1)).events[0]?.start).toBe('2021-02');
  });

  it('resizes the end to the nearest unit and never before the start', () => {
    expect(applied(resizeEnd(base, 'd', Date.UTC(2021, 2, 20, 10))).events[1]?.end).toBe('2021-03-19');
    expect(applied(resizeEnd(base, 'm', Date.UTC(2021, 5, 2))).events[0]?.end).toBe('2021-05');
    expect(applied(resizeEnd(base, 'd', Date.UTC(2000, 0, 1))).events[1]?.end).toBe('2021-03-12');
  });

  it('edits an article, refusing text that breaks a quote and carrying a new id into sources', () => {
    expect(problems(updateArticle(base, 'a1', { text: 'Nothing happened.' }))).toEqual([
      {
        item: 0,
        path: '$.text',
        rule: 'excerpt-not-in-article',
        message: 'event "m": excerpt "they met" does not occur verbatim in the text of article "a1"',
      },
    ]);
    const file = applied(updateArticle(base, 'a1', { id: 'wire-1', headline: 'New' }));
    expect(file.events[0]?.sources[0]?.article).toBe('wire-1');
    expect(problems(updateArticle(base, 'a1', { url: 'javascript:alert(1)' }))[0]).toMatchObject({
      path: '$.url',
    });
  });
});
