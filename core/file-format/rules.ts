import { daysInMonth } from '../time/calendar';
import { MONTH_NAMES } from '../time/format';
import { parseIsoDate, type ParsedDate } from '../time/iso';
import type { Precision } from '../time/units';
import type { PathSegment } from './json-locate';
import { isKnownType } from './categories';
import type { Article, Category, TimelineEvent } from './model';
import { EVENT_TYPES } from './taxonomy';

/**
 * Checks a timeline file needs beyond what the schema can say: cross-references, quotes that
 * must really be in the article, calendar-valid dates and dates that fit their precision.
 * Each rule is a small pure function over a {@link RuleContext}; all are linear in the file
 * size (Maps and Sets, one indexOf per quote) so 100k events stay fast.
 */

export interface Finding {
  /** Path into the file as parsed (indices are positions in the file, not in the context). */
  readonly path: readonly PathSegment[];
  readonly message: string;
  readonly rule: string;
  readonly severity: 'error' | 'warning';
}

/**
 * What rules look at. Rules still run when the schema rejected some events or articles, so a
 * user sees every problem at once; only the items that passed the schema are checked, and the
 * known-id sets include every item with a string id so a broken event does not also show up as
 * a dangling reference.
 */
export interface RuleContext {
  readonly events: readonly TimelineEvent[];
  /** Position in the file's `events` array of each entry of `events`. */
  readonly eventIndex: readonly number[];
  readonly articles: readonly Article[];
  /** Position in the file's `articles` array of each entry of `articles`. */
  readonly articleIndex: readonly number[];
  readonly knownEventIds: ReadonlySet<string>;
  readonly knownArticleIds: ReadonlySet<string>;
  /** Categories the file declares; absent means none. */
  readonly categories?: readonly Category[] | undefined;
}

export type Rule = (context: RuleContext) => Finding[];

/** Builds a context for a file that passed the schema as a whole. */
export function contextFromFile(file: {
  events: readonly TimelineEvent[];
  articles: readonly Article[];
  categories?: readonly Category[] | undefined;
}): RuleContext {
  return {
    categories: file.categories,
    events: file.events,
    eventIndex: file.events.map((_, i) => i),
    articles: file.articles,
    articleIndex: file.articles.map((_, i) => i),
    knownEventIds: new Set(file.events.map((e) => e.id)),
    knownArticleIds: new Set(file.articles.map((a) => a.id)),
  };
}

const error = (path: readonly PathSegment[], rule: string, message: string): Finding => ({
  path,
  rule,
  message,
  severity: 'error',
});

/** Shortens user text quoted back in a message so one long excerpt cannot flood a dialog. */
export function quoteShort(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

function duplicateIds(
  items: readonly { id: string }[],
  index: readonly number[],
  key: string,
  noun: string,
): Finding[] {
  const firstSeen = new Map<string, number>();
  const findings: Finding[] = [];
  items.forEach((item, i) => {
    const at = index[i] ?? i;
    const first = firstSeen.get(item.id);
    if (first === undefined) firstSeen.set(item.id, at);
    else
      findings.push(
        error(
          [key, at, 'id'],
          'unique-id',
          `duplicate ${noun} id "${item.id}" (already used by $.${key}[${first}])`,
        ),
      );
  });
  return findings;
}

/** Event ids must be unique: `related` links and the UI's selection address events by id. */
export const uniqueEventIds: Rule = (c) => duplicateIds(c.events, c.eventIndex, 'events', 'event');

/** Article ids must be unique: sources address articles by id. */
export const uniqueArticleIds: Rule = (c) => duplicateIds(c.articles, c.articleIndex, 'articles', 'article');

/** A `related` link to an id that does not exist would be a dead link in the detail pane. */
export const relatedEventsExist: Rule = (c) =>
  c.events.flatMap((event, i) =>
    event.related.flatMap((id, k) =>
      c.knownEventIds.has(id)
        ? []
        : [
            error(
              ['events', c.eventIndex[i] ?? i, 'related', k],
              'related-missing',
              `related event "${id}" does not exist`,
            ),
          ],
    ),
  );

/** A source must point at an article in the file, or the excerpt has no provenance. */
export const sourceArticlesExist: Rule = (c) =>
  c.events.flatMap((event, i) =>
    event.sources.flatMap((source, k) =>
      c.knownArticleIds.has(source.article)
        ? []
        : [
            error(
              ['events', c.eventIndex[i] ?? i, 'sources', k, 'article'],
              'source-article-missing',
              `article "${source.article}" does not exist in "articles"`,
            ),
          ],
    ),
  );

/**
 * Excerpts are quotes: they must occur verbatim in the article text, so a reader can trust
 * that the words shown were really published. Also checks that `dateEvidence` is inside its
 * excerpt, because it explains which of those words fixed the date.
 */
export const excerptsAreQuotes: Rule = (c) => {
  const texts = new Map<string, string>();
  for (const article of c.articles) if (!texts.has(article.id)) texts.set(article.id, article.text);
  const findings: Finding[] = [];
  c.events.forEach((event, i) => {
    event.sources.forEach((source, k) => {
      const at = ['events', c.eventIndex[i] ?? i, 'sources', k];
      const text = texts.get(source.article);
      if (text !== undefined && !text.includes(source.excerpt)) {
        findings.push(
          error(
            [...at, 'excerpt'],
            'excerpt-not-in-article',
            `excerpt ${quoteShort(source.excerpt)} does not occur verbatim in the text of article "${source.article}"`,
          ),
        );
      }
      if (source.dateEvidence !== undefined && !source.excerpt.includes(source.dateEvidence)) {
        findings.push(
          error(
            [...at, 'dateEvidence'],
            'date-evidence-not-in-excerpt',
            `dateEvidence ${quoteShort(source.dateEvidence)} does not occur in the excerpt`,
          ),
        );
      }
    });
  });
  return findings;
};

const MONTHS = MONTH_NAMES;

/** Says why a date string that has the right shape is still not a real date. */
export function explainImpossibleDate(value: string): string {
  const [, year, month, day, hour, minute, second] =
    /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?)?)?/.exec(value) ?? [];
  const m = Number(month);
  if (month !== undefined && (m < 1 || m > 12))
    return `"${value}" is not a real date: there is no month ${month}`;
  if (day !== undefined) {
    const days = daysInMonth(Number(year), m);
    const d = Number(day);
    if (d < 1 || d > days) return `"${value}" is not a real date: ${MONTHS[m - 1]} ${year} has ${days} days`;
  }
  if (hour !== undefined && Number(hour) > 23)
    return `"${value}" is not a real time: there is no hour ${hour}`;
  if (minute !== undefined && Number(minute) > 59)
    return `"${value}" is not a real time: there is no minute ${minute}`;
  if (second !== undefined && Number(second) > 59)
    return `"${value}" is not a real time: there is no second ${second}`;
  return `"${value}" is not a real date`;
}

