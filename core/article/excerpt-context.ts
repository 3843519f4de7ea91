/**
 * Where a quoted excerpt sits in its article, with a sentence of context either side. Readers
 * judge a quote by what surrounds it, so the detail pane shows the excerpt inside its article
 * rather than alone; this is the pure text part of that.
 */

export interface ExcerptContext {
  /** Text before the excerpt: the rest of its sentence plus one whole sentence ("…" when cut). */
  readonly before: string;
  /** The excerpt as it occurs in the article. */
  readonly match: string;
  /** Text after the excerpt: the rest of its sentence plus one whole sentence ("…" when cut). */
  readonly after: string;
  /** Offset of the excerpt in the article text; -1 when it does not occur there. */
  readonly offset: number;
}

/** Words whose trailing period does not end a sentence ("Mr. Biden", "Huawei Technologies Co."). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gen gov lt col maj capt sgt adm st jr sr co corp inc ltd no vs etc ' +
    'e.g i.e al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Sentence-ending punctuation, closing quotes or brackets, spaces, then a capital, digit or opening quote. */
const BOUNDARY = /[.!?…]+["'”’)\]]*[ \t]+(?=["'“‘([]?[\p{Lu}\p{N}])|\n+/gu;

/** How far context may reach either side; a text without punctuation must not flood the pane. */
const MAX_CONTEXT_CHARS = 600;

/** Whether the period ending at `dot` belongs to an abbreviation or initial ("U.S.", "John F."). */
function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  const bare = word.replace(/\.$/, '');
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return true; // U.S, e.g, U.K
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/**
 * Offsets where sentences start within [from, to) of `text` (from itself always included).
 * Paragraph breaks always end a sentence; a period after an abbreviation does not.
 */
export function sentenceStarts(text: string, from = 0, to = text.length): number[] {
  const starts = [from];
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('\n') || !(text[m.index] === '.' && isAbbreviation(text, m.index))) {
      if (end < to && end > starts[starts.length - 1]!) starts.push(end);
    }
  }
  return starts;
}

/** Cuts `text` to at most `max` characters at a word boundary, keeping the end nearest the excerpt. */
function clip(text: string, max: number, keepEnd: boolean): string {
  if (text.length <= max) return text;
  if (keepEnd) {
    const cut = text.slice(text.length - max);
    return '…' + cut.slice(Math.max(0, cut.search(/\s/) + 1));
  }
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return (space > 0 ? cut.slice(0, space) : cut) + '…';
}

/**
 * Finds `excerpt` in `articleText` and returns it with one sentence of context either side.
 * Validated files quote verbatim, so a missing excerpt is returned alone with offset -1
 * rather than guessed at.
 */
export function excerptInContext(articleText: string, excerpt: string): ExcerptContext {
  const offset = excerpt === '' ? -1 : articleText.indexOf(excerpt);
  if (offset < 0) return { before: '', match: excerpt, after: '', offset: -1 };
  const end = offset + excerpt.length;
  const lo = Math.max(0, offset - 4 * MAX_CONTEXT_CHARS);
  const hi = Math.min(articleText.length, end + 4 * MAX_CONTEXT_CHARS);
  const starts = sentenceStarts(articleText, lo, hi);
  // From the start of the sentence before the one holding the excerpt's start.
  let i = starts.length - 1;
  while (i > 0 && starts[i]! > offset) i--;
  const beforeFrom = starts[Math.max(0, i - 1)]!;
  // The first sentence starting at or after the excerpt's end, then the end of that sentence.
  let j = 0;
  while (j < starts.length && starts[j]! < end) j++;
  const afterTo = starts[j + 1] ?? hi;
  const before = articleText.slice(beforeFrom, offset).replace(/^\s+/, '');
  const after = articleText.slice(end, afterTo).replace(/\s+$/, '');
  return {
    before: clip(before, MAX_CONTEXT_CHARS, true),
    match: excerpt,
    after: clip(after, MAX_CONTEXT_CHARS, false),
    offset,
  };
}
