import type { z } from 'zod';
import type { Article, TimelineEvent, TimelineFile } from '../file-format/model';
import { articleSchema, eventSchema } from '../file-format/model';
import type { EventType } from '../file-format/taxonomy';
import type { Candidate } from './check';
import { placed, type Edit, type Op } from './edit';
import { checkedEdit, countNoun, positionsOf, refuse, type EditOutcome } from './outcome';

/**
 * Adding, changing, retyping and deleting events and changing articles. Every operation keeps
 * the file valid: renaming an id rewrites the references to it, deleting an event removes it
 * from other events' `related` lists (recorded in the same edit, so undo restores them).
 */

export type EventInput = z.input<typeof eventSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
/** Fields to change; a field set to `undefined` is removed (e.g. `end` to make an instant). */
export type EventChanges = { readonly [K in keyof TimelineEvent]?: TimelineEvent[K] | undefined };
export type ArticleChanges = { readonly [K in keyof Article]?: Article[K] | undefined };

/** Schema defaults (empty lists, approximate false) filled in, as loading a file does. */
function withDefaults<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed.data : (input as T);
}

/** An empty document for File › New. */
export function newTimeline(title = 'Untitled timeline'): TimelineFile {
  return { title, articles: [], events: [] };
}

/**
 * Appends events (one added by hand, an import, the events accepted from an article) and the
 * articles they cite, as one undoable step.
 */
export function addEvents(
  file: TimelineFile,
  inputs: readonly EventInput[],
  articleInputs: readonly ArticleInput[] = [],
  label = `Add ${countNoun(inputs.length, 'Event')}`,
): EditOutcome {
  if (inputs.length === 0 && articleInputs.length === 0) return refuse('nothing to add');
  const events = inputs.map((input) => withDefaults(eventSchema, input));
  const articles = articleInputs.map((input) => withDefaults(articleSchema, input));
  const at =
    (from: number) =>
    (_: unknown, item: number): Candidate => ({ item, index: from + item });
  return checkedEdit(
    file,
    {
      label,
      ops: [
        { kind: 'insert', collection: 'articles', entries: placed(articles, file.articles.length) },
        { kind: 'insert', collection: 'events', entries: placed(events, file.events.length) },
      ],
    },
    { events: events.map(at(file.events.length)), articles: articles.map(at(file.articles.length)) },
  );
}

function changed<T extends object>(item: T, changes: { readonly [K in keyof T]?: T[K] | undefined }): T {
  const next = { ...item } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}

const FIELD_NAMES: Partial<Record<keyof TimelineEvent, string>> = {
  start: 'Date',
  end: 'Date',
  precision: 'Date',
  approximate: 'Date',
  dateNote: 'Date Note',
  related: 'Related Events',
};

function updateLabel(changes: EventChanges): string {
  const names = new Set(
    Object.keys(changes).map(
      (key) => FIELD_NAMES[key as keyof TimelineEvent] ?? key[0]!.toUpperCase() + key.slice(1),
    ),
  );
  return names.size === 1 ? `Change ${[...names][0]}` : 'Edit Event';
}

/** Replaces `related` ids in other events after a rename or a delete. */
function relatedFixes(
  events: readonly TimelineEvent[],
  skip: ReadonlySet<number>,
  fix: (id: string) => string | undefined,
): Op[] {
  const entries = events.flatMap((before, index) => {
    if (skip.has(index) || !before.related.some((id) => fix(id) !== id)) return [];
    const related = before.related.flatMap((id) => fix(id) ?? []);
    return [{ index, before, after: { ...before, related } }];
  });
  return entries.length ? [{ kind: 'replace', collection: 'events', entries }] : [];
}

/** Changes any fields of one event; a new id is carried into the `related` lists that name it. */
export function updateEvent(
  file: TimelineFile,
  id: string,
  changes: EventChanges,
  label = updateLabel(changes),
): EditOutcome {
  const index = file.events.findIndex((e) => e.id === id);
  const before = file.events[index];
  if (!before) return refuse(`there is no event "${id}"`, 'not-found');
  const after = changed(before, changes);
  const renamed =
    after.id !== id ? relatedFixes(file.events, new Set([index]), (r) => (r === id ? after.id : r)) : [];
  const ops: Op[] = [
    { kind: 'replace', collection: 'events', entries: [{ index, before, after }] },
    ...renamed,
  ];
  return checkedEdit(file, { label, ops }, { events: [{ item: 0, index }] });
}

/** Gives several events one type (a multi-selection retyped at once). */
export function retypeEvents(file: TimelineFile, ids: readonly string[], type: EventType): EditOutcome {
  const found = positionsOf(file.events, ids);
  if (!Array.isArray(found)) return refuse(`there is no event "${found.missing}"`, 'not-found');
  const entries = found.map((index) => {
    const before = file.events[index] as TimelineEvent;
    return { index, before, after: { ...before, type } };
  });
  const label = found.length === 1 ? 'Change Type' : `Change Type of ${found.length} Events`;
  return checkedEdit(
    file,
    { label, ops: [{ kind: 'replace', collection: 'events', entries }] },
    { events: found.map((index, item) => ({ item, index })) },
  );
}

/** Deletes events; other events' `related` links to them are removed in the same step. */
export function deleteEvents(file: TimelineFile, ids: readonly string[]): EditOutcome {
  const found = positionsOf(file.events, ids);
  if (!Array.isArray(found)) return refuse(`there is no event "${found.missing}"`, 'not-found');
  const gone = new Set(found.map((i) => file.events[i]?.id));
  const fixes = relatedFixes(file.events, new Set(found), (r) => (gone.has(r) ? undefined : r));
  const edit: Edit = {
    label: `Delete ${countNoun(found.length, 'Event')}`,
    ops: [
      ...fixes,
      { kind: 'remove', collection: 'events', entries: found.map((i) => [i, file.events[i]!]) },
    ],
  };
  return checkedEdit(file, edit, {});
}

/** Changes an article; a new id is carried into the sources that cite it. */
export function updateArticle(file: TimelineFile, id: string, changes: ArticleChanges): EditOutcome {
  const index = file.articles.findIndex((a) => a.id === id);
  const before = file.articles[index];
  if (!before) return refuse(`there is no article "${id}"`, 'not-found');
  const after = changed(before, changes);
  const ops: Op[] = [{ kind: 'replace', collection: 'articles', entries: [{ index, before, after }] }];
  if (after.id !== id) {
    const entries = file.events.flatMap((event, i) =>
      event.sources.some((s) => s.article === id)
        ? [
            {
              index: i,
              before: event,
              after: {
                ...event,
                sources: event.sources.map((s) => (s.article === id ? { ...s, article: after.id } : s)),
              },
            },
          ]
        : [],
    );
    if (entries.length) ops.push({ kind: 'replace', collection: 'events', entries });
  }
  return checkedEdit(file, { label: 'Edit Article', ops }, { articles: [{ item: 0, index }] });
}
