import type { TimelineEvent, TimelineFile } from '../file-format/model';
import { categoryInfo } from '../file-format/categories';
import { dateParts } from './date-parts';
import { lossNotes, type ExportResult } from './export-result';

/**
 * TimelineJS3 JSON, so a timeline made here can be published with TimelineJS. Text is escaped
 * into HTML paragraphs and links become <a> elements; categories become groups; eras go to
 * `eras`. An hour-precision event writes no minute, so the importer reads the hour back.
 */

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(event: TimelineEvent): string {
  const paragraphs = (event.summary ?? '')
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const links = (event.links ?? []).map(
    (l) => `<p><a href="${escapeHtml(l.url)}">${escapeHtml(l.label ?? l.url)}</a></p>`,
  );
  return [...paragraphs, ...links].join('');
}

function dates(event: TimelineEvent) {
  const parts = (iso: string) => {
    const p = dateParts(iso);
    if (event.precision === 'hour') delete p.minute;
    return p;
  };
  return {
    start_date: parts(event.start),
    ...(event.end ? { end_date: parts(event.end) } : {}),
  };
}

export function exportTimelineJs(file: TimelineFile): ExportResult {
  const slide = (event: TimelineEvent) => ({
    ...dates(event),
    text: { headline: escapeHtml(event.title), ...(html(event) ? { text: html(event) } : {}) },
    unique_id: event.id,
    ...(event.type !== 'era' ? { group: categoryInfo(event.type, file.categories).label } : {}),
    ...(event.displayDate ? { display_date: event.displayDate } : {}),
  });
  const json = {
    title: {
      text: {
        headline: escapeHtml(file.title),
        ...(file.description ? { text: `<p>${escapeHtml(file.description)}</p>` } : {}),
      },
    },
    events: file.events.filter((e) => e.type !== 'era').map(slide),
    eras: file.events
      .filter((e) => e.type === 'era')
      .map((e) => ({
        start_date: dates(e).start_date,
        end_date: dates(e).end_date ?? dates(e).start_date,
        text: { headline: escapeHtml(e.title) },
      })),
  };
  const notes = [
    'TimelineJS has no category colours, statuses or article texts',
    ...lossNotes(file, [
      [(e) => e.precision === 'decade', 'decades are written as years'],
      [(e) => e.approximate, '"approximate" is not kept'],
      [(e) => e.sources.length > 0, 'sources and excerpts are not kept'],
      [
        (e) => e.actors.length + e.countries.length + e.tags.length > 0 || e.place !== undefined,
        'actors, countries, places and tags are not kept',
      ],
      [
        (e) => e.type === 'era' && (e.summary !== undefined || (e.links?.length ?? 0) > 0),
        'eras keep only their headline',
      ],
    ]),
  ];
  return { text: `${JSON.stringify(json, null, 2)}\n`, notes };
}
