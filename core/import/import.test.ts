import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeTimeline } from '../file-format/serialize';
import { validateTimelineText } from '../file-format/validate';
import { detectFormat } from './detect';
import { importFile } from './import-file';
import type { ImportResult } from './report';

const sample = (name: string) => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8');
const load = (name: string, options = {}) => importFile(sample(name), name, options);
const byTitle = (result: ImportResult, title: string) =>
  result.timeline?.events.find((e) => e.title === title);

/** Whatever an importer returns must open like a hand-written file. */
function expectValid(result: ImportResult) {
  const checked = validateTimelineText(serializeTimeline(result.timeline!), 'x.json');
  expect(checked.ok ? [] : checked.problems).toEqual([]);
}

describe('TimelineJS3 JSON', () => {
  const result = load('history.timelinejs.json');

  it('reads title, events and eras, with string numbers, empty strings and out-of-order slides', () => {
    expect(result.report.format).toBe('timelinejs');
    expect(result.timeline?.title).toBe('A short history');
    expect(result.timeline?.description).toBe("Written for Chronoscope's tests.");
    expect(byTitle(result, 'War ends')).toMatchObject({ start: '1945', precision: 'year', type: 'politics' });
    expect(byTitle(result, 'Great War')).toMatchObject({ type: 'era', start: '1914', end: '1918' });
    expect(result.report.eras).toBe(1);
    expectValid(result);
  });

  it('keeps both ends of a mixed-precision span, BCE years and years below 1000', () => {
    expect(byTitle(result, 'Second World War')).toMatchObject({
      start: '1939-09',
      end: '1945-12',
      precision: 'month',
    });
    expect(byTitle(result, 'Ides of March')).toMatchObject({
      start: '-0043-03-15',
      displayDate: '15 March 44 BC',
    });
    expect(byTitle(result, 'A 9th-century event')?.start).toBe('0850');
  });

  it('turns HTML into plain text and keeps links and media as links; scripts vanish', () => {
    const war = byTitle(result, 'Second World War')!;
    expect(war.id).toBe('ww2');
    expect(war.summary).toBe('Began in Europe.\n\nSee the overview & more.');
    expect(war.links).toEqual([
      { url: 'https://example.org/ww2', label: 'the overview' },
      { url: 'https://example.org/photo.jpg', label: 'A photo (Archive)' },
    ]);
  });

  it('makes groups categories with distinct colours and reports what it left out, by JSON path', () => {
    const categories = result.timeline?.categories ?? [];
    expect(categories.map((c) => c.label)).toEqual(['Politics', 'Science', 'Event']);
    expect(new Set(categories.map((c) => c.color)).size).toBe(3);
    const problems = result.report.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain(
      '$.events[4]: slide left out: start_date: there is no day 30 in month 2 of 2021 (it has 28 days)',
    );
    expect(problems).toContain('$.events[6]: slide left out: start_date is missing or not an object');
  });

  it('refuses cosmological years with a message naming the limit', () => {
    const text = JSON.stringify({
      scale: 'cosmological',
      events: [{ start_date: { year: -13_800_000_000 }, text: { headline: 'Big Bang' } }],
    });
    const big = importFile(text, 'cosmos.json');
    expect(big.timeline).toBeUndefined();
    expect(big.report.problems.map((p) => p.message).join('\n')).toContain('±271,821');
  });
});

