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
  const out = ordered(file, FILE_KEYS);
  if (file.categories) out.categories = file.categories.map((c) => ordered(c, CATEGORY_KEYS));
  out.articles = file.articles.map((article) => ordered(article, ARTICLE_KEYS));
  out.events = file.events.map(orderedEvent);
  return `${JSON.stringify(out, null, 2)}\n`;
}
