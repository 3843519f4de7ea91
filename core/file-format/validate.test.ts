import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeTimelineBytes } from './decode';
import { formatProblem, MAX_PROBLEMS, validateTimelineText, type Problem } from './validate';

const BAD = fileURLToPath(new URL('../testing/fixtures/bad/', import.meta.url));
const GOOD = fileURLToPath(new URL('../testing/fixtures/good/', import.meta.url));

interface Expectation {
  rule: string;
  message: string;
  path?: string;
  line?: number;
  column?: number;
  count?: number;
  truncated?: boolean;
}

const expectations = JSON.parse(readFileSync(`${BAD}expectations.json`, 'utf8')) as Record<
  string,
  Expectation
>;
const badFiles = readdirSync(BAD).filter((name) => name !== 'expectations.json');

/** Decode then validate, as the app does; returns the problems of a failing file. */
function load(
  dir: string,
  name: string,
): { problems: Problem[]; truncated: boolean } | { ok: true; warnings: Problem[] } {
  const decoded = decodeTimelineBytes(readFileSync(dir + name), name);
  if (!decoded.ok) return { problems: [decoded.problem], truncated: false };
  const result = validateTimelineText(decoded.text, name);
  return result.ok ? { ok: true, warnings: result.warnings } : result;
}

describe('bad-file corpus', () => {
  it('has an expectation for every fixture and a fixture for every expectation', () => {
    expect(badFiles.sort()).toEqual(Object.keys(expectations).sort());
    expect(badFiles.length).toBeGreaterThanOrEqual(32);
  });

  it.each(badFiles)('%s fails with the expected rule, place and reason', (name) => {
    const want = expectations[name] as Expectation;
    const result = load(BAD, name);
    expect('problems' in result, `${name} should fail`).toBe(true);
    if (!('problems' in result)) return;
    const { problems, truncated } = result;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.rule, formatProblem(p)).toBe(want.rule);
      expect(p.file).toBe(name);
    }
    const first = problems[0] as Problem;
    expect(first.message).toContain(want.message);
    if (want.path !== undefined) expect(first.path).toBe(want.path);
    if (want.line !== undefined) expect(first.line).toBe(want.line);
    if (want.column !== undefined) expect(first.column).toBe(want.column);
    expect(problems.length).toBe(want.count ?? 1);
    expect(truncated).toBe(want.truncated ?? false);
  });
});