/** Parses a date, recording an 'invalid-date' finding at `path()` (built only on failure). */
function checkDate(
  value: string | undefined,
  path: () => readonly PathSegment[],
  findings: Finding[],
): ParsedDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parseIsoDate(value);
  if (!parsed) findings.push(error(path(), 'invalid-date', explainImpossibleDate(value)));
  return parsed;
}

const PRECISION_NEEDS: Record<Precision, { granularity: ParsedDate['granularity']; example: string }> = {
  minute: { granularity: 'minute', example: 'a date and time such as 2021-03-12T09:30' },
  hour: { granularity: 'minute', example: 'a date and time such as 2021-03-12T09:00' },
  day: { granularity: 'day', example: 'a full date such as 2021-03-12 (YYYY-MM-DD)' },
  month: { granularity: 'month', example: 'a year and month such as 2021-03 (YYYY-MM)' },
  year: { granularity: 'year', example: 'a year such as 2021 (YYYY)' },
  decade: { granularity: 'year', example: 'the first year of the decade such as 1910 (YYYY)' },
};

/**
 * Dates must be real calendar dates, `end` must not be before `start`, and the date strings
 * must spell out exactly the precision claimed: "2021-03" with precision "day" would silently
 * place the event on 1 March, and "2021-03-12" with precision "month" claims knowledge of a
 * day while drawing a month. Both are errors. A decade that does not start in a year ending
 * in 0 is only a warning: it still draws correctly (ten years from that year), it is just
 * unusual enough to be a likely typo.
 */
export const datesAreValid: Rule = (c) => {
  const findings: Finding[] = [];
  c.events.forEach((event, i) => {
    const at = (field: 'start' | 'end'): PathSegment[] => ['events', c.eventIndex[i] ?? i, field];
    const start = checkDate(event.start, () => at('start'), findings);
    const end = checkDate(event.end, () => at('end'), findings);
    const needs = PRECISION_NEEDS[event.precision];
    const mismatch = (field: 'start' | 'end') =>
      findings.push(
        error(
          at(field),
          'precision-mismatch',
          `precision "${event.precision}" needs ${needs.example}; got "${event[field]}"`,
        ),
      );
    if (start && start.granularity !== needs.granularity) mismatch('start');
    if (end && end.granularity !== needs.granularity) mismatch('end');
    if (start && end && end.ms < start.ms) {
      findings.push(
        error(at('end'), 'end-before-start', `end "${event.end}" is before start "${event.start}"`),
      );
    }
    if (event.precision === 'decade' && start?.granularity === 'year' && !event.start.endsWith('0')) {
      findings.push({
        path: at('start'),
        rule: 'decade-start',
        severity: 'warning',
        message: `a decade usually starts in a year ending in 0; "${event.start}" draws ${event.start}–${Number(event.start) + 9}`,
      });
    }
  });
  c.articles.forEach((article, i) =>
    checkDate(article.published, () => ['articles', c.articleIndex[i] ?? i, 'published'], findings),
  );
  return findings;
};

/**
 * A type must be built in or declared in `categories`, so a typo ("sumit") is caught instead of
 * silently becoming a new grey lane, and every category has a label and a colour.
 */
export const typesAreKnown: Rule = (c) => {
  const declared = c.categories ?? [];
  const findings: Finding[] = [];
  declared.forEach((category, i) => {
    if (declared.findIndex((d) => d.id === category.id) !== i)
      findings.push(error(['categories', i, 'id'], 'unique-id', `duplicate category id "${category.id}"`));
  });
  c.events.forEach((event, i) => {
    if (!isKnownType(event.type, declared))
      findings.push(
        error(
          ['events', c.eventIndex[i] ?? i, 'type'],
          'unknown-type',
          `unknown type "${event.type}": use one of ${EVENT_TYPES.join(', ')} or declare it in "categories"`,
        ),
      );
  });
  return findings;
};

/** Every rule, in the order their findings are listed. */
export const ALL_RULES: readonly Rule[] = [
  typesAreKnown,
  uniqueEventIds,
  uniqueArticleIds,
  relatedEventsExist,
  sourceArticlesExist,
  excerptsAreQuotes,
  datesAreValid,
];

/** Runs every rule; findings keep rule order, then file order within a rule. */
export function runRules(context: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  return rules.flatMap((rule) => rule(context));
}
