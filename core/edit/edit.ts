import type { Article, Category, TimelineEvent, TimelineFile } from '../file-format/model';

/**
 * An edit is a short list of splice-like operations on the file's `events` and `articles`
 * arrays, each holding the items before and after. That makes every edit exactly invertible
 * (undo restores the very same objects, so the saved bytes are the original ones) and keeps
 * history small: an entry holds the changed items, not a snapshot of 100k events.
 */

type Placed<T> = readonly (readonly [position: number, item: T])[];

type OpOn<C extends 'events' | 'articles', T> =
  | {
      readonly kind: 'replace';
      readonly collection: C;
      readonly entries: readonly { readonly index: number; readonly before: T; readonly after: T }[];
    }
  /** Positions (ascending) in the array before the removal. */
  | { readonly kind: 'remove'; readonly collection: C; readonly entries: Placed<T> }
  /** Positions (ascending) in the array after the insertion. */
  | { readonly kind: 'insert'; readonly collection: C; readonly entries: Placed<T> };

/** The file's declared categories, before and after (an import adds its own). */
export interface CategoriesOp {
  readonly kind: 'replace';
  readonly collection: 'categories';
  readonly before: readonly Category[] | undefined;
  readonly after: readonly Category[] | undefined;
}

export type Op = OpOn<'events', TimelineEvent> | OpOn<'articles', Article> | CategoriesOp;

export interface Edit {
  /** What a person did, for menus: "Move Event", "Delete 3 Events". */
  readonly label: string;
  readonly ops: readonly Op[];
}

function stale(what: string): never {
  throw new Error(`edit does not fit this file: ${what} (was it applied to another version?)`);
}

function replaceItems<T>(
  items: readonly T[],
  entries: readonly { index: number; before: T; after: T }[],
): T[] {
  const next = items.slice();
  for (const { index, before, after } of entries) {
    if (next[index] !== before) stale(`item ${index} changed`);
    next[index] = after;
  }
  return next;
}

function removeItems<T>(items: readonly T[], entries: Placed<T>): T[] {
  const next: T[] = [];
  let k = 0;
  items.forEach((item, i) => {
    const entry = entries[k];
    if (entry && entry[0] === i) {
      if (entry[1] !== item) stale(`item ${i} changed`);
      k++;
    } else next.push(item);
  });
  if (k !== entries.length) stale('removed position out of range');
  return next;
}

function insertItems<T>(items: readonly T[], entries: Placed<T>): T[] {
  const next: T[] = [];
  let k = 0;
  let j = 0;
  for (let i = 0; i < items.length + entries.length; i++) {
    const entry = entries[k];
    if (entry && entry[0] === i) {
      next.push(entry[1]);
      k++;
    } else next.push(items[j++] as T);
  }
  if (k !== entries.length) stale('inserted position out of range');
  return next;
}

function applyOp<T>(items: readonly T[], op: OpOn<'events' | 'articles', T>): T[] {
  switch (op.kind) {
    case 'replace':
      return replaceItems(items, op.entries);
    case 'remove':
      return removeItems(items, op.entries);
    case 'insert':
      return insertItems(items, op.entries);
  }
}

/** The file after the edit; untouched arrays and items are shared with the input. */
export function applyEdit(file: TimelineFile, edit: Edit): TimelineFile {
  let next = file;
  for (const op of edit.ops) {
    if (op.collection === 'categories') {
      if (next.categories !== op.before) stale('categories changed');
      const { categories: _, ...rest } = next;
      // The very array, not a copy: undo checks `before` by identity.
      next = op.after ? { ...rest, categories: op.after as Category[] } : rest;
      continue;
    }
    next =
      op.collection === 'events'
        ? { ...next, events: applyOp(next.events, op) }
        : { ...next, articles: applyOp(next.articles, op) };
  }
  return next;
}

function invertOp(op: Op): Op {
  if (op.collection === 'categories') return { ...op, before: op.after, after: op.before };
  switch (op.kind) {
    case 'replace':
      return {
        ...op,
        entries: op.entries.map(({ index, before, after }) => ({ index, before: after, after: before })),
      } as Op;
    case 'remove':
      return { ...op, kind: 'insert' };
    case 'insert':
      return { ...op, kind: 'remove' };
  }
}

/** The edit that undoes `edit`: inverse operations in reverse order. */
export function invertEdit(edit: Edit): Edit {
  return { label: edit.label, ops: edit.ops.map(invertOp).reverse() };
}

/** A remove at ascending positions undoes an insert at the same positions, and vice versa. */
export const placed = <T>(items: readonly T[], from: number): [number, T][] =>
  items.map((item, i) => [from + i, item]);
