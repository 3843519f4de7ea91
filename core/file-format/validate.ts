import type { z } from 'zod';
import { locateJsonPaths, offsetsToLocations, type PathSegment } from './json-locate';
import { findJsonSyntaxError, offsetFromV8Message } from './json-syntax';
import {
  articleSchema,
  categorySchema,
  eventSchema,
  placeSchema,
  sourceSchema,
  timelineFileSchema,
  type Article,
  type Category,
  type TimelineEvent,
  type TimelineFile,
} from './model';
import { MAX_PROBLEMS, type Problem } from './problem';
import { contextFromFile, quoteShort, runRules, type RuleContext } from './rules';

export { formatProblem, MAX_PROBLEMS, type Problem } from './problem';

/**
 * Turns the text of a timeline file into a checked TimelineFile or a complete list of what is
 * wrong with it. Users edit these files by hand, so every problem says where (JSON path and
 * line/column) and why, and all problems are listed at once (up to {@link MAX_PROBLEMS}) instead
 * of making people fix them one reload at a time.
 */

export type ValidationResult =
  | { ok: true; file: TimelineFile; warnings: Problem[] }
  | { ok: false; problems: Problem[]; truncated: boolean };

export interface Pending {
  readonly segments: readonly PathSegment[];
  readonly message: string;
  readonly rule: string;
}

/** `$.events[3].title`; keys that are not plain identifiers use `["key"]`. */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>(
    (path, s) =>
      typeof s === 'number'
        ? `${path}[${s}]`
        : /^[A-Za-z_$][\w$]*$/.test(s)
          ? `${path}.${s}`
          : `${path}[${JSON.stringify(s)}]`,
    '$',
  );
}

function valueAt(root: unknown, segments: readonly PathSegment[]): unknown {
  let value = root;
  for (const s of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[s];
  }
  return value;
}

/** Names a value the way a person would when told what was found instead. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return quoteShort(value, 40);
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const ARTICLE_NOUN = { object: 'an object', array: 'an array', string: 'a string', boolean: 'true or false' };

/** The keys the schema allows at an object path, to suggest a fix for a misspelt field. */
function allowedKeys(segments: readonly PathSegment[]): readonly string[] {
  const shape = (() => {
    const [first, , third, , fifth] = segments;
    if (segments.length === 0) return timelineFileSchema.shape;
    if (first === 'articles' && segments.length === 2) return articleSchema.shape;
    if (first === 'events' && segments.length === 2) return eventSchema.shape;
    if (first === 'categories' && segments.length === 2) return categorySchema.shape;
    if (first === 'events' && third === 'place' && segments.length === 3) return placeSchema.shape;
    if (first === 'events' && third === 'sources' && segments.length === 4 && fifth === undefined)
      return sourceSchema.shape;
    return {};
  })();
  return Object.keys(shape);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function unknownKeyMessage(key: string, objectPath: readonly PathSegment[], object: unknown): string {
  const present = object && typeof object === 'object' ? Object.keys(object) : [];
  const suggestion = allowedKeys(objectPath).find(
    (k) => !present.includes(k) && editDistance(k.toLowerCase(), key.toLowerCase()) <= 2,
  );
  const allowed = allowedKeys(objectPath).filter((k) => k !== '$schema');
  return (
    `unknown field "${key}"` +
    (suggestion
      ? `; did you mean "${suggestion}"?`
      : allowed.length
        ? `; allowed fields: ${allowed.join(', ')}`
        : '')
  );
}

/** Maps one zod issue to messages (one per key for unrecognized_keys); exported so edits explain problems exactly as loading does. */
export function issueToPending(issue: z.core.$ZodIssue, data: unknown): Pending[] {
  const segments = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const value = valueAt(data, segments);
  const parent = valueAt(data, segments.slice(0, -1));
  const last = segments[segments.length - 1];
  const one = (message: string): Pending[] => [{ segments, message, rule: 'schema' }];
  const isMissing =
    typeof last === 'string' && parent !== null && typeof parent === 'object' && !Object.hasOwn(parent, last);
  if (isMissing && issue.code !== 'unrecognized_keys') return one(`missing required field "${last}"`);
  switch (issue.code) {
    case 'invalid_type': {
      if (segments.length === 0) {
        return one(
          `the top level must be an object like {"title": …, "events": […]}; got ${describeValue(value)}`,
        );
      }
      const expected = ARTICLE_NOUN[issue.expected as keyof typeof ARTICLE_NOUN] ?? `a ${issue.expected}`;
      return one(`expected ${expected}; got ${describeValue(value)}`);
    }
    case 'invalid_value':
      return one(`expected one of ${issue.values.map(String).join(', ')}; got ${describeValue(value)}`);
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        segments: [...segments, key],
        message: unknownKeyMessage(key, segments, value),
        rule: 'schema',
      }));
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return one('must not be empty');
      if (issue.origin === 'string') return one(`must be at least ${issue.minimum} characters long`);
      return one(`must have at least ${issue.minimum} items`);
    case 'too_big':
      if (issue.origin === 'string') {
        return one(
          `is too long: ${typeof value === 'string' ? value.length : '?'} characters; the limit is ${issue.maximum}`,
        );
      }
      return one(
        `has too many items: ${Array.isArray(value) ? value.length : '?'}; the limit is ${issue.maximum}`,
      );
    case 'invalid_format': {
      const reason = issue.format === 'url' ? 'expected an http:// or https:// address' : issue.message;
      return one(`${reason}; got ${describeValue(value)}`);
    }
    default:
      return one(issue.message);
  }
}

