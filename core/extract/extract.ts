import type { TimelineEvent } from '../file-format/model';
import { eventSpan, parseIsoDate } from '../time/iso';
import { DAY_MS } from '../time/units';
import { findActors } from './actors';
import { attachBackReferences, mergeSameEvents, type Draft } from './duplicates';
import { findPlaces } from './places';
import { resolveMention } from './resolve';
import { splitSentences, type Sentence } from './sentences';
import { publicationMarks } from './publication-date';
import { findDuration, findMentions, quotedSpans, type FoundMention } from './temporal';
import { clauseAround, tenseAt, type Tense } from './tense';
import { findTriggers, type FoundTrigger } from './triggers';
import { eventTitle, uniqueId } from './title';

/**
 * Article text in, dated candidate events out: each sentence's time expressions are paired with
 * the event word they belong to, resolved against the publication day by the tense of their
 * clause, and turned into model events that quote the sentence verbatim. Pure: no DOM, no clock.
 */

export interface ExtractOptions {
  /** Article id the events' sources point to. */
  readonly articleId: string;
  /** Publication day, "2021-03-15". */
  readonly published: string;
}

export interface Candidate {
  readonly event: TimelineEvent;
  /** Where each excerpt sits in the article text: [offset, length], for highlighting. */
  readonly highlights: readonly (readonly [number, number])[];
}

/** A time expression that did not become an event, and why (shown to the user, never silently dropped). */
export interface LeftOut {
  readonly excerpt: string;
  readonly dateEvidence: string;
  readonly reason: string;
}

export interface Extraction {
  readonly candidates: Candidate[];
  readonly leftOut: LeftOut[];
}

const ANCHOR_IS_END =
  /\b(?:ended|ends|ending|closed|closes|concluded|concludes|wrapped up|finished|culminated)\b/i;

/** The event word a time expression belongs to: nearest in its clause, else in its sentence; "said" only when it governs the date. */
function triggerFor(
  sentence: string,
  found: FoundMention,
  triggers: readonly FoundTrigger[],
): FoundTrigger | undefined {
  const distance = (t: FoundTrigger) =>
    t.index >= found.index + found.text.length
      ? t.index - (found.index + found.text.length)
      : t.index + t.text.length <= found.index
        ? found.index - (t.index + t.text.length)
        : 0;
  const [from, to] = clauseAround(sentence, found.index);
  const byDistance = [...triggers].sort((a, b) => distance(a) - distance(b));
  const inClause = byDistance.filter((t) => t.index >= from && t.index < to);
  const nearest = inClause[0] ?? byDistance[0];
  if (nearest?.family !== 'say' || distance(nearest) <= 3) return nearest;
  return inClause.find((t) => t.family !== 'say') ?? byDistance.find((t) => t.family !== 'say') ?? nearest;
}

/** Dates wholly before or after publication decide; otherwise the tense does ("will arrive today"). */
function statusFor(
  tense: Tense,
  event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>,
  publishedMs: number,
): 'planned' | 'reported' {
  const span = eventSpan(event);
  if (span && span.endMs <= publishedMs) return 'reported';
  if (span && span.startMs >= publishedMs + DAY_MS) return 'planned';
  if (tense === 'future') return 'planned';
  if (tense === 'past') return 'reported';
  // Present tense ("heads to Asia this week"): planned when it reaches past publication day.
  return span && span.endMs > publishedMs + DAY_MS ? 'planned' : 'reported';
}

/** "until next week", "stay closed until Friday": the end of a state, not the date of an event. */
const BOUND_ONLY = /\b(?:until|till|through)\s+$/i;

const UNCLASSIFIED: FoundTrigger = {
  type: 'statement',
  kind: 'unclassified',
  family: 'other',
  text: '',
  index: 0,
};

const isSingleDay = (f: FoundMention) =>
  (f.mention.kind === 'weekday' && f.mention.weekdays.length === 1) ||
  f.mention.kind === 'relative-day' ||
  (f.mention.kind === 'date' && f.mention.endDay === undefined);

