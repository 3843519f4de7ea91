import '../styles/article-review.css';
import { articleTimeline, extractEvents, findPublicationDate, type Candidate } from '../../core/extract';
import { addEvents } from '../../core/edit/event-operations';
import { eventSchema, STATUSES, type Article, type TimelineEvent } from '../../core/file-format/model';
import { EVENT_TYPES, TAXONOMY, isEventType } from '../../core/file-format/taxonomy';
import { formatIsoDate, parseIsoDate } from '../../core/time/iso';
import { PRECISIONS, type Precision } from '../../core/time/units';
import type { ArticleFileResult } from '../../core/app/ipc-contract';
import { api } from '../api';
import { actions, doc } from '../app-state';
import { registerCommand } from '../commands';
import { openModal } from '../detail/modal-dialog';
import { el } from '../dom';
import { showNotice } from './notices';

/**
 * File › New from Article… and Add Events from Article…: paste or open an article, review the dated events the extractor finds
 * (core/extract) beside the article text with each excerpt highlighted, correct or reject them,
 * and add the accepted ones with their article to the open timeline as one undoable edit (or
 * open them as a new, unsaved timeline). The
 * article is text and stays text: it is shown through text nodes, never parsed as HTML.
 */

interface Review {
  readonly article: Article;
  readonly candidates: readonly Candidate[];
}

const field = <K extends 'input' | 'select'>(tag: K, label: string, props: Record<string, unknown> = {}) => {
  const control = el(tag, props as never) as HTMLElementTagNameMap[K];
  control.setAttribute('aria-label', label);
  return control;
};

function select(
  label: string,
  values: readonly string[],
  value: string,
  names?: (v: string) => string,
): HTMLSelectElement {
  const s = field('select', label);
  for (const v of values) s.append(el('option', { value: v, selected: v === value }, [names ? names(v) : v]));
  return s;
}

/** A unique id in the open file: the extractor's id, numbered on if the timeline already has it. */
function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A file name from a headline: words only, short. */
function suggestedName(headline: string): string {
  return (
    headline
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'article'
  );
}

function headlineOf(text: string): string {
  const first = text.trim().split('\n')[0]!.trim();
  return first.length <= 150 ? first : `${first.split(/\s+/).slice(0, 12).join(' ')}…`;
}

/** The article with every candidate's excerpt marked, built from text nodes only. */
function markedText(text: string, candidates: readonly Candidate[]): HTMLElement {
  const spans = candidates
    .flatMap((c, i) => c.highlights.map(([offset, length]) => ({ offset, length, i })))
    .sort((a, b) => a.offset - b.offset);
  const parts: Node[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.offset < at) continue;
    parts.push(document.createTextNode(text.slice(at, s.offset)));
    parts.push(
      el('mark', { className: 'excerpt-mark', dataset: { candidate: String(s.i) } }, [
        text.slice(s.offset, s.offset + s.length),
      ]),
    );
    at = s.offset + s.length;
  }
  parts.push(document.createTextNode(text.slice(at)));
  return el('div', { className: 'article-text review-text' }, parts);
}

interface Row {
  readonly li: HTMLLIElement;
  readonly read: () => TimelineEvent | string | undefined;
  /** The excerpts this candidate will cite; merging moves another row's into them. */
  readonly sources: TimelineEvent['sources'];
  /** Where the row's excerpt quotes go, one per source. */
  readonly quotes: HTMLElement;
  /** "Merge into the one above": set by the list, which knows the neighbours. */
  readonly merge: HTMLButtonElement;
}

