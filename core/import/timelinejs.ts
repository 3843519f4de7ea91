import { partsToInstant, spanValue, type DateParts, type DateResult } from '../time/date-value';
import { TimelineBuilder, type EventDraft } from './builder';
import { htmlToText } from './html-text';
import { failedImport, type ImportResult } from './report';
import type { TimelineLink } from '../file-format/model';

/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): a `title` slide,
 * `events` and `eras`, dates as part objects whose values may be numbers or strings ("" means
 * not given), HTML text and `media`. Files written by hand or by other tools are often loose,
 * so every field is read defensively and a bad slide costs only that slide.
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** start_date / end_date objects → a span at the finer of their precisions. */
export function timelineJsDates(start: unknown, end: unknown): DateResult {
  if (!isObject(start)) return { ok: false, reason: 'start_date is missing or not an object' };
  const a = partsToInstant(start as DateParts);
  if (a === undefined) return { ok: false, reason: 'start_date has no year' };
  if (typeof a === 'string') return { ok: false, reason: `start_date: ${a}` };
  const b = isObject(end) ? partsToInstant(end as DateParts) : undefined;
  if (typeof b === 'string') return { ok: false, reason: `end_date: ${b}` };
  return spanValue(a.ms, a.precision, b?.ms, b?.precision);
}

function mediaLink(media: unknown): TimelineLink | undefined {
  if (!isObject(media)) return undefined;
  const url = str(media.url)?.trim();
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  const caption = htmlToText(str(media.caption) ?? '').text;
  const credit = htmlToText(str(media.credit) ?? '').text;
  const label = [caption, credit && `(${credit})`].filter(Boolean).join(' ');
  return label ? { url, label } : { url };
}

/** One slide (event or era) to a draft; `where` names it in problems. */
function slideDraft(b: TimelineBuilder, slide: Json, era: boolean, path: string): EventDraft | undefined {
  const date = timelineJsDates(slide.start_date, slide.end_date);
  if (!date.ok) {
    b.problems.add(`slide left out: ${date.reason}`, { path }, 'import-skipped');
    return undefined;
  }
  const text = isObject(slide.text) ? slide.text : {};
  const headline = htmlToText(str(text.headline) ?? '');
  const body = htmlToText(str(text.text) ?? '');
  const media = mediaLink(slide.media);
  const group = str(slide.group)?.trim();
  const display =
    str(slide.display_date) ?? (isObject(slide.start_date) ? str(slide.start_date.display_date) : undefined);
  return {
    title: headline.text,
    date: date.value,
    era,
    category: group ? b.category(group) : undefined,
    id: str(slide.unique_id),
    summary: body.text,
    links: [...headline.links, ...body.links, ...(media ? [media] : [])],
    displayDate: display,
  };
}

/** "2011,12,10" or "2011/12/10" (TimelineJS 2 dates) as parts; other text stays a year-only guess. */
function legacyParts(date: unknown): Json | undefined {
  const text = str(date)?.trim();
  if (!text) return undefined;
  const [year, month, day] = text.split(/[,/]/).map((p) => p.trim());
  return { year, month, day };
}

/**
 * TimelineJS 2 files (`{ timeline: { headline, text, date: [...], era: [...] } }`), still common
 * on the web, in the version 3 shape, so one reader handles both.
 */
export function fromTimelineJs2(value: Json): Json {
  const t = isObject(value.timeline) ? value.timeline : {};
  const slide = (d: unknown): unknown => {
    if (!isObject(d)) return d;
    const asset = isObject(d.asset) ? d.asset : {};
    return {
      start_date: legacyParts(d.startDate),
      end_date: legacyParts(d.endDate),
      text: { headline: d.headline, text: d.text },
      media: { url: asset.media, caption: asset.caption, credit: asset.credit },
      group: d.tag,
    };
  };
  return {
    title: { text: { headline: t.headline, text: t.text } },
    events: Array.isArray(t.date) ? t.date.map(slide) : [],
    eras: Array.isArray(t.era) ? t.era.map(slide) : [],
  };
}

export function importTimelineJs(input: unknown, file: string): ImportResult {
  const value = isObject(input) && isObject(input.timeline) ? fromTimelineJs2(input) : input;
  if (!isObject(value) || !(Array.isArray(value.events) || Array.isArray(value.eras)))
    return failedImport(
      file,
      'timelinejs',
      'not a TimelineJS file: expected an object with an "events" array',
    );
  const b = new TimelineBuilder(file, 'timelinejs');
  b.map('text.headline', 'title');
  b.map('text.text (HTML)', 'summary (plain text) and links');
  b.map('start_date/end_date', 'start/end/precision');
  b.map('group', 'category (lane)');
  b.map('media', 'link with caption');
  b.map('eras', 'era events');
  if (value.scale === 'cosmological')
    b.problems.add(
      'scale "cosmological": years beyond ±271,821 (the JavaScript date limit) cannot be drawn and are left out',
      { path: '$.scale' },
      'import-limit',
    );
  const slides = (key: 'events' | 'eras') => (Array.isArray(value[key]) ? (value[key] as unknown[]) : []);
  for (const [key, era] of [
    ['events', false],
    ['eras', true],
  ] as const) {
    slides(key).forEach((slide, i) => {
      const path = `$.${key}[${i}]`;
      if (!isObject(slide))
        return b.problems.add('slide left out: not an object', { path }, 'import-skipped');
      const draft = slideDraft(b, slide, era, path);
      if (draft) b.add(draft, { path });
    });
  }
  const title = isObject(value.title) && isObject(value.title.text) ? value.title.text : {};
  return b.finish(htmlToText(str(title.headline) ?? '').text, htmlToText(str(title.text) ?? '').text);
}
