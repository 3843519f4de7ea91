import { excerptInContext } from '../../core/article/excerpt-context';
import type { Article, TimelineSource } from '../../core/file-format/model';
import { el } from '../dom';
import { articleByline } from './article-meta';
import { openArticleReader } from './article-reader';

/** The excerpt with the words that fixed its date underlined, so the date's evidence is visible in place. */
function markedExcerpt(excerpt: string, evidence: string | undefined): HTMLElement {
  const at = evidence ? excerpt.indexOf(evidence) : -1;
  if (!evidence || at < 0) return el('mark', {}, [excerpt]);
  return el('mark', {}, [
    excerpt.slice(0, at),
    el('span', { className: 'date-evidence', title: 'The words that fixed the date' }, [evidence]),
    excerpt.slice(at + evidence.length),
  ]);
}

/**
 * One source of an event: the quoted excerpt highlighted inside the sentences around it, with
 * the article's headline, publisher and date, and a button to read the whole article. A quote
 * shown alone can mislead; its neighbours let the reader judge it.
 */
export function renderSource(source: TimelineSource, article: Article | undefined): HTMLElement {
  if (!article) {
    return el('figure', { className: 'source' }, [
      el('blockquote', { className: 'source-context' }, [el('mark', {}, [source.excerpt])]),
      el('figcaption', {
        className: 'source-caption',
        textContent: `From article “${source.article}” (not in this file)`,
      }),
    ]);
  }
  const ctx = excerptInContext(article.text, source.excerpt);
  const quote = el('blockquote', { className: 'source-context' }, [
    ctx.before,
    markedExcerpt(ctx.match, source.dateEvidence),
    ctx.after,
  ]);
  const open = el('button', { type: 'button', className: 'source-open', textContent: 'Show full article' });
  open.setAttribute('aria-label', `Show full article: ${article.headline}`);
  open.addEventListener('click', () =>
    openArticleReader(article, { offset: ctx.offset, length: source.excerpt.length }),
  );
  const evidence = source.dateEvidence
    ? [el('p', { className: 'source-evidence' }, ['Dated by the words “', source.dateEvidence, '”'])]
    : [];
  return el('figure', { className: 'source' }, [
    quote,
    ...evidence,
    el('figcaption', { className: 'source-caption' }, [
      el('cite', { className: 'source-headline', textContent: article.headline }),
      el('span', { className: 'source-byline', textContent: articleByline(article) }),
    ]),
    open,
  ]);
}