describe('TimelineJS Google-Sheets CSV', () => {
  const result = load('space.timelinejs.csv');

  it('reads a ;-separated sheet with a BOM, the title row, quoted newlines and doubled quotes', () => {
    expect(result.report.format).toBe('timelinejs-csv');
    expect(result.timeline?.title).toBe('My sheet');
    expect(result.timeline?.description).toBe('About "this" sheet');
    expect(byTitle(result, 'Moon landing')).toMatchObject({
      start: '1969-07-20T20:17',
      precision: 'minute',
      summary: 'Line one\nLine two',
      links: [{ url: 'https://example.org/moon', label: 'Eagle (NASA)' }],
    });
    expect(byTitle(result, 'Cold War')).toMatchObject({ type: 'era', start: '1947', end: '1991' });
    expect(result.report.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'row 6: row left out: there is no month 13',
    ]);
    expectValid(result);
  });

  it('reads the older Start Date / End Date / Tag columns', () => {
    const old = importFile('Start Date,End Date,Headline,Tag\n1/2/2001,3/4/2001,Old,Misc\n', 'old.csv');
    expect(old.timeline?.events[0]).toMatchObject({ start: '2001-02-01', end: '2001-04-03', type: 'misc' });
    const us = importFile('Start Date,Headline\n1/2/2001,Old\n', 'old.csv', { dayFirst: false });
    expect(us.timeline?.events[0]?.start).toBe('2001-01-02');
  });
});

describe('plain CSV', () => {
  const result = load('news.csv');

  it('reads the documented column set with every date form', () => {
    expect(result.report.format).toBe('csv');
    expect(byTitle(result, 'Summit in Tokyo')).toMatchObject({
      type: 'summit',
      place: { name: 'Tokyo', country: 'JP' },
      actors: ['Biden', 'Suga'],
      tags: ['quad', 'asia'],
      sources: [{ excerpt: 'Leaders met in Tokyo on Friday.' }],
    });
    expect(byTitle(result, 'Flood')).toMatchObject({ start: '2021-03-15', type: 'disaster' });
    expect(byTitle(result, 'Rebuilding')).toMatchObject({
      start: '2021-03',
      end: '2021-06',
      status: 'planned',
    });
    expect(byTitle(result, 'Caesar dies')?.start).toBe('-0043-03-15');
    expect(byTitle(result, 'Century')).toMatchObject({ start: '1900', end: '1999', approximate: true });
    expect(byTitle(result, 'Sometime')).toMatchObject({ start: '2021', approximate: true });
    expect(result.report.problems.map((p) => p.path)).toEqual(['row 8']);
    expectValid(result);
  });

  it('maps other headers by synonym or by an explicit mapping', () => {
    const guessed = importFile('Name,Date,Category\nA,2020-01-02,Storm\n', 'x.csv');
    expect(guessed.timeline?.events[0]).toMatchObject({ title: 'A', start: '2020-01-02', type: 'storm' });
    const mapped = importFile('Wann,Was\n2020,B\n', 'x.csv', { mapping: { Wann: 'start', Was: 'title' } });
    expect(mapped.timeline?.events[0]).toMatchObject({ title: 'B', start: '2020' });
    expect(mapped.report.mapped).toEqual(['Wann → start', 'Was → title']);
  });

  it('says which column is missing when no date column can be found', () => {
    const none = importFile('Foo,Bar\n1,2\n', 'x.csv');
    expect(none.timeline).toBeUndefined();
    expect(none.report.problems[0]?.message).toContain('no date column');
  });
});

describe('Markwhen', () => {
  const result = load('plan.mw');

  it('reads sections as lanes, tags, descriptions and relative dates as Markwhen resolves them', () => {
    expect(result.report.format).toBe('markwhen');
    expect(result.timeline?.title).toBe('Project plan');
    expect(byTitle(result, 'Study begins')).toMatchObject({
      start: '2021-03',
      precision: 'month',
      type: 'research',
      tags: ['phase1'],
      links: [{ url: 'https://example.org/study', label: 'a link' }],
    });
    expect(byTitle(result, 'Fieldwork')).toMatchObject({
      id: 'field',
      start: '2021-05-01',
      end: '2021-06-15',
    });
    expect(byTitle(result, 'Draft')).toMatchObject({
      start: '2021-06-16',
      end: '2021-06-18',
      type: 'writing',
    });
    expect(byTitle(result, "Caesar's year")?.start).toBe('-0043');
    expectValid(result);
  });
});