/** The sentence with every character inside a publication mark turned into a space. */
function blankMarks(sentence: Sentence, marks: readonly [number, number][]): string {
  let text = sentence.text;
  for (const [a, b] of marks) {
    const from = Math.max(a - sentence.offset, 0);
    const to = Math.min(b - sentence.offset, text.length);
    if (from < to) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}

function draftsFor(
  sentence: Sentence,
  options: ExtractOptions,
  publishedMs: number,
  marks: readonly [number, number][],
  leftOut: LeftOut[],
  ids: Set<string>,
): Draft[] {
  const quotes = quotedSpans(sentence.text);
  const triggers = findTriggers(sentence.text, quotes);
  const drafts: Draft[] = [];
  // The dateline's words ("LISBON, March 4 -") date the article: blanked for the title, so the
  // title starts where the report does (offsets stay those of the sentence).
  const withoutMarks = blankMarks(sentence, marks);
  const mentions = findMentions(sentence.text).filter((f) => {
    const at = sentence.offset + f.index;
    return !marks.some(([a, b]) => at >= a && at < b);
  });
  // "a three-day festival that ended on Sunday": the length belongs to the nearest single-day date.
  const duration = findDuration(sentence.text);
  const anchored = duration
    ? mentions
        .filter(isSingleDay)
        .sort((a, b) => Math.abs(a.index - duration.index) - Math.abs(b.index - duration.index))[0]
    : undefined;
  for (const found of mentions) {
    const skip = (reason: string) =>
      leftOut.push({ excerpt: sentence.text, dateEvidence: found.text, reason });
    if (quotes.some(([a, b]) => found.index >= a && found.index < b)) {
      skip('inside a quotation: the speaker’s words, not the report of an event');
      continue;
    }
    if (
      BOUND_ONLY.test(sentence.text.slice(Math.max(0, found.index - 8), found.index)) ||
      /^until\b/i.test(found.text)
    ) {
      skip('“until” bounds a state, it does not date an event');
      continue;
    }
    const tense = tenseAt(sentence.text, found.index, found.text.length);
    // No known event word, but a verb in the past or future tense reports something on that date:
    // keep it as an unclassified statement for the reviewer rather than lose it.
    const trigger =
      triggerFor(sentence.text, found, triggers) ?? (tense === 'present' ? undefined : UNCLASSIFIED);
    if (!trigger) {
      skip('no event word or dated verb near the date');
      continue;
    }
    const [from, to] = clauseAround(sentence.text, found.index);
    const resolved = resolveMention(found.mention, {
      publishedMs,
      tense,
      durationDays: found === anchored ? duration?.days : undefined,
      anchorIsEnd: ANCHOR_IS_END.test(sentence.text.slice(from, to)),
    });
    if ('reason' in resolved) {
      skip(resolved.reason);
      continue;
    }
    const dates = { start: resolved.start, end: resolved.end, precision: resolved.precision };
    const title = eventTitle(withoutMarks, trigger, found);
    const { countries, place } = findPlaces(sentence.text);
    const event: TimelineEvent = {
      id: uniqueId(title, resolved.start, ids),
      title,
      type: trigger.type,
      ...dates,
      ...(resolved.end === undefined ? { end: undefined } : {}),
      approximate: resolved.approximate,
      status: statusFor(tense, dates, publishedMs),
      ...(place ? { place } : {}),
      actors: [],
      countries,
      dateNote: `${resolved.note} Tense of the clause: ${tense}.`,
      sources: [{ article: options.articleId, excerpt: sentence.text, dateEvidence: found.text }],
      related: [],
      tags: trigger.kind ? [trigger.kind] : [],
    };
    if (event.end === undefined) delete event.end;
    drafts.push({
      event,
      family: trigger.family,
      stem: trigger.text.toLowerCase().slice(0, 4),
      highlights: [[sentence.offset, sentence.text.length]],
    });
  }
  return drafts;
}

export function extractEvents(text: string, options: ExtractOptions): Extraction {
  const publishedMs = parseIsoDate(options.published)?.ms;
  if (publishedMs === undefined)
    throw new Error(`publication date “${options.published}” is not an ISO date`);
  const leftOut: LeftOut[] = [];
  const ids = new Set<string>();
  const drafts: Draft[] = [];
  const undated: Sentence[] = [];
  const marks = publicationMarks(text);
  for (const sentence of splitSentences(text)) {
    const found = draftsFor(sentence, options, publishedMs, marks, leftOut, ids);
    if (found.length === 0) undated.push(sentence);
    drafts.push(...found);
  }
  // Names for every sentence that yielded a draft, in one pass of the NLP tagger.
  const excerpts = [...new Set(drafts.map((d) => d.event.sources[0]!.excerpt))];
  const names = findActors(excerpts);
  const byExcerpt = new Map(excerpts.map((e, i) => [e, names[i]!]));
  for (const d of drafts) d.event.actors = [...(byExcerpt.get(d.event.sources[0]!.excerpt) ?? [])];
  const merged = mergeSameEvents(drafts);
  attachBackReferences(merged, undated);
  return { candidates: merged.map((d) => ({ event: d.event, highlights: d.highlights })), leftOut };
}
