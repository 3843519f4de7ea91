import type { z } from 'zod';
import type { PathSegment } from '../file-format/json-locate';
import {
  articleSchema,
  eventSchema,
  type Article,
  type TimelineEvent,
  type TimelineFile,
} from '../file-format/model';
import { runRules, type Finding, type RuleContext } from '../file-format/rules';
import { formatJsonPath, issueToPending } from '../file-format/validate';

/**
 * Checks the items an edit changed with the very schema and rules that file loading uses, but
 * over a small rule context (the changed items, the items they share ids with or point at), so
 * an edit of one event among 100k costs a scan, not a full validation.
 */

export interface EditProblem {
  /** Which of the items given to the operation (0 for a single-item edit). */
  readonly item: number;
  /** JSON path relative to that event or article, e.g. `$.start`, `$.sources[0].excerpt`. */
  readonly path: string;
  readonly message: string;
  readonly rule: string;
}

/** A changed item at its position in the edited file; `item` says which input it came from. */
export interface Candidate {
  readonly item: number;
  readonly index: number;
}

interface Checked {
  readonly errors: EditProblem[];
  readonly warnings: EditProblem[];
}

function schemaProblems(schema: z.ZodType, value: unknown, item: number): EditProblem[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue) =>
    issueToPending(issue, value).map((p) => ({
      item,
      path: formatJsonPath(p.segments),
      message: p.message,
      rule: p.rule,
    })),
  );
}

function sortFindings(
  findings: readonly Finding[],
  owner: (finding: Finding) => [number, PathSegment[], string?] | undefined,
): Checked {
  const checked: Checked = { errors: [], warnings: [] };
  for (const finding of findings) {
    const owned = owner(finding);
    if (!owned) continue;
    const [item, segments, message = finding.message] = owned;
    const problem = { item, path: formatJsonPath(segments), message, rule: finding.rule };
    (finding.severity === 'error' ? checked.errors : checked.warnings).push(problem);
  }
  return checked;
}

/** Puts the changed items last, so a duplicate id is reported on the changed item. */
function contextItems<T extends { id: string }>(
  all: readonly T[],
  changed: ReadonlyMap<number, number>,
  also: (item: T) => boolean,
): { items: T[]; index: number[] } {
  const items: T[] = [];
  const index: number[] = [];
  all.forEach((item, i) => {
    if (!changed.has(i) && also(item)) {
      items.push(item);
      index.push(i);
    }
  });
  for (const i of changed.keys()) {
    items.push(all[i] as T);
    index.push(i);
  }
  return { items, index };
}

const positions = (candidates: readonly Candidate[], valid: (c: Candidate) => boolean) =>
  new Map(candidates.filter(valid).map((c) => [c.index, c.item]));

/** Checks changed events of `file` (the file as it would be after the edit). */
export function checkEvents(file: TimelineFile, candidates: readonly Candidate[]): Checked {
  const errors = candidates.flatMap((c) => schemaProblems(eventSchema, file.events[c.index], c.item));
  const failed = new Set(errors.map((p) => p.item));
  const changed = positions(candidates, (c) => !failed.has(c.item));
  const ids = new Set([...changed.keys()].map((i) => file.events[i]?.id));
  const wanted = new Set([...changed.keys()].flatMap((i) => file.events[i]?.related ?? []));
  const cited = new Set(
    [...changed.keys()].flatMap((i) => file.events[i]?.sources.map((s) => s.article) ?? []),
  );
  const events = contextItems(file.events, changed, (e) => ids.has(e.id));
  const articles = cited.size ? file.articles.filter((a) => cited.has(a.id)) : [];
  const context: RuleContext = {
    events: events.items,
    eventIndex: events.index,
    articles,
    articleIndex: articles.map(() => -1),
    knownEventIds: wanted.size
      ? new Set(file.events.filter((e) => wanted.has(e.id)).map((e) => e.id))
      : new Set(),
    knownArticleIds: new Set(articles.map((a) => a.id)),
    categories: file.categories,
  };
  const found = sortFindings(runRules(context), (f) => {
    const item = f.path[0] === 'events' ? changed.get(f.path[1] as number) : undefined;
    return item === undefined ? undefined : [item, f.path.slice(2)];
  });
  return { errors: [...errors, ...found.errors], warnings: found.warnings };
}

/**
 * Checks changed articles: their own fields, and every quote from them, because editing an
 * article's text can make an event's excerpt no longer verbatim. A broken quote is reported on
 * the article's `$.text`, naming the event.
 */
export function checkArticles(file: TimelineFile, candidates: readonly Candidate[]): Checked {
  const errors = candidates.flatMap((c) => schemaProblems(articleSchema, file.articles[c.index], c.item));
  const failed = new Set(errors.map((p) => p.item));
  const changed = positions(candidates, (c) => !failed.has(c.item));
  const byId = new Map([...changed].map(([i, item]) => [file.articles[i]?.id, item]));
  const articles = contextItems<Article>(file.articles, changed, (a) => byId.has(a.id));
  const citing: TimelineEvent[] = file.events.filter((e) => e.sources.some((s) => byId.has(s.article)));
  const context: RuleContext = {
    events: citing,
    eventIndex: citing.map((_, i) => i),
    articles: articles.items,
    articleIndex: articles.index,
    knownEventIds: new Set(citing.flatMap((e) => e.related)),
    knownArticleIds: new Set(file.articles.map((a) => a.id)),
    categories: file.categories,
  };
  const found = sortFindings(runRules(context), (f) => {
    if (f.path[0] === 'articles') {
      const item = changed.get(f.path[1] as number);
      return item === undefined ? undefined : [item, f.path.slice(2)];
    }
    const event = citing[f.path[1] as number];
    const source = event?.sources[f.path[3] as number];
    const item = source && byId.get(source.article);
    if (item === undefined || f.rule !== 'excerpt-not-in-article') return undefined;
    return [item, ['text'], `event "${event?.id}": ${f.message}`];
  });
  return { errors: [...errors, ...found.errors], warnings: found.warnings };
}
