import { categoryInfo } from '../file-format/categories';
import type { TimelineEvent, TimelineFile } from '../file-format/model';
import { lossNotes, type ExportResult } from './export-result';

/**
 * Markwhen text: a header with the title, one `#` section per category (lanes in Markwhen),
 * events as `date: title #tags`, the summary and links as description lines. Markwhen reads
 * BCE dates only as whole years ("44 BC") and not as ranges, so those are written as their
 * start year and listed in the notes.
 */

function when(iso: string): string {
  const bce = /^-(\d{4,6})/.exec(iso);
  if (bce) return `${Number(bce[1]) + 1} BC`;
  if (/^0000/.test(iso)) return '1 BC';
  return iso.replace('T', ' ');
}

const tag = (t: string) => `#${t.replace(/[^\p{L}\p{N}_-]+/gu, '-')}`;
const isBce = (e: TimelineEvent) => e.start.startsWith('-') || e.start.startsWith('0000');

function eventText(e: TimelineEvent): string {
  const date = isBce(e) || !e.end ? when(e.start) : `${when(e.start)} / ${when(e.end)}`;
  const tags = e.tags.map(tag).join(' ');
  const lines = [`${date}: ${e.title.replace(/\n/g, ' ')}${tags ? ` ${tags}` : ''}`, `id: ${e.id}`];
  if (e.summary) lines.push(...e.summary.split('\n').map((l) => (l.trim() ? l : '')));
  for (const link of e.links ?? [])
    lines.push(`[${(link.label ?? link.url).replace(/[[\]]/g, '')}](${link.url})`);
  return lines.join('\n');
}

export function exportMarkwhen(file: TimelineFile): ExportResult {
  const sections = new Map<string, TimelineEvent[]>();
  for (const event of file.events) {
    const list = sections.get(event.type) ?? [];
    list.push(event);
    sections.set(event.type, list);
  }
  const header = ['---', `title: ${JSON.stringify(file.title)}`];
  if (file.description) header.push(`description: ${JSON.stringify(file.description)}`);
  header.push('timezone: UTC', '---');
  const body = [...sections].map(
    ([type, events]) =>
      `# ${type === 'era' ? 'Era' : categoryInfo(type, file.categories).label}\n\n${events.map(eventText).join('\n\n')}`,
  );
  const notes = [
    'Markwhen has no category colours, statuses, places, actors, countries or article texts',
    ...lossNotes(file, [
      [
        (e) => isBce(e) && (e.end !== undefined || e.precision !== 'year'),
        'BCE dates are written as their start year only',
      ],
      [(e) => e.precision === 'decade', 'decades are written as years'],
      [(e) => e.approximate, '"approximate" is not kept'],
      [(e) => e.sources.length > 0, 'excerpts are not kept'],
    ]),
  ];
  return { text: `${header.join('\n')}\n\n${body.join('\n\n')}\n`, notes };
}
