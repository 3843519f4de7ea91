import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PublishedMetadata } from '../core/extract';

/**
 * A saved news page → the article's text, headline and publication metadata, for the extractor
 * in core/ (which sees only plain data). linkedom builds a DOM without running scripts, loading
 * stylesheets, images or frames, and Readability (Firefox's reader view) picks the article body,
 * so menus, teasers and "related stories" are left out; what was cut is listed so the user can see it.
 */

export interface HtmlArticle {
  readonly text: string;
  readonly headline?: string;
  readonly url?: string;
  readonly metadata: PublishedMetadata[];
  /** Opening words of each block of page text that is not part of the article. */
  readonly cut: string[];
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td';
const MAX_CUT_LISTED = 30;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of a subtree as paragraphs, one block per line (Readability's textContent runs them together). */
function blockText(root: {
  querySelectorAll(s: string): ArrayLike<{ textContent: string | null; querySelector(s: string): unknown }>;
  textContent: string | null;
}): string {
  const blocks = Array.from(root.querySelectorAll(BLOCKS))
    .filter((el) => !el.querySelector(BLOCKS)) // innermost blocks only: no text twice
    .map((el) => clean(el.textContent))
    .filter(Boolean);
  return blocks.length > 0 ? blocks.join('\n') : clean(root.textContent);
}

function jsonLdDates(document: Document): PublishedMetadata[] {
  const found: PublishedMetadata[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string')
        found.push({ source: 'JSON-LD datePublished', value: record.datePublished });
      if (record['@graph']) visit(record['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Malformed JSON-LD is common on real pages; the other sources still count.
    }
  }
  return found;
}

function publishedMetadata(document: Document): PublishedMetadata[] {
  const metadata: PublishedMetadata[] = [];
  const meta = (selector: string, source: string) => {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value) metadata.push({ source, value });
  };
  meta('meta[property="article:published_time"]', 'article:published_time');
  metadata.push(...jsonLdDates(document));
  meta('meta[itemprop="datePublished"]', 'itemprop datePublished');
  meta('meta[name="pubdate"], meta[name="publish-date"], meta[name="date"]', 'meta date');
  const time = document.querySelector('time[datetime]');
  if (time) metadata.push({ source: '<time datetime>', value: time.getAttribute('datetime') ?? '' });
  return metadata.filter((m) => m.value !== '');
}

export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = publishedMetadata(document);
  // Script, style and template text is code, not words of the article.
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    undefined;
  const pageTitle =
    clean(document.querySelector('meta[property="og:title"]')?.getAttribute('content')) ||
    clean(document.querySelector('h1')?.textContent) ||
    clean(document.querySelector('title')?.textContent);
  const pageBlocks = Array.from(document.querySelectorAll(BLOCKS))
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => clean(el.textContent))
    .filter((t) => t.length > 0);
  // Readability mutates the document it is given: hand it its own copy.
  const parsed = new Readability(parseHTML(html).document as unknown as Document, {
    charThreshold: 100,
  }).parse();
  let text = '';
  if (parsed?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = blockText(body.body as never);
  }
  if (!text) text = blockText(document.body as never);
  const headline = pageTitle || clean(parsed?.title) || undefined;
  // The headline is the article's title, not its first sentence.
  if (headline && text.startsWith(`${headline}\n`)) text = text.slice(headline.length + 1);
  const cut = [...new Set(pageBlocks.filter((b) => !text.includes(b) && b !== headline))]
    .slice(0, MAX_CUT_LISTED)
    .map((b) => (b.length > 80 ? `${b.slice(0, 80)}…` : b));
  return {
    text,
    ...(headline ? { headline } : {}),
    ...(url && /^https?:/.test(url) ? { url } : {}),
    metadata,
    cut,
  };
}
