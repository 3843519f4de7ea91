import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from './article-html';

const page = readFileSync(
  join(import.meta.dirname, '..', 'bench', 'extract-gold', 'quake-page.html'),
  'utf8',
);

describe('articleFromHtml', () => {
  const article = articleFromHtml(page);

  it('keeps the article body as paragraphs, without the headline line', () => {
    expect(article.text.split('\n')).toHaveLength(3);
    expect(article.text).toMatch(/^A magnitude 6\.8 earthquake struck southern Turkey early on Tuesday/);
    expect(article.headline).toBe('Quake hits southern Turkey');
  });

  it('leaves page furniture out and lists what it cut', () => {
    expect(article.text).not.toContain('Related stories');
    expect(article.text).not.toContain('Floods in Spain');
    expect(article.cut).toEqual(
      expect.arrayContaining([
        'Home',
        'Related stories',
        'Floods in Spain: what we know about the storm so far today',
      ]),
    );
  });

  it('reads article:published_time and JSON-LD datePublished as plain data', () => {
    expect(article.metadata).toEqual([
      { source: 'article:published_time', value: '2025-10-14T08:10:00Z' },
      { source: 'JSON-LD datePublished', value: '2025-10-14T08:00:00Z' },
    ]);
  });

  it('reads <time datetime> and JSON-LD inside @graph, and survives malformed JSON-LD', () => {
    const html =
      '<html><head><script type="application/ld+json">{oops</script><script type="application/ld+json">{"@graph":[{"datePublished":"2021-03-15"}]}</script></head><body><time datetime="2021-03-14">Sunday</time><p>Blinken started his trip.</p></body></html>';
    expect(articleFromHtml(html).metadata).toEqual([
      { source: 'JSON-LD datePublished', value: '2021-03-15' },
      { source: '<time datetime>', value: '2021-03-14' },
    ]);
  });

  it('never runs the page’s scripts', () => {
    const html =
      '<html><head><title>T</title><script>globalThis.__ran = true; document.title = "hacked"</script></head><body><p>Text of the article here.</p></body></html>';
    const a = articleFromHtml(html);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
    expect(a.headline).toBe('T');
    expect(a.text).toBe('Text of the article here.');
  });
});