/** Keeps the items of an array that pass their own schema, remembering their positions. */
function validItems<T>(
  raw: unknown,
  schema: z.ZodType<T>,
): { items: T[]; index: number[]; ids: Set<string> } {
  const items: T[] = [];
  const index: number[] = [];
  const ids = new Set<string>();
  if (Array.isArray(raw)) {
    raw.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') ids.add(id);
      const parsed = schema.safeParse(item);
      if (parsed.success) {
        items.push(parsed.data);
        index.push(i);
      }
    });
  }
  return { items, index, ids };
}

/**
 * When the schema failed, rules still run over the events and articles that are individually
 * valid, so a user fixing a file sees schema and rule problems together.
 */
function partialContext(data: unknown): RuleContext | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const events = validItems<TimelineEvent>(record.events, eventSchema);
  const articles = validItems<Article>(record.articles, articleSchema);
  return {
    events: events.items,
    eventIndex: events.index,
    articles: articles.items,
    articleIndex: articles.index,
    knownEventIds: events.ids,
    knownArticleIds: articles.ids,
    categories: validItems<Category>(record.categories, categorySchema).items,
  };
}

function syntaxProblem(text: string, fileName: string, error: unknown): Problem {
  const found = findJsonSyntaxError(text);
  const v8Message = error instanceof Error ? error.message : String(error);
  const offset = found?.offset ?? offsetFromV8Message(v8Message, text);
  const message = `invalid JSON: ${found?.message ?? v8Message}`;
  if (offset === undefined) return { file: fileName, message, rule: 'syntax' };
  const [location] = offsetsToLocations(text, [offset]);
  return { file: fileName, line: location?.line, column: location?.column, message, rule: 'syntax' };
}

/**
 * Attaches paths and line/column to pending problems, with one scan of the text for all. A
 * path that is not in the text (a missing field) is placed at its parent object.
 */
function locate(text: string, fileName: string, pending: readonly Pending[]): Problem[] {
  const locations = locateJsonPaths(
    text,
    pending.flatMap((p) => [p.segments, p.segments.slice(0, -1)]),
  );
  return pending
    .map((p, i) => {
      const location = locations[2 * i] ?? locations[2 * i + 1];
      const problem: Problem = {
        file: fileName,
        path: formatJsonPath(p.segments),
        message: p.message,
        rule: p.rule,
      };
      return location ? { ...problem, line: location.line, column: location.column } : problem;
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Parses and checks a timeline file's text. `fileName` is only used to label problems.
 * Errors fail the file; warnings (e.g. a decade starting in 1914) are returned with it.
 */
export function validateTimelineText(text: string, fileName: string): ValidationResult {
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [
        { file: fileName, message: 'the file is empty; a timeline file is a JSON object', rule: 'empty' },
      ],
      truncated: false,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, fileName, error)], truncated: false };
  }

  const parsed = timelineFileSchema.safeParse(data);
  const errors: Pending[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => issueToPending(issue, data));
  const context = parsed.success ? contextFromFile(parsed.data) : partialContext(data);
  const warnings: Pending[] = [];
  for (const finding of context ? runRules(context) : []) {
    (finding.severity === 'error' ? errors : warnings).push({
      segments: finding.path,
      message: finding.message,
      rule: finding.rule,
    });
  }

  if (errors.length > 0 || !parsed.success) {
    return {
      ok: false,
      problems: locate(text, fileName, errors.slice(0, MAX_PROBLEMS)),
      truncated: errors.length > MAX_PROBLEMS,
    };
  }
  return { ok: true, file: parsed.data, warnings: locate(text, fileName, warnings.slice(0, MAX_PROBLEMS)) };
}
