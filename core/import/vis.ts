import { parseDateText, spanFromInstants, type DateResult } from '../time/date-value';
import { parseIsoDate } from '../time/iso';
import { TimelineBuilder } from './builder';
import { htmlToText } from './html-text';
import { failedImport, type ImportResult } from './report';

/**
 * vis-timeline data: `{ items | data, groups }` or a bare item array. `start`/`end` are ISO
 * strings, Date strings ("Fri Mar 12 2021 …", what JSON.stringify of a Date is not, but
 * String(date) is) or epoch milliseconds; `content` is HTML; `type: "background"` marks a period
 * (an era); `group` names a lane, with its name in `groups[].content`.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The items array and groups of a vis file, or undefined when it is not one. */
export function visParts(value: unknown): { items: unknown[]; groups: unknown[] } | undefined {
  if (Array.isArray(value)) return looksLikeItems(value) ? { items: value, groups: [] } : undefined;
  if (!isObject(value)) return undefined;
  const items = Array.isArray(value.items) ? value.items : Array.isArray(value.data) ? value.data : undefined;
  if (!items) return undefined;
  return { items, groups: Array.isArray(value.groups) ? value.groups : [] };
}

function looksLikeItems(list: unknown[]): boolean {
  return list.length > 0 && list.slice(0, 20).some((x) => isObject(x) && 'start' in x);
}

/** An instant: vis-timeline `end` is exclusive, so both ends are read as instants. */
function instant(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim();
  if (/^-?\d{9,16}$/.test(text)) return Number(text);
  const exact = parseIsoDate(text);
  if (exact) return exact.ms;
  // Timestamps with seconds or a zone are instants: Date.parse reads them exactly.
  if (/T\d{2}:\d{2}:\d{2}|GMT|UTC|Z$|[+-]\d{2}:?\d{2}$/.test(text) && Number.isFinite(Date.parse(text)))
    return Date.parse(text);
  const read = parseDateText(text);
  const iso = read.ok ? parseIsoDate(read.value.start) : undefined;
  if (iso) return iso.ms;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

function itemDates(start: unknown, end: unknown): DateResult {
  const a = instant(start);
  if (a === undefined) return { ok: false, reason: 'start is missing or not a date' };
  return spanFromInstants(a, instant(end));
}

export function importVis(value: unknown, file: string): ImportResult {
  const parts = visParts(value);
  if (!parts)
    return failedImport(file, 'vis', 'not vis-timeline data: expected an item array or { items, groups }');
  const b = new TimelineBuilder(file, 'vis');
  b.map('content (HTML)', 'title and links');
  b.map('title (tooltip)', 'summary');
  b.map('start/end', 'start/end/precision');
  b.map('group', 'category (lane), named by groups[].content');
  b.map('type background', 'era');
  const groupNames = new Map<string, string>();
  for (const group of parts.groups) {
    if (!isObject(group) || group.id === undefined) continue;
    const name = htmlToText(typeof group.content === 'string' ? group.content : String(group.id)).text;
    groupNames.set(String(group.id), name || String(group.id));
  }
  parts.items.forEach((item, i) => {
    const path = `$.items[${i}]`;
    if (!isObject(item)) return b.problems.add('item left out: not an object', { path }, 'import-skipped');
    const date = itemDates(item.start, item.end);
    if (!date.ok) return b.problems.add(`item left out: ${date.reason}`, { path }, 'import-skipped');
    const content = htmlToText(typeof item.content === 'string' ? item.content : '');
    const tooltip = htmlToText(typeof item.title === 'string' ? item.title : '');
    const group = item.group === undefined || item.group === null ? undefined : String(item.group);
    const groupName = group === undefined ? undefined : (groupNames.get(group) ?? group);
    b.add(
      {
        title: content.text || tooltip.text,
        date: date.value,
        era: item.type === 'background',
        category: groupName ? b.category(groupName) : undefined,
        id: typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : undefined,
        summary: content.text ? tooltip.text : '',
        links: [...content.links, ...tooltip.links],
      },
      { path },
    );
  });
  return b.finish(undefined);
}
