import type { Article, TimelineEvent, TimelineFile } from '../file-format/model';

/**
 * A timeline file holding one article and the events taken from it: what the extract CLI prints
 * and what File › New from Article… opens. The title is the article's headline.
 */
export function articleTimeline(article: Article, events: readonly TimelineEvent[]): TimelineFile {
  return { title: article.headline.slice(0, 300), articles: [article], events: [...events] };
}
