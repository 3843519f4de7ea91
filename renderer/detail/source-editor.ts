import type { EditProblem } from '../../core/edit/check';
import { addEvents, updateArticle, updateEvent, type ArticleChanges } from '../../core/edit/event-operations';
import type { EditOutcome } from '../../core/edit/outcome';
import type { Article, TimelineEvent, TimelineSource } from '../../core/file-format/model';
import { actions, doc } from '../app-state';
import { el } from '../dom';

/*
 * The editor's "Sources" part: each source (which article, the verbatim excerpt, the words that
 * fixed the date) and the articles themselves (headline, publisher, url, publication date and
 * its evidence, text). Every change is checked with the loading rules (an excerpt must be a
 * quote of its article) and applied as one undoable edit only when valid; the reason shows
 * under the row otherwise.
 */

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const ARTICLE_FIELDS: ReadonlyArray<readonly [key: keyof Article, label: string, multiline: boolean]> = [
  ['headline', 'Headline', false],
  ['publisher', 'Publisher', false],
  ['url', 'Address (https://…)', false],
  ['published', 'Published (ISO date)', false],
  ['publishedEvidence', 'Why that publication date', true],
  ['text', 'Article text', true],
];

const control = (multiline: boolean, rows = 3): HTMLInputElement | HTMLTextAreaElement =>
  multiline ? el('textarea', { rows }) : el('input', { type: 'text', autocomplete: 'off' });

function row(label: string, input: Control, key: string, message: HTMLElement): HTMLElement {
  input.id = `edit-${key}`;
  input.dataset.key = key;
  input.setAttribute('aria-describedby', message.id);
  return el('div', { className: 'edit-row' }, [
    el('label', { htmlFor: input.id, className: 'edit-label', textContent: label }),
    input,
  ]);
}

/** Applies a valid outcome; otherwise shows its reasons in `message` and marks `inputs` invalid. */
function applyOrExplain(
  outcome: EditOutcome,
  message: HTMLElement,
  inputs: readonly Control[],
  apply: boolean,
): void {
  const problems: readonly EditProblem[] = outcome.ok ? [] : outcome.problems;
  message.textContent = problems.map((p) => p.message).join('; ');
  for (const input of inputs) input.setAttribute('aria-invalid', String(problems.length > 0));
  if (apply && outcome.ok) actions.applyEdit(outcome);
}

let serial = 0;
const uniqueArticleId = (articles: readonly Article[]) => {
  const taken = new Set(articles.map((a) => a.id));
  let id: string;
  do id = `article-${Date.now().toString(36)}-${serial++}`;
  while (taken.has(id));
  return id;
};

export interface SourcesEditor {
  readonly root: HTMLElement;
  update(event: TimelineEvent): void;
}