function candidateRow(candidate: Candidate, i: number): Row {
  const e = candidate.event;
  const accept = field('input', `Accept ${e.title}`, {
    type: 'checkbox',
    checked: true,
    className: 'review-accept',
  });
  const title = field('input', 'Title', { value: e.title, className: 'review-title' });
  const type = select('Type', EVENT_TYPES, e.type, (t) => (isEventType(t) ? TAXONOMY[t].label : t));
  const start = field('input', 'Start', { value: e.start, className: 'review-start', spellcheck: false });
  const end = field('input', 'End', {
    value: e.end ?? '',
    className: 'review-end',
    spellcheck: false,
    placeholder: 'none',
  });
  const precision = select('Precision', PRECISIONS, e.precision);
  const status = select('Status', STATUSES, e.status);
  const sources = e.sources.map((s) => ({ ...s }));
  const quotes = el(
    'div',
    {},
    sources.map((s) => el('blockquote', { className: 'review-excerpt' }, [s.excerpt])),
  );
  const merge = el('button', { type: 'button', className: 'btn review-merge' }, ['Merge into the one above']);
  const li = el('li', { className: 'review-candidate', dataset: { candidate: String(i) } }, [
    el('div', { className: 'review-row' }, [accept, title]),
    el('div', { className: 'review-row' }, [type, start, end, precision, status]),
    quotes,
    el('p', { className: 'review-note' }, [`“${e.sources[0]?.dateEvidence ?? ''}”: ${e.dateNote ?? ''}`]),
    el('div', { className: 'review-row' }, [merge]),
  ]);
  accept.addEventListener('change', () => li.classList.toggle('rejected', !accept.checked));
  const read = () => {
    if (!accept.checked) return undefined;
    const edited = {
      ...e,
      sources,
      title: title.value.trim() || e.title,
      type: type.value,
      start: start.value.trim(),
      precision: precision.value as Precision,
      status: status.value,
      end: end.value.trim() || undefined,
    };
    if (edited.end === undefined) delete edited.end;
    const parsed = eventSchema.safeParse(edited);
    return parsed.success
      ? parsed.data
      : `“${edited.title}”: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  };
  return { li, read, sources, quotes, merge };
}

/** Moves `from`'s excerpts into `into` (one event mentioned twice) and takes `from` off the list. */
function mergeRows(rows: Row[], from: Row): void {
  const at = rows.indexOf(from);
  const into = rows[at - 1];
  if (!into) return;
  for (const s of from.sources) {
    if (into.sources.some((t) => t.excerpt === s.excerpt)) continue;
    into.sources.push(s);
    into.quotes.append(el('blockquote', { className: 'review-excerpt' }, [s.excerpt]));
  }
  rows.splice(at, 1);
  from.li.remove();
  rows[0]?.merge.setAttribute('hidden', '');
  into.li.querySelector<HTMLInputElement>('.review-title')?.focus();
}

/** "add": into the open timeline, undoably; "new": a new, unsaved timeline of this article alone. */
type ReviewMode = 'add' | 'new';

function openReview(mode: ReviewMode, file?: ArticleFileResult): void {
  const textArea = el('textarea', {
    id: 'article-paste',
    rows: 10,
    placeholder: 'Paste the article text here',
  });
  const published = el('input', {
    id: 'article-published',
    placeholder: 'YYYY-MM-DD (found from the text if empty)',
    spellcheck: false,
  });
  const evidence = el('p', { className: 'review-published-evidence', attrs: { role: 'status' } });
  const find = el('button', { type: 'button', className: 'btn primary' }, ['Find events']);
  const openFile = el('button', { type: 'button', className: 'btn' }, ['Open article file…']);
  const cutNote = el('p', { className: 'review-cut' });
  /** The file opened last, while its text is what the box holds: its metadata and headline apply. */
  let opened: Extract<ArticleFileResult, { ok: true }> | undefined;
  const list = el('ol', { className: 'review-list', attrs: { 'aria-label': 'Candidate events' } });
  const textPane = el('div', { className: 'review-article' });
  const error = el('p', { className: 'review-error', attrs: { role: 'alert' } });
  const acceptAll = el('button', { type: 'button', className: 'btn' }, ['Accept all']);
  const add = el('button', { type: 'button', className: 'btn primary' }, ['Add accepted events']);
  const actionsBar = el('div', { className: 'review-actions' }, [error, acceptAll, add]);
  actionsBar.hidden = true;
  let rows: Row[] = [];
  let review: Review | undefined;

  const run = () => {
    const text = textArea.value.replace(/\r\n?/g, '\n').trim();
    error.textContent = '';
    if (!text) {
      error.textContent = 'Paste an article first.';
      return;
    }
    const today = formatIsoDate(Date.now(), 'day');
    let day = published.value.trim();
    let why = 'Publication date given by the user.';
    if (day && !(/^\d{4}-\d{2}-\d{2}$/.test(day) && parseIsoDate(day))) {
      error.textContent = `“${day}” is not a date such as 2021-03-15.`;
      return;
    }
    if (!day) {
      const fromFile = opened && opened.text === text ? opened : undefined;
      const found = findPublicationDate(text, { today, metadata: fromFile?.metadata ?? [] });
      day = found?.published ?? today;
      why = found?.evidence ?? `No publication date in the text; today (${today}) is used: change it above.`;
      published.value = day;
    }
    evidence.textContent = `Published ${day}. ${why}`;
    const articleId = freeId(`article-${day}`, new Set(doc.value?.file.articles.map((a) => a.id) ?? []));
    const { candidates } = extractEvents(text, { articleId, published: day });
    const file = opened && opened.text === text ? opened : undefined;
    const article: Article = {
      id: articleId,
      headline: (file?.headline ?? headlineOf(text)).slice(0, 500),
      published: day,
      publishedEvidence: why,
      text,
      ...(file?.url ? { url: file.url } : {}),
      ...(file?.cut.length ? { notes: `Cut from the page: ${file.cut.join('; ')}`.slice(0, 5000) } : {}),
    };
    review = { article, candidates };
    rows = candidates.map(candidateRow);
    rows[0]?.merge.setAttribute('hidden', '');
    for (const row of rows) row.merge.addEventListener('click', () => mergeRows(rows, row));
    list.replaceChildren(...rows.map((r) => r.li));
    textPane.replaceChildren(markedText(text, candidates));
    add.textContent = `Add accepted events`;
    actionsBar.hidden = candidates.length === 0;
    if (candidates.length === 0) error.textContent = 'No dated events found in this text.';
  };

  const commit = async (dialog: HTMLDialogElement) => {
    const current = mode === 'add' ? doc.value : undefined;
    if (!review || (mode === 'add' && !current)) return;
    const read = rows.map((r) => r.read());
    const problem = read.find((r): r is string => typeof r === 'string');
    if (problem) {
      error.textContent = problem;
      return;
    }
    const taken = new Set(current?.file.events.map((e) => e.id) ?? []);
    const events = read
      .filter((r): r is TimelineEvent => typeof r === 'object')
      .map((e) => ({ ...e, id: freeId(e.id, taken) }));
    if (events.length === 0) {
      error.textContent = 'No event is accepted.';
      return;
    }
    const article = review.article;
    if (mode === 'new') {
      const file = articleTimeline(article, events);
      dialog.close();
      await actions.openTimeline({
        name: `${suggestedName(article.headline)}.chronoscope.json`,
        path: '',
        file,
      });
    } else {
      const problems = actions.edit((f) =>
        addEvents(f, events, [article], `Add ${events.length} Events from Article`),
      );
      if (problems.length) {
        error.textContent = problems[0]!.message;
        return;
      }
      dialog.close();
    }
    showNotice(`Added ${events.length} event${events.length === 1 ? '' : 's'} from “${article.headline}”.`);
    actions.select(events[0]!.id);
  };

  const dialog = openModal({
    title: mode === 'new' ? 'New Timeline from Article' : 'Add Events from Article',
    className: 'article-review',
    body: [
      el('div', { className: 'review-input' }, [
        el('label', { htmlFor: 'article-paste' }, ['Article text']),
        textArea,
        el('div', { className: 'review-row' }, [openFile, cutNote]),
        el('label', { htmlFor: 'article-published' }, ['Publication date']),
        published,
        find,
        evidence,
      ]),
      el('div', { className: 'review-panes' }, [textPane, list]),
      actionsBar,
    ],
  });
  find.addEventListener('click', run);
  const load = (result: ArticleFileResult | null) => {
    if (!result) return;
    if (!result.ok) {
      error.textContent = result.error;
      return;
    }
    opened = result;
    textArea.value = result.text;
    published.value = '';
    cutNote.textContent = result.cut.length
      ? `Cut from the page as not part of the article (${result.cut.length}): ${result.cut.join(' · ')}`
      : `Read ${result.name}.`;
    run();
  };
  openFile.addEventListener('click', async () => load(await api.openArticleDialog()));
  if (file) load(file);
  // Every date is read against the publication date: changing it recomputes them.
  published.addEventListener('change', () => {
    if (review) run();
  });
  acceptAll.addEventListener('click', () => {
    for (const r of rows) {
      const box = r.li.querySelector<HTMLInputElement>('.review-accept')!;
      box.checked = true;
      r.li.classList.remove('rejected');
    }
    void commit(dialog);
  });
  add.addEventListener('click', () => void commit(dialog));
  textArea.focus();
}

/** File names the drop target hands to the review instead of opening them as timelines. */
export function isArticleFileName(name: string): boolean {
  return /\.(?:txt|md|markdown|html?)$/i.test(name);
}

/** A dropped article: main reads the bytes the page holds (HTML needs Readability), then the review opens. */
export async function reviewDroppedArticle(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  openReview('add', await api.openArticleBytes({ name: file.name, bytes }));
}

export function initArticleReview(): void {
  registerCommand('file.newFromArticle', () => openReview('new'));
  registerCommand('file.addFromArticle', () => openReview('add'));
}