describe('vis-timeline data', () => {
  const result = load('items.vis.json');

  it('reads ISO strings, Date strings and epoch ms, groups by name and background items as eras', () => {
    expect(result.report.format).toBe('vis');
    expect(byTitle(result, 'Kick-off')).toMatchObject({
      start: '2014-04-20',
      precision: 'day',
      type: 'team-a',
    });
    expect(byTitle(result, 'Sprint')).toMatchObject({
      start: '2014-04-20',
      end: '2014-04-26',
      type: 'team-b',
    });
    expect(byTitle(result, 'Freeze')).toMatchObject({ start: '2014-04-22T10:30', precision: 'minute' });
    expect(byTitle(result, 'Quarter')).toMatchObject({
      type: 'era',
      start: '2014-04',
      end: '2014-06',
      precision: 'month',
    });
    expect(result.timeline?.categories?.map((c) => c.label)).toEqual(['Team A', 'Team B']);
    expect(result.report.problems.map((p) => p.path)).toEqual(['$.items[4]']);
    expectValid(result);
  });

  it('reads a bare item array', () => {
    const bare = importFile('[{"content":"x","start":"2020-05-01"}]', 'items.json');
    expect(bare.report.format).toBe('vis');
    expect(bare.timeline?.events[0]?.start).toBe('2020-05-01');
  });
});

describe('detectFormat', () => {
  it('tells formats apart by extension and content', () => {
    expect(detectFormat('a.json', sample('history.timelinejs.json'))).toBe('timelinejs');
    expect(detectFormat('a.json', sample('items.vis.json'))).toBe('vis');
    expect(detectFormat('a.csv', sample('space.timelinejs.csv'))).toBe('timelinejs-csv');
    expect(detectFormat('a.txt', sample('news.csv'))).toBe('csv');
    expect(detectFormat('a.mw', sample('plan.mw'))).toBe('markwhen');
    expect(
      detectFormat('a.json', readFileSync('data/us-asia-diplomacy-2021-2024.chronoscope.json', 'utf8')),
    ).toBe('chronoscope');
    expect(detectFormat('a.bin', '\u0000\u0001')).toBeUndefined();
  });
});

describe('files written by others', () => {
  it('reads TimelineJS 2 files ({ timeline: { date: [...] } })', () => {
    const text = JSON.stringify({
      timeline: {
        headline: 'Old style',
        type: 'default',
        date: [
          {
            startDate: '2011,12,10',
            endDate: '2011,12,11',
            headline: 'A',
            tag: 'News',
            asset: { media: 'https://x.org/m.jpg' },
          },
          { startDate: '1999', headline: 'B' },
        ],
        era: [{ startDate: '2011', endDate: '2012', headline: 'Era' }],
      },
    });
    const result = importFile(text, 'old.json');
    expect(result.report.format).toBe('timelinejs');
    expect(result.timeline?.title).toBe('Old style');
    expect(byTitle(result, 'A')).toMatchObject({ start: '2011-12-10', end: '2011-12-11', type: 'news' });
    expect(byTitle(result, 'Era')).toMatchObject({ type: 'era', start: '2011', end: '2012' });
  });

  it('reads vis items with ISO instants in milliseconds and Z, and Date strings', () => {
    const text = JSON.stringify([
      { id: 'a', content: 'A', start: '2014-04-20T00:00:00.000Z' },
      { id: 'b', content: 'B', start: '2014-04-20T10:15:30.000Z', end: '2014-04-20T12:00:00.000Z' },
      { id: 'c', content: 'C', start: 'Sun Apr 20 2014 00:00:00 GMT+0000 (Coordinated Universal Time)' },
    ]);
    const result = importFile(text, 'items.json');
    expect(result.timeline?.events.map((e) => `${e.id} ${e.start} ${e.end ?? ''} ${e.precision}`)).toEqual([
      'a 2014-04-20  day',
      'b 2014-04-20T10:15 2014-04-20T11:59 minute',
      'c 2014-04-20  day',
    ]);
  });
});
