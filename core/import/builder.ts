import { assignColors } from '../file-format/categories';
import {
  eventSchema,
  type Article,
  type Category,
  type TimelineEvent,
  type TimelineLink,
} from '../file-format/model';
import { contextFromFile, runRules } from '../file-format/rules';
import { EVENT_TYPES, TAXONOMY, type EventType } from '../file-format/taxonomy';
import { eventSpan } from '../time/iso';
import type { DateValue } from '../time/date-value';
import { ProblemList, type ImportFormat, type ImportResult } from './report';

/**
 * Collects the events an importer reads and turns them into a valid TimelineFile: ids made
 * valid and unique, categories declared with distinct colours, over-long text cut (and said
 * so), and every event checked by the file format's own schema and rules, so whatever an
 * importer produces opens and saves like a hand-written file. An event that still fails is
 * left out with a problem naming where it came from.
 */

export interface Where {
  readonly path?: string;
  readonly line?: number;
}

export interface EventDraft {
  readonly title?: string | undefined;
  readonly date: DateValue;
  readonly category?: string | undefined;
  readonly era?: boolean;
  readonly id?: string | undefined;
  readonly summary?: string | undefined;
  readonly links?: readonly TimelineLink[];
  readonly displayDate?: string | undefined;
  readonly tags?: readonly string[];
  readonly actors?: readonly string[];
  readonly countries?: readonly string[];
  readonly place?: { name: string; country?: string } | undefined;
  readonly status?: 'reported' | 'planned' | undefined;
  readonly precision?: TimelineEvent['precision'];
  readonly excerpt?: { url?: string | undefined; text: string } | undefined;
}

const LIMITS = { title: 300, summary: 5000, displayDate: 200, tag: 100, actor: 200, label: 1000 };

