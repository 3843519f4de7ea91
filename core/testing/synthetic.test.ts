import { describe, expect, it } from 'vitest';
import { timelineFileSchema } from '../file-format/model';
import { eventSpan } from '../time/iso';
import { validateTimelineText } from '../file-format/validate';
import { generateSyntheticTimeline } from './synthetic';

describe('generateSyntheticTimeline', () => {
  const file = generateSyntheticTimeline(3000, 99);

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateSyntheticTimeline(200, 5)).toEqual(generateSyntheticTimeline(200, 5));
    expect(generateSyntheticTimeline(200, 6)).not.toEqual(generateSyntheticTimeline(200, 5));
  });

  it('passes the schema and the validator', () => {
    expect(() => timelineFileSchema.parse(file)).not.toThrow();
    const result = validateTimelineText(JSON.stringify(file), 'synthetic.json');
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
  });

  it('quotes excerpts verbatim from cited articles', () => {
    const texts = new Map(file.articles.map((a) => [a.id, a.text]));
    for (const event of file.events) {
      expect(event.sources.length).toBeGreaterThanOrEqual(1);
      expect(event.sources.length).toBeLessThanOrEqual(3);
      for (const source of event.sources) expect(texts.get(source.article)).toContain(source.excerpt);
    }
  });

  it('mixes points, ranges and eras within 1900–2025, with crisis bursts', () => {
    const spans = file.events.map((e) => eventSpan(e)!);
    const years = spans.map((s) => new Date(s.startMs).getUTCFullYear());
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1900);
    expect(Math.max(...spans.map((s) => new Date(s.endMs - 1).getUTCFullYear()))).toBeLessThanOrEqual(2025);
    expect(file.events.filter((e) => e.end !== undefined).length).toBeGreaterThan(300);
    expect(file.events.filter((e) => e.type === 'era').length).toBeGreaterThan(5);
    const in1962 = years.filter((y) => y === 1962).length;
    const in1935 = years.filter((y) => y === 1935).length;
    expect(in1962).toBeGreaterThan(3 * in1935);
    expect(new Set(file.events.map((e) => e.countries[0])).size).toBeGreaterThanOrEqual(12);
  });
});
