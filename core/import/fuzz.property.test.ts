import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeTimeline } from '../file-format/serialize';
import { validateTimelineText } from '../file-format/validate';
import { importCsv } from './csv';
import { importMarkwhen } from './markwhen';
import type { ImportResult } from './report';
import { importTimelineJs } from './timelinejs';
import { importTimelineJsSheet } from './timelinejs-csv';
import { importVis } from './vis';

/**
 * Hostile and broken input: every importer is called directly (not through importFile, whose
 * catch-all would hide a throw), and each case must end in a report, with any timeline valid.
 */

const TEXT_IMPORTERS: Record<string, (text: string) => ImportResult> = {
  csv: (t) => importCsv(t, 'f.csv'),
  sheet: (t) => importTimelineJsSheet(t, 'f.csv'),
  markwhen: (t) => importMarkwhen(t, 'f.mw'),
  timelinejs: (t) => importTimelineJs(safeJson(t), 'f.json'),
  vis: (t) => importVis(safeJson(t), 'f.json'),
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function expectReport(result: ImportResult) {
  expect(result.report.problemCount).toBeGreaterThanOrEqual(result.report.problems.length);
  if (result.timeline) {
    const checked = validateTimelineText(serializeTimeline(result.timeline), 'x.json');
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  } else expect(result.report.problems.length).toBeGreaterThan(0);
}

const samples = [
  'history.timelinejs.json',
  'news.csv',
  'space.timelinejs.csv',
  'items.vis.json',
  'plan.mw',
].map((name) => readFileSync(new URL(`./samples/${name}`, import.meta.url), 'utf8'));

const part = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom('', ' ', '13', '0', '-0', '31', '1e400', 'NaN', '99999999999999999999', '-13800000000'),
  fc.string(),
  fc.constant(null),
  fc.jsonValue(),
);
const date = fc.record(
  { year: part, month: part, day: part, hour: part, minute: part },
  { requiredKeys: [] },
);
const payload = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<p>unclosed <b',
  '&#0; &#xD800; &#99999999;',
  '"quoted ""twice""",\n;',
);
const slide = fc.record(
  {
    start_date: fc.oneof(date, part),
    end_date: fc.oneof(date, part),
    text: fc.oneof(
      fc.record({ headline: fc.oneof(fc.string(), payload, part), text: fc.oneof(payload, part) }),
      part,
    ),
    media: fc.oneof(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), caption: part }), part),
    group: fc.oneof(fc.string(), part),
    unique_id: part,
  },
  { requiredKeys: [] },
);

describe('importers on hostile input', () => {
  it.each(Object.keys(TEXT_IMPORTERS))('%s: random text and random bytes', (name) => {
    const run = TEXT_IMPORTERS[name]!;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.uint8Array().map((bytes) => new TextDecoder().decode(bytes)),
        ),
        (text) => expectReport(run(text)),
      ),
      { numRuns: 150 },
    );
  });

  it.each(Object.keys(TEXT_IMPORTERS))('%s: every sample truncated anywhere', (name) => {
    const run = TEXT_IMPORTERS[name]!;
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), (text, cut) =>
        expectReport(run(text.slice(0, cut % (text.length + 1)))),
      ),
      { numRuns: 150 },
    );
  });

  it('TimelineJS and vis: wrong types, huge numbers, impossible dates, script payloads', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: part,
          events: fc.oneof(fc.array(slide, { maxLength: 8 }), part),
          eras: fc.array(slide, { maxLength: 3 }),
        }),
        (file) => {
          expectReport(importTimelineJs(file, 'f.json'));
          expectReport(importVis({ items: file.events, groups: file.eras }, 'f.json'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('month 13, 31 April and 30 February are reported, never imported', () => {
    for (const [month, day] of [
      [13, 1],
      [4, 31],
      [2, 30],
    ]) {
      const result = importTimelineJs(
        { events: [{ start_date: { year: 2021, month, day }, text: { headline: 'x' } }] },
        'f.json',
      );
      expect(result.timeline).toBeUndefined();
      expect(result.report.problems[0]?.path).toBe('$.events[0]');
      const csv = importCsv(`title,start\nx,2021-${String(month).padStart(2, '0')}-${day}\n`, 'f.csv');
      expect(csv.timeline).toBeUndefined();
    }
  });

  it('CSV cells of random text, payloads and 1 MB are cut or kept literally', () => {
    const big = 'x'.repeat(1024 * 1024);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), payload, fc.constant(big)), { minLength: 13, maxLength: 13 }),
        (cells) => {
          const row = cells.map((c) => `"${c.replace(/"/g, '""')}"`);
          row[1] = '2021-03-12';
          const result = importCsv(
            `title,start,end,precision,type,status,place,country,actors,summary,source url,excerpt,tags\n${row.join(',')}\n`,
            'f.csv',
          );
          expectReport(result);
          const title = result.timeline?.events[0]?.title ?? '';
          expect(title.length).toBeLessThanOrEqual(300);
        },
      ),
      { numRuns: 40 },
    );
  });
});
