import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventSpan, parseIsoDate } from '../time/iso';
import { timelineFileSchema, type TimelineFile } from './model';
import type { Precision } from '../time/units';

/**
 * Guards the bundled dataset: the app shows excerpts as evidence, so every quote must really be
 * in its article and every date must be one the timeline can place at the stated precision.
 */

const DATASET_URL = new URL('../../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url);
const MIN_EVENTS_PER_ARTICLE = 10;

const raw: unknown = JSON.parse(readFileSync(DATASET_URL, 'utf8'));
const file: TimelineFile = timelineFileSchema.parse(raw);
const articleText = new Map(file.articles.map((a) => [a.id, a.text]));

/** The date granularity each precision must be written at (1910 for a year, 2021-03 for a month...). */
const GRANULARITY: Record<Precision, 'year' | 'month' | 'day' | 'minute'> = {
  decade: 'year',
  year: 'year',
  month: 'month',
  day: 'day',
  hour: 'minute',
  minute: 'minute',
};

describe('bundled dataset', () => {
  it('parses with the timeline schema', () => {
    expect(timelineFileSchema.safeParse(raw).success).toBe(true);
    expect(file.events.length).toBeGreaterThan(0);
    expect(file.articles.length).toBeGreaterThan(0);
  });

  it('has unique article ids and unique event ids', () => {
    const articleIds = file.articles.map((a) => a.id);
    const eventIds = file.events.map((e) => e.id);
    expect(new Set(articleIds).size).toBe(articleIds.length);
    expect(new Set(eventIds).size).toBe(eventIds.length);
  });

  it('gives every article a publication date at day precision', () => {
    for (const article of file.articles) {
      expect(parseIsoDate(article.published)?.granularity, article.id).toBe('day');
    }
  });

  it('quotes every excerpt verbatim from its article, with the date evidence inside it', () => {
    for (const event of file.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) {
        const text = articleText.get(source.article);
        expect(text, `${event.id}: unknown article ${source.article}`).toBeDefined();
        expect(text?.includes(source.excerpt), `${event.id}: ${source.excerpt}`).toBe(true);
        if (source.dateEvidence !== undefined) {
          expect(source.excerpt.includes(source.dateEvidence), `${event.id}: ${source.dateEvidence}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('only relates events to other events that exist', () => {
    const ids = new Set(file.events.map((e) => e.id));
    for (const event of file.events) {
      for (const related of event.related) {
        expect(ids.has(related), `${event.id} -> ${related}`).toBe(true);
        expect(related, event.id).not.toBe(event.id);
      }
    }
  });

  it('writes start and end at the granularity of the precision, with end not before start', () => {
    for (const event of file.events) {
      const want = GRANULARITY[event.precision];
      for (const date of [event.start, event.end]) {
        if (date === undefined) continue;
        expect(parseIsoDate(date)?.granularity, `${event.id}: ${date}`).toBe(want);
      }
      const span = eventSpan(event);
      expect(span, event.id).toBeDefined();
      if (span && event.end !== undefined) {
        const start = parseIsoDate(event.start);
        const end = parseIsoDate(event.end);
        expect(end && start && end.ms >= start.ms, event.id).toBe(true);
        expect(span.endMs).toBeGreaterThan(span.startMs);
      }
    }
  });

  it(`has at least ${MIN_EVENTS_PER_ARTICLE} events sourced from each article`, () => {
    for (const article of file.articles) {
      const count = file.events.filter((e) => e.sources.some((s) => s.article === article.id)).length;
      expect(count, article.id).toBeGreaterThanOrEqual(MIN_EVENTS_PER_ARTICLE);
    }
  });

  it('explains the date of every approximate event', () => {
    for (const event of file.events.filter((e) => e.approximate)) {
      expect(event.dateNote?.trim().length ?? 0, event.id).toBeGreaterThan(0);
    }
  });
});
