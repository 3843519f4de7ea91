/**
 * Plain text from a Markdown article: what a reader sees, so excerpts quote words and not markup.
 * The first heading is returned as the headline. Only what news copy uses is handled (headings,
 * emphasis, links, images, lists, block quotes); anything else stays as written.
 */
export function markdownToText(markdown: string): { text: string; headline?: string } {
  let headline: string | undefined;
  const lines: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      if (headline === undefined) {
        headline = inline(heading[1]!);
        continue;
      }
      lines.push(inline(heading[1]!));
      continue;
    }
    if (/^\s*(?:[-*_]\s*){3,}$/.test(raw)) continue; // horizontal rule
    lines.push(inline(raw.replace(/^\s{0,3}>\s?/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')));
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return headline ? { text, headline } : { text };
}

function inline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\d])([*_])(\S(?:.*?\S)?)\1(?![\p{L}\d])/gu, '$2')
    .replace(/`([^`]+)`/g, '$1');
}
