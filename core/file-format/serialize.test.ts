import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSyntheticTimeline } from '../testing/synthetic';
import { validateTimelineText } from './validate';
import { serializeInSteps, serializeTimeline } from './serialize';

describe('serializeTimeline', () => {
  it('orders keys as the schema does, indents by 2 and ends with a newline', () => {
    const text = serializeTimeline({
      events: [
        {
          tags: [],
          related: [],
          sources: [],
          countries: [],
          actors: [],
          status: 'reported',
          approximate: false,
          precision: 'year',
          start: '2001',
          type: 'visit',
          title: 'T',
          id: 'e',
          place: { country: 'JP', name: 'Tokyo' },
        },
      ],
      articles: [],
      title: 'File',
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(
      text.startsWith('{\n  "title": "File",\n  "articles": [],\n  "events": [\n    {\n      "id": "e",'),
    ).toBe(true);
    expect(text.indexOf('"name"')).toBeLessThan(text.indexOf('"country"'));
    expect(text.indexOf('"status"')).toBeLessThan(text.indexOf('"place"'));
  });

  it('is a fixed point: load then save gives the same bytes', () => {
    const text = serializeTimeline(generateSyntheticTimeline(300, 5));
    const loaded = validateTimelineText(text, 'synthetic.json');
    expect(loaded.ok && serializeTimeline(loaded.file)).toBe(text);
  });

  it('saves a hand-written file to an equal timeline', () => {
    const raw = readFileSync(
      new URL('../testing/fixtures/good/small.chronoscope.json', import.meta.url),
      'utf8',
    );
    const loaded = validateTimelineText(raw, 'small');
    if (!loaded.ok) throw new Error('fixture does not load');
    const again = validateTimelineText(serializeTimeline(loaded.file), 'small');
    expect(again.ok && again.file).toEqual(loaded.file);
  });

  it('writes in steps the same bytes as one whole-file stringify, multi-line text included', () => {
    const file = generateSyntheticTimeline(2500, 7);
    file.events[3] = { ...file.events[3]!, summary: 'two\nlines "quoted" \\ and\ttab' };
    const steps = serializeInSteps(file);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    expect(pauses).toBe(2);
    const whole = JSON.parse(step.value) as unknown;
    expect(step.value).toBe(`${JSON.stringify(whole, null, 2)}\n`);
    expect(whole).toEqual(JSON.parse(JSON.stringify(file)));
    expect(serializeTimeline({ title: 'Empty', articles: [], events: [] } as never)).toBe(
      '{\n  "title": "Empty",\n  "articles": [],\n  "events": []\n}\n',
    );
  });
});
