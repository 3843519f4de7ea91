import type { ExportFormat } from '../app/ipc-contract';
import { formatYear, pad } from '../time/format';

/**
 * Default names for exported images, e.g. `us-diplomacy-in-asia-2021-2024_2021-01_2024-08.png`:
 * the title says what it is and the range tells two exports of one file apart. Names use only
 * ASCII letters, digits and dashes, so they are valid on Windows, macOS and Linux alike (no
 * reserved characters or device names, no trailing dot) and short enough for any folder.
 */

const MAX_NAME_CHARS = 120;

/** Lower-case ASCII words joined by dashes; accents are folded ("Zoë" → "zoe"). */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "2021-01" (UTC), or "1200BC-03" style for years before 1 AD, so names stay sortable within an era. */
function yearMonth(ms: number): string {
  const d = new Date(ms);
  return `${formatYear(d.getUTCFullYear(), { gap: '', digits: 4 })}-${pad(d.getUTCMonth() + 1)}`;
}

/**
 * The suggested file name of an export. `toMs` is exclusive (the end of the range), so a range
 * ending on 1 September names August.
 */
export function exportFileName(title: string, fromMs: number, toMs: number, format: ExportFormat): string {
  const range = `_${yearMonth(fromMs)}_${yearMonth(Math.max(fromMs, toMs - 1))}`;
  const ext = `.${format}`;
  const room = MAX_NAME_CHARS - range.length - ext.length;
  const slug = (slugify(title) || 'timeline').slice(0, room).replace(/-+$/, '');
  return `${slug}${range}${ext}`;
}
