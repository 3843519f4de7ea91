import { parseIsoDate } from '../../core/time/iso';
import type { Article } from '../../core/file-format/model';

const FORMATS = {
  year: { year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  minute: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * An article's publication date at the precision it was given ("15 Mar 2021", "March
 * 2021"), in UTC like every file date, so a reader in another zone sees the same day.
 */
export function formatPublished(iso: string): string {
  const parsed = parseIsoDate(iso);
  if (!parsed) return iso;
  return new Intl.DateTimeFormat('en-GB', { ...FORMATS[parsed.granularity], timeZone: 'UTC' }).format(
    parsed.ms,
  );
}

/** "Publisher · date", the line that tells a reader where and when a quote appeared. */
export function articleByline(article: Article): string {
  return [article.publisher, `published ${formatPublished(article.published)}`].filter(Boolean).join(' · ');
}
