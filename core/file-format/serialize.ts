import {
  articleSchema,
  categorySchema,
  eventSchema,
  linkSchema,
  placeSchema,
  sourceSchema,
  timelineFileSchema,
  type TimelineEvent,
  type TimelineFile,
} from './model';

/**
 * The text Save writes. Keys follow the schema's field order (so the order is stable and is the
 * one the format documents), 2-space indent, a trailing newline. Every field the schema fills
 * by default is written out, so a file saved here loads to an equal TimelineFile and saving
 * it again, unchanged or after edits that were undone, gives the same bytes.
 */

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const FILE_KEYS = keysOf(timelineFileSchema);
const EVENT_KEYS = keysOf(eventSchema);
const ARTICLE_KEYS = keysOf(articleSchema);
const SOURCE_KEYS = keysOf(sourceSchema);
const PLACE_KEYS = keysOf(placeSchema);
const CATEGORY_KEYS = keysOf(categorySchema);
const LINK_KEYS = keysOf(linkSchema);

function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

function orderedEvent(event: TimelineEvent): Record<string, unknown> {
  const out = ordered(event, EVENT_KEYS);
  if (event.place) out.place = ordered(event.place, PLACE_KEYS);
  out.sources = event.sources.map((source) => ordered(source, SOURCE_KEYS));
  if (event.links) out.links = event.links.map((link) => ordered(link, LINK_KEYS));
  return out;
}

export function serializeTimeline(file: TimelineFile): string {
  const steps = serializeInSteps(file);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Events per pause of `serializeInSteps`: a few milliseconds of work. */
const EVENTS_PER_STEP = 1000;
const EVENTS_MARK = '\u0000events\u0000';

/**
 * The same text as `serializeTimeline`, as pausable steps (yielding the fraction done), so the
 * renderer can write a 100k-event recovery file in slices instead of freezing for a second.
 * Events are written a thousand at a time at the depth the whole-file stringify puts them.
 */
export function* serializeInSteps(file: TimelineFile): Generator<number, string, void> {
  const out = ordered(file, FILE_KEYS);
  if (file.categories) out.categories = file.categories.map((c) => ordered(c, CATEGORY_KEYS));
  out.articles = file.articles.map((article) => ordered(article, ARTICLE_KEYS));
  if (file.events.length === 0) {
    out.events = [];
    return `${JSON.stringify(out, null, 2)}\n`;
  }
  out.events = [EVENTS_MARK];
  const [head, tail] = JSON.stringify(out, null, 2).split(`    ${JSON.stringify(EVENTS_MARK)}`) as [
    string,
    string,
  ];
  // A chunk stringified under one key sits at the depth the events have in the file (4 spaces),
  // so cutting the wrapper off leaves exactly the file's lines: no re-indenting.
  const open = '{\n  "e": [\n';
  const close = '\n  ]\n}';
  const parts: string[] = [];
  for (let from = 0; from < file.events.length; from += EVENTS_PER_STEP) {
    const chunk = file.events.slice(from, from + EVENTS_PER_STEP).map(orderedEvent);
    parts.push(JSON.stringify({ e: chunk }, null, 2).slice(open.length, -close.length));
    if (from + EVENTS_PER_STEP < file.events.length) yield from / file.events.length;
  }
  return `${head}${parts.join(',\n')}${tail}\n`;
}
