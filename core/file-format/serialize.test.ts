import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSyntheticTimeline } from '../testing/synthetic';
import { validateTimelineText } from './validate';
import { serializeTimeline } from './serialize';

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
});