/** An id the format accepts, from any text: "Battle of Hastings!" → "battle-of-hastings". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '')
    .slice(0, 60);
}

export class TimelineBuilder {
  readonly problems: ProblemList;
  private readonly events: TimelineEvent[] = [];
  private readonly wheres: Where[] = [];
  private readonly ids = new Set<string>();
  private readonly categories = new Map<string, string>();
  private readonly categoryByLabel = new Map<string, string>();
  private readonly articles: Article[] = [];
  readonly mapped = new Set<string>();

  constructor(
    readonly file: string,
    readonly format: ImportFormat,
  ) {
    this.problems = new ProblemList(file);
  }

  /** Notes one field mapping for the report ("Headline → title"). */
  map(from: string, to: string): void {
    this.mapped.add(`${from} → ${to}`);
  }

  /** Cuts text to a limit, saying so: a 1 MB cell must not make the whole row fail. */
  private cut(value: string, max: number, what: string, where: Where): string {
    if (value.length <= max) return value;
    this.problems.add(`${what} cut to ${max} characters (it had ${value.length})`, where, 'import-cut');
    return `${value.slice(0, max - 1)}…`;
  }

  /**
   * The type for a group, tag or type name: a built-in type when the name is one ("Summit",
   * "era"), otherwise a category of the file, declared once.
   */
  category(name: string): string {
    const label = name.replace(/\s+/g, ' ').trim().slice(0, 200);
    const known = this.categoryByLabel.get(label.toLowerCase());
    if (known) return known;
    const key = slug(label) || 'category';
    const builtIn = EVENT_TYPES.find(
      (t: EventType) => t === key || TAXONOMY[t].label.toLowerCase() === label.toLowerCase(),
    );
    let id: string = builtIn ?? key;
    if (!builtIn) {
      for (let n = 2; this.categories.has(id) || (EVENT_TYPES as readonly string[]).includes(id); n++)
        id = `${key}-${n}`;
      this.categories.set(id, label || id);
    }
    this.categoryByLabel.set(label.toLowerCase(), id);
    return id;
  }

  private uniqueId(wanted: string | undefined, title: string): string {
    const base = slug(wanted ?? '') || slug(title) || 'event';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  private article(excerpt: { url?: string | undefined; text: string }, event: TimelineEvent, where: Where) {
    const text = this.cut(excerpt.text.trim(), 5000, 'excerpt', where);
    const id = `source-${this.articles.length + 1}`;
    const url = excerpt.url && /^https?:\/\//i.test(excerpt.url) ? excerpt.url : undefined;
    this.articles.push({
      id,
      headline: this.cut(url ?? event.title, 500, 'source', where),
      ...(url ? { url } : {}),
      published: event.start,
      publishedEvidence:
        'Not in the imported file: the event date stands in; the text is the quoted excerpt only.',
      text,
    });
    return { article: id, excerpt: text };
  }

  add(draft: EventDraft, where: Where): void {
    const rawTitle = draft.title?.replace(/\s+/g, ' ').trim();
    const title = rawTitle
      ? this.cut(rawTitle, LIMITS.title, 'title', where)
      : (draft.displayDate?.trim().slice(0, LIMITS.title) ?? '') || 'Untitled event';
    if (!rawTitle) this.problems.add(`no headline; titled "${title}"`, where, 'import-untitled');
    const type = draft.era ? 'era' : (draft.category ?? this.category('Event'));
    const texts = (list: readonly string[] | undefined, max: number, what: string) =>
      [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))]
        .slice(0, 100)
        .map((s) => this.cut(s, max, what, where));
    const event: TimelineEvent = {
      id: this.uniqueId(draft.id, title),
      title,
      type,
      start: draft.date.start,
      ...(draft.date.end !== undefined ? { end: draft.date.end } : {}),
      precision: draft.date.precision,
      approximate: draft.date.approximate,
      status: draft.status ?? 'reported',
      ...(draft.place?.name ? { place: draft.place } : {}),
      actors: texts(draft.actors, LIMITS.actor, 'actor'),
      countries: [...new Set(draft.countries ?? [])],
      ...(draft.summary?.trim()
        ? { summary: this.cut(draft.summary.trim(), LIMITS.summary, 'text', where) }
        : {}),
      sources: [],
      related: [],
      tags: texts(draft.tags, LIMITS.tag, 'tag'),
      ...(draft.links?.length
        ? {
            links: draft.links
              .slice(0, 100)
              .map((l) =>
                l.label
                  ? { url: l.url, label: this.cut(l.label, LIMITS.label, 'link text', where) }
                  : { url: l.url },
              ),
          }
        : {}),
      ...(draft.displayDate?.trim()
        ? { displayDate: this.cut(draft.displayDate.trim(), LIMITS.displayDate, 'display date', where) }
        : {}),
    };
    const checked = eventSchema.safeParse(event);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      this.problems.add(
        `event left out: ${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`,
        where,
        'import-skipped',
      );
      this.ids.delete(event.id);
      return;
    }
    if (!eventSpan(checked.data)) {
      this.problems.add(
        'event left out: its date is beyond the JavaScript date limit',
        where,
        'import-skipped',
      );
      return;
    }
    if (draft.excerpt?.text.trim())
      checked.data.sources.push(this.article(draft.excerpt, checked.data, where));
    this.events.push(checked.data);
    this.wheres.push(where);
  }

  /** The timeline, or undefined when no event could be read. */
  finish(title: string | undefined, description?: string): ImportResult {
    const ids = [...this.categories.keys()];
    const colors = assignColors(ids);
    const categories: Category[] = ids.map((id, i) => ({
      id,
      label: this.categories.get(id)!,
      color: colors[i]!,
    }));
    let events = this.events;
    const file = { events, articles: this.articles, categories };
    const broken = new Set<number>();
    for (const finding of runRules(contextFromFile(file))) {
      if (finding.severity !== 'error' || finding.path[0] !== 'events') continue;
      const i = finding.path[1] as number;
      if (!broken.has(i))
        this.problems.add(`event left out: ${finding.message}`, this.wheres[i] ?? {}, 'import-skipped');
      broken.add(i);
    }
    if (broken.size) events = events.filter((_, i) => !broken.has(i));
    const used = new Set(events.map((e) => e.type));
    const declared = categories.filter((c) => used.has(c.id));
    const cleanTitle =
      title?.replace(/\s+/g, ' ').trim().slice(0, 300) ||
      this.file.replace(/\.[^.]*$/, '') ||
      'Imported timeline';
    const timeline = events.length
      ? {
          title: cleanTitle,
          ...(description?.trim() ? { description: description.trim().slice(0, 5000) } : {}),
          ...(declared.length ? { categories: declared } : {}),
          articles: this.articles,
          events,
        }
      : undefined;
    if (!events.length) this.problems.add('no event could be imported', {}, 'import-empty');
    return {
      timeline,
      report: {
        file: this.file,
        format: this.format,
        events: events.length,
        eras: events.filter((e) => e.type === 'era').length,
        mapped: [...this.mapped],
        problems: this.problems.items,
        problemCount: this.problems.count,
      },
    };
  }
}
