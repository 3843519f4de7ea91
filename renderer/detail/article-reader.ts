import type { Article } from '../../core/file-format/model';
import { api } from '../api';
import { el } from '../dom';
import { articleByline } from './article-meta';
import { openModal } from './modal-dialog';

/**
 * Shows an article's full text in a dialog, scrolled to the quoted excerpt, so a reader can
 * check that the excerpt says what the event claims in its full context. The text is one
 * pre-wrapped block of text nodes: paragraphs keep their breaks and nothing is parsed as HTML.
 */
export function openArticleReader(
  article: Article,
  excerpt: { offset: number; length: number } | undefined,
): void {
  const text = article.text;
  const parts: Node[] = [];
  let mark: HTMLElement | undefined;
  if (excerpt && excerpt.offset >= 0) {
    mark = el('mark', { className: 'excerpt-mark', tabIndex: -1 }, [
      text.slice(excerpt.offset, excerpt.offset + excerpt.length),
    ]);
    parts.push(
      document.createTextNode(text.slice(0, excerpt.offset)),
      mark,
      document.createTextNode(text.slice(excerpt.offset + excerpt.length)),
    );
  } else {
    parts.push(document.createTextNode(text));
  }
  const body: Node[] = [el('div', { className: 'article-text' }, parts)];
  const url = article.url;
  if (url) {
    const link = el('button', { type: 'button', textContent: 'Open the original in your browser' });
    link.addEventListener('click', () => void api.openExternal({ url }));
    body.push(el('p', { className: 'article-link' }, [link]));
  }
  const dialog = openModal({
    title: article.headline,
    subtitle: [articleByline(article)],
    className: 'article-reader',
    body,
  });
  dialog.dataset.excerptOffset = String(excerpt?.offset ?? -1);
  mark?.scrollIntoView({ block: 'center' });
}
