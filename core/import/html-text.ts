import type { TimelineLink } from '../file-format/model';

/**
 * HTML from other tools (TimelineJS text, vis-timeline content) as plain text: paragraphs and
 * line breaks become newlines, links become links of the event, everything else is dropped.
 * The app never renders imported markup, so a <script> in a file is at most text; this is a
 * string transform without a DOM, so it runs in core, in the CLI and in tests alike.
 */

export interface PlainText {
  readonly text: string;
  readonly links: TimelineLink[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
};

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const HTTP = /^https?:\/\/[^\s]+$/i;

/** True when a string looks like markup worth converting (cheap test before the regexes). */
export function looksLikeHtml(text: string): boolean {
  return /<[a-z!/][^>]*>|&[#a-z0-9]+;/i.test(text);
}

export function htmlToText(html: string): PlainText {
  if (!looksLikeHtml(html)) return { text: html.trim(), links: [] };
  const links: TimelineLink[] = [];
  const withoutCode = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template|iframe|object|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  const linked = withoutCode.replace(
    /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi,
    (_, attrs: string, inner: string) => {
      const href = /\bhref\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const url = decodeEntities((href?.[2] ?? href?.[3] ?? href?.[4] ?? '').trim());
      const label = decodeEntities(inner.replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .trim();
      if (HTTP.test(url) && url.length <= 2000) links.push(label && label !== url ? { url, label } : { url });
      return inner;
    },
  );
  const text = decodeEntities(
    linked
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
      .replace(/<(p|div|li|h[1-6]|blockquote|tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/<[^>]*$/, ''),
  );
  const lines = text.split('\n').map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim());
  return {
    text: lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    links,
  };
}
