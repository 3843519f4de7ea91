import { describe, expect, it } from 'vitest';
import { escapeXml, tag, text } from './svg-escape';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('keeps markup in a title as text', () => {
    expect(escapeXml('</text><script>alert(1)</script>')).not.toMatch(/[<>]/);
  });

  it('drops characters XML 1.0 forbids but keeps tabs, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXml('x\ty\nz')).toBe('x\ty\nz');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(escapeXml('emoji 😀 and 漢字')).toBe('emoji 😀 and 漢字');
  });

  it('does not double-escape when applied once to text that already looks escaped', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('tag and text', () => {
  it('escapes attribute values and leaves out undefined ones', () => {
    expect(tag('rect', { x: 1.23456, fill: 'a"b', stroke: undefined })).toBe(
      '<rect x="1.23" fill="a&quot;b"/>',
    );
  });

  it('puts data inside text as text, with an escaped tooltip', () => {
    expect(text({ x: 0 }, '<b>&', 'A & B')).toBe('<text x="0"><title>A &amp; B</title>&lt;b&gt;&amp;</text>');
  });
});
