import type { TimelineFile } from '../file-format/model';
import type { Candidate } from './extract';

export interface ArticleTimelineInput {
  readonly articleId: string;
  readonly headline: string;
  readonly text: string;
  readonly published: string;
  readonly publishedEvidence: string;
  readonly url?: string;
  readonly notes?: string;
  readonly candidates: readonly Candidate[];
}

/** A timeline file holding one article and its candidate events: what the CLI prints and "New from Article" opens. */
export function articleTimeline(input: ArticleTimelineInput): TimelineFile {
  return {
    title: input.headline.slice(0, 300),
    articles: [
      {
        id: input.articleId,
        headline: input.headline.slice(0, 500),
        ...(input.url ? { url: input.url } : {}),
        published: input.published,
        publishedEvidence: input.publishedEvidence.slice(0, 5000),
        text: input.text,
        ...(input.notes ? { notes: input.notes.slice(0, 5000) } : {}),
      },
    ],
    events: input.candidates.map((c) => c.event),
  };
}
