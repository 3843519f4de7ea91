import { sentenceStarts } from '../article/excerpt-context';

/** One sentence of an article, with where it sits so excerpts can be highlighted in place. */
export interface Sentence {
  /** The sentence exactly as in the article (trimmed of surrounding white space). */
  readonly text: string;
  /** Offset of `text` in the article. */
  readonly offset: number;
}

/**
 * The article cut into sentences with the same boundary rule the detail pane's reader uses
 * (abbreviations such as "U.S." and "Sept." do not end a sentence), so an excerpt the extractor
 * quotes is exactly the sentence a reader sees highlighted.
 */
export function splitSentences(text: string): Sentence[] {
  const starts = sentenceStarts(text);
  const sentences: Sentence[] = [];
  starts.forEach((start, i) => {
    const raw = text.slice(start, starts[i + 1] ?? text.length);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') sentences.push({ text: trimmed, offset: start + lead });
  });
  return sentences;
}