describe('good fixtures', () => {
  it.each(readdirSync(GOOD))('%s loads without problems or warnings', (name) => {
    expect(load(GOOD, name)).toEqual({ ok: true, warnings: [] });
  });

  it('keeps markup in text fields as plain text', () => {
    const result = validateTimelineText(readFileSync(`${GOOD}xss-title.chronoscope.json`, 'utf8'), 'x');
    expect(result.ok && result.file.events[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('fills schema defaults so callers never see missing arrays', () => {
    const result = validateTimelineText(
      readFileSync(`${GOOD}utf8-bom.chronoscope.json`, 'utf8').replace(/^\uFEFF/, ''),
      'b',
    );
    expect(result.ok && result.file.events[0]).toMatchObject({
      actors: [],
      sources: [],
      related: [],
      approximate: false,
    });
    expect(result.ok && result.file.articles).toEqual([]);
  });
});

const event = (extra: object) =>
  JSON.stringify({
    title: 'T',
    events: [{ id: 'e', title: 'E', type: 'era', status: 'reported', ...extra }],
  });

describe('validateTimelineText', () => {
  it('lists every problem of a file at once, of different kinds', () => {
    const text = JSON.stringify({
      title: '',
      events: [
        { id: 'a', title: 'A', type: 'visit', start: '2021-02-30', precision: 'day', status: 'reported' },
        { id: 'a', title: 'B', type: 'banquet', start: '2021', precision: 'year', status: 'reported' },
        {
          id: 'c',
          title: 'C',
          type: 'visit',
          start: '2021',
          precision: 'year',
          status: 'reported',
          related: ['zz'],
        },
      ],
    });
    const result = validateTimelineText(text, 'f.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.rule} ${p.path}`).sort()).toEqual([
      'invalid-date $.events[0].start',
      'related-missing $.events[2].related[0]',
      'schema $.title',
      'unique-id $.events[1].id',
      'unknown-type $.events[1].type',
    ]);
  });

  it('does not report a reference to an event that exists but is itself invalid', () => {
    const text = JSON.stringify({
      title: 'T',
      events: [
        { id: 'a', title: 'A', type: 'visit', start: '2021', precision: 'week', status: 'reported' },
        {
          id: 'b',
          title: 'B',
          type: 'visit',
          start: '2021',
          precision: 'year',
          status: 'reported',
          related: ['a'],
        },
      ],
    });
    const result = validateTimelineText(text, 'f.json');
    expect(!result.ok && result.problems.map((p) => p.rule)).toEqual(['schema']);
  });

  it('warns, without failing, about a decade that does not start in a year ending in 0', () => {
    const result = validateTimelineText(event({ start: '1914', precision: 'decade' }), 'd.json');
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => [w.rule, w.path, w.line])).toEqual([
      ['decade-start', '$.events[0].start', 1],
    ]);
    expect(validateTimelineText(event({ start: '1910', precision: 'decade' }), 'd.json')).toMatchObject({
      warnings: [],
    });
  });

  it('accepts time zones and compares end with start as instants', () => {
    const ok = event({ start: '2021-03-12T09:00+09:00', end: '2021-03-12T01:00Z', precision: 'hour' });
    expect(validateTimelineText(ok, 'z.json').ok).toBe(true);
    const bad = event({ start: '2021-03-12T09:00Z', end: '2021-03-12T09:00+09:00', precision: 'hour' });
    expect(validateTimelineText(bad, 'z.json')).toMatchObject({
      ok: false,
      problems: [{ rule: 'end-before-start' }],
    });
  });

  it('labels every problem with the file name it was given', () => {
    const result = validateTimelineText('{"title": 1}', 'named.json');
    expect(!result.ok && result.problems.every((p) => p.file === 'named.json')).toBe(true);
  });

  it('formats problems as file:line:column: path: message', () => {
    const result = validateTimelineText('{\n  "title": "T",\n  "events": 5\n}', 'f.json');
    expect(!result.ok && formatProblem(result.problems[0] as Problem)).toBe(
      'f.json:3:3: $.events: expected an array; got number 5',
    );
  });

  it('caps problems and says so', () => {
    const events = Array.from({ length: MAX_PROBLEMS + 1 }, (_, i) => ({ id: `e${i}` }));
    const result = validateTimelineText(JSON.stringify({ title: 'T', events }), 'cap.json');
    expect(result).toMatchObject({ ok: false, truncated: true });
    expect(!result.ok && result.problems.length).toBe(MAX_PROBLEMS);
  });

  it('validates 100k events in one call (linear work, no time assertion)', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      type: 'visit',
      start: '2021-03-12',
      precision: 'day',
      status: 'reported',
      related: i > 0 ? [`e${i - 1}`] : [],
      sources: [{ article: 'a', excerpt: `item ${i % 100} ` }],
    }));
    const articles = [
      {
        id: 'a',
        headline: 'H',
        published: '2021-03-12',
        publishedEvidence: 'test',
        text: Array.from({ length: 100 }, (_, i) => `item ${i} `).join(''),
      },
    ];
    events.push({ ...events[0]!, id: 'e5' }); // one duplicate at the very end
    const result = validateTimelineText(JSON.stringify({ title: 'Big', articles, events }), 'big.json');
    expect(result).toMatchObject({
      ok: false,
      problems: [{ rule: 'unique-id', path: '$.events[100000].id', line: 1 }],
    });
  });
});
