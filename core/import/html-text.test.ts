import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-text';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks as newlines and links as links', () => {
    expect(htmlToText('<p>One<br>two</p><p>See <a href="https://x.org/a?b=1&amp;c=2">this</a>.</p>')).toEqual(
      {
        text: 'One\ntwo\n\nSee this.',
        links: [{ url: 'https://x.org/a?b=1&c=2', label: 'this' }],
      },
    );
  });

  it('drops scripts, styles, comments and non-web links; survives unclosed markup', () => {
    const result = htmlToText(
      '<script>alert(1)</script><style>p{}</style><!-- c --><a href="javascript:alert(1)">x</a> <p>open <b',
    );
    expect(result).toEqual({ text: 'x\nopen', links: [] });
  });

  it('decodes named and numeric references, leaving invalid ones as written', () => {
    expect(decodeEntities('&lt;&amp;&#233;&#x1F600;&#xD800;&bogus;')).toBe('<&é😀&#xD800;&bogus;');
  });

  it('leaves plain text alone', () => {
    expect(htmlToText('  a < b and c > d  ')).toEqual({ text: 'a < b and c > d', links: [] });
  });
});
