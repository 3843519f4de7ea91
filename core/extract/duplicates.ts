import type { TimelineEvent } from '../file-format/model';
import type { Sentence } from './sentences';
import { findTriggers } from './triggers';

/**
 * One event mentioned twice becomes one candidate with both excerpts: either the same kind of
 * event on the same dates ("will arrive on Monday" … "arrives Monday"), or a later sentence that
 * refers back to it without a date ("his arrival", "the meeting").
 */

export interface Draft {
  event: TimelineEvent;
  /** Trigger family (triggers.ts) the event was found from. */
  family: string;
  /** First letters of the event word ("arri" for "arrive" and "arrival"). */
  stem: string;
  /** Where the event's excerpts sit in the article: [offset, length]. */
  highlights: [number, number][];
}

/** Families a back-reference may point to: "the meeting" can be a summit or a ministerial meeting. */
const REFERS_TO: Readonly<Record<string, readonly string[]>> = {
  meet: ['meet', 'ministerial', 'summit'],
};

const sameDates = (a: TimelineEvent, b: TimelineEvent) =>
  a.start === b.start && a.end === b.end && a.precision === b.precision;

function absorb(into: Draft, from: Draft): void {
  const e = into.event;
  for (const s of from.event.sources) if (!e.sources.some((t) => t.excerpt === s.excerpt)) e.sources.push(s);
  e.actors = [...new Set([...e.actors, ...from.event.actors])];
  e.countries = [...new Set([...e.countries, ...from.event.countries])];
  e.place ??= from.event.place;
  into.highlights.push(...from.highlights.filter(([o]) => !into.highlights.some(([p]) => p === o)));
}

/** Merges drafts of one event (same event word, same dates); keeps the first mention's title, status and note. */
export function mergeSameEvents(drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const d of drafts) {
    const twin = kept.find(
      (k) =>
        k.family === d.family &&
        k.stem === d.stem &&
        k.event.type === d.event.type &&
        sameDates(k.event, d.event),
    );
    if (twin) absorb(twin, d);
    else kept.push(d);
  }
  return kept;
}

/** "the meeting", "his arrival", "Blinken’s visit": a definite reference to an event already named. */
const BACK_REFERENCE = /\b(?:the|his|her|their|its|this|that|[\p{Lu}][\p{L}]+[’']s)\s+$/u;

/** Adds undated sentences that refer back to a candidate as further excerpts of it. */
export function attachBackReferences(drafts: Draft[], undated: readonly Sentence[]): void {
  for (const sentence of undated) {
    for (const trigger of findTriggers(sentence.text)) {
      if (trigger.family === 'say' || trigger.family === 'era') continue;
      if (!BACK_REFERENCE.test(sentence.text.slice(Math.max(0, trigger.index - 30), trigger.index))) continue;
      const families = REFERS_TO[trigger.family] ?? [trigger.family];
      const earlier = drafts.filter(
        (d) => families.includes(d.family) && d.highlights[0]![0] < sentence.offset,
      );
      const target = earlier[earlier.length - 1];
      if (!target || target.event.sources.some((s) => s.excerpt === sentence.text)) continue;
      target.event.sources.push({ article: target.event.sources[0]!.article, excerpt: sentence.text });
      target.highlights.push([sentence.offset, sentence.text.length]);
      break;
    }
  }
}
