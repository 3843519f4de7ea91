import type { Article, Category, TimelineEvent, TimelineFile } from '../file-format/model';
import { placed, type Op } from './edit';
import { checkedEdit, countNoun, refuse, type EditOutcome } from './outcome';

/**
 * "Add to current timeline" for an import: the imported events, their articles and their
 * categories join the open file as one undoable step. Ids that clash with the file's are
 * renamed (and the references to them follow), and a category the file already declares is
 * reused, so nothing already open changes.
 */

function renamer(taken: ReadonlySet<string>) {
  const used = new Set(taken);
  const renamed = new Map<string, string>();
  return {
    take(id: string): string {
      let next = id;
      for (let n = 2; used.has(next); n++) next = `${id}-${n}`;
      used.add(next);
      if (next !== id) renamed.set(id, next);
      return next;
    },
    map: (id: string) => renamed.get(id) ?? id,
  };
}

export function addImported(file: TimelineFile, imported: TimelineFile): EditOutcome {
  if (imported.events.length === 0) return refuse('the import has no events');
  const articleIds = renamer(new Set(file.articles.map((a) => a.id)));
  const articles: Article[] = imported.articles.map((a) => ({ ...a, id: articleIds.take(a.id) }));
  const eventIds = renamer(new Set(file.events.map((e) => e.id)));
  const ids = imported.events.map((e) => eventIds.take(e.id));
  const known = new Set((file.categories ?? []).map((c) => c.id));
  const added: Category[] = (imported.categories ?? []).filter((c) => !known.has(c.id));
  const events: TimelineEvent[] = imported.events.map((e, i) => ({
    ...e,
    id: ids[i]!,
    related: e.related.map(eventIds.map),
    sources: e.sources.map((s) => ({ ...s, article: articleIds.map(s.article) })),
  }));
  const ops: Op[] = [];
  if (added.length)
    ops.push({
      kind: 'replace',
      collection: 'categories',
      before: file.categories,
      after: [...(file.categories ?? []), ...added],
    });
  ops.push(
    { kind: 'insert', collection: 'articles', entries: placed(articles, file.articles.length) },
    { kind: 'insert', collection: 'events', entries: placed(events, file.events.length) },
  );
  const at = (from: number) => (_: unknown, item: number) => ({ item, index: from + item });
  return checkedEdit(
    file,
    { label: `Import ${countNoun(events.length, 'Event')}`, ops },
    { events: events.map(at(file.events.length)), articles: articles.map(at(file.articles.length)) },
  );
}