export function createSourcesEditor(initial: TimelineEvent): SourcesEditor {
  const root = el('fieldset', { className: 'edit-sources' });
  let event = initial;
  /** A source being typed that is not valid yet (a new one has no excerpt): kept on screen only. */
  let pending: { index: number; source: TimelineSource } | undefined;

  const sourcesWith = (index: number, source: TimelineSource | undefined) => {
    const list = [...event.sources];
    if (source === undefined) list.splice(index, 1);
    else list[index] = source;
    return list;
  };
  const changeSource = (index: number, source: TimelineSource | undefined) => {
    const file = doc.value?.file;
    return file ? updateEvent(file, event.id, { sources: sourcesWith(index, source) }) : undefined;
  };

  const sourceRow = (source: TimelineSource, index: number, articles: readonly Article[]) => {
    const key = `source-${index}`;
    const message = el('p', { id: `edit-${key}-error`, className: 'edit-error', role: 'alert' });
    const article = el(
      'select',
      {},
      articles.map((a) => el('option', { value: a.id, textContent: a.headline })),
    );
    article.value = source.article;
    const excerpt = control(true);
    excerpt.value = source.excerpt;
    const evidence = control(false);
    evidence.value = source.dateEvidence ?? '';
    const read = (): TimelineSource => ({
      article: article.value,
      excerpt: excerpt.value,
      ...(evidence.value.trim() ? { dateEvidence: evidence.value } : {}),
    });
    const check = (apply: boolean) => {
      const outcome = changeSource(index, read());
      if (!outcome) return;
      if (apply && !outcome.ok) pending = { index, source: read() };
      if (apply && outcome.ok) pending = undefined;
      applyOrExplain(outcome, message, [article, excerpt, evidence], apply);
    };
    for (const input of [article, excerpt, evidence]) {
      input.addEventListener('input', () => check(false));
      input.addEventListener('change', () => check(true));
    }
    const remove = el('button', { type: 'button', className: 'btn', textContent: 'Remove source' });
    remove.addEventListener('click', () => {
      if (pending?.index === index) {
        pending = undefined;
        return render();
      }
      const outcome = changeSource(index, undefined);
      if (outcome) applyOrExplain(outcome, message, [], true);
    });
    return el('div', { className: 'edit-source' }, [
      row(`Source ${index + 1}: article`, article, `${key}-article`, message),
      row('Excerpt (quoted verbatim)', excerpt, `${key}-excerpt`, message),
      row('Words that fixed the date', evidence, `${key}-evidence`, message),
      message,
      remove,
    ]);
  };

  const articleEditor = (a: Article) => {
    const key = `article-${a.id}`;
    const message = el('p', { id: `edit-${key}-error`, className: 'edit-error', role: 'alert' });
    const inputs = ARTICLE_FIELDS.map(([field, label, multiline]) => {
      const input = control(multiline, field === 'text' ? 8 : 3);
      input.value = String(a[field] ?? '');
      const check = (apply: boolean) => {
        const file = doc.value?.file;
        if (!file) return;
        const value = input.value.trim() === '' && field !== 'text' ? undefined : input.value;
        const changes = { [field]: value } as ArticleChanges;
        applyOrExplain(updateArticle(file, a.id, changes), message, [input], apply);
      };
      input.addEventListener('input', () => check(false));
      input.addEventListener('change', () => check(true));
      return row(label, input, `${key}-${field}`, message);
    });
    return el('details', { className: 'edit-article' }, [
      el('summary', { textContent: `Article: ${a.headline}` }),
      ...inputs,
      message,
    ]);
  };

  /** A new article needs its text (excerpts quote it) and a publication date. */
  const newArticle = () => {
    const file = doc.value?.file;
    if (!file) return;
    const today = new Date().toISOString().slice(0, 10);
    const outcome = addEvents(
      file,
      [],
      [
        {
          id: uniqueArticleId(file.articles),
          headline: 'New article',
          published: today,
          publishedEvidence: 'entered by hand',
          text: 'Paste the article text here.',
        },
      ],
      'Add Article',
    );
    if (outcome.ok) actions.applyEdit(outcome);
  };

  const render = () => {
    const focused =
      document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
    const articles = doc.value?.file.articles ?? [];
    const shown = [...event.sources];
    if (pending) shown[pending.index] = pending.source;
    const add = el('button', { type: 'button', className: 'btn', textContent: 'Add source' });
    add.disabled = articles.length === 0;
    add.title = articles.length ? '' : 'Add an article first: a source quotes one';
    add.addEventListener('click', () => {
      pending = { index: event.sources.length, source: { article: articles[0]!.id, excerpt: '' } };
      render();
      root.querySelector<HTMLElement>(`[data-key="source-${pending.index}-excerpt"]`)?.focus();
    });
    const addArticle = el('button', { type: 'button', className: 'btn', textContent: 'New article' });
    addArticle.addEventListener('click', newArticle);
    const cited = new Set(shown.map((s) => s.article));
    root.replaceChildren(
      el('legend', { textContent: 'Sources' }),
      ...shown.map((source, i) => sourceRow(source, i, articles)),
      el('div', { className: 'edit-actions' }, [add, addArticle]),
      // Few articles: all of them (a new one can be filled in); many: those this event cites.
      ...articles.filter((a) => articles.length <= 5 || cited.has(a.id)).map(articleEditor),
    );
    if (focused) root.querySelector<HTMLElement>(`[data-key="${focused}"]`)?.focus();
  };

  render();
  return {
    root,
    update(next) {
      event = next;
      if (pending && pending.index > event.sources.length) pending = undefined;
      render();
    },
  };
}
