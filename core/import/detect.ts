import { readTable } from './csv-table';
import type { ImportFormat } from './report';
import { isTimelineJsSheet } from './timelinejs-csv';
import { visParts } from './vis';

/**
 * Which importer reads a file: by extension first (.mw is Markwhen, .csv/.tsv a table), then by
 * content, because a `.json` may be Chronoscope, TimelineJS or vis-timeline data and a `.txt`
 * may be anything. Returns undefined when nothing fits, so callers can say so.
 */

/** Parsed JSON or undefined; parse once, callers reuse it. */
export function tryJson(text: string): { value: unknown } | undefined {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^\s*[[{]/.test(clean)) return undefined;
  try {
    return { value: JSON.parse(clean) as unknown };
  } catch {
    return undefined;
  }
}

/** The JSON format of a parsed value. */
export function detectJson(value: unknown): ImportFormat | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const legacy = record.timeline as Record<string, unknown> | undefined;
    if (legacy && typeof legacy === 'object' && Array.isArray(legacy.date)) return 'timelinejs';
    const events = Array.isArray(record.events) ? (record.events as unknown[]) : undefined;
    const first = events?.find((e) => e && typeof e === 'object') as Record<string, unknown> | undefined;
    if (first && ('start_date' in first || 'text' in first || 'media' in first)) return 'timelinejs';
    if (events && (typeof record.title === 'string' || (first && 'precision' in first))) return 'chronoscope';
    if (events || Array.isArray(record.eras) || (record.title && typeof record.title === 'object'))
      return 'timelinejs';
  }
  return visParts(value) ? 'vis' : undefined;
}

const EXTENSION = /\.([a-z0-9]+)$/i;

export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const ext = EXTENSION.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'mw' || ext === 'markwhen') return 'markwhen';
  const json = ext === 'csv' || ext === 'tsv' ? undefined : tryJson(text);
  if (json) return detectJson(json.value);
  const head = text.slice(0, 64 * 1024);
  const lines = head.split(/\r?\n/, 2);
  const tableLike = ext === 'csv' || ext === 'tsv' || /[,;\t|]/.test(lines[0] ?? '');
  if (tableLike && lines.length > 1) {
    try {
      const { headers } = readTable(head.slice(0, head.lastIndexOf('\n') + 1) || head);
      return isTimelineJsSheet(headers) ? 'timelinejs-csv' : 'csv';
    } catch {
      return 'csv';
    }
  }
  if (/^\s*(---|title:|\d{4}|[a-z]+ \d{4}).*:/im.test(head)) return 'markwhen';
  return ext === 'json' ? undefined : tableLike ? 'csv' : undefined;
}
