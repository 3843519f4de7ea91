import { parse } from '@markwhen/parser';
import { offsetsToLocations } from '../file-format/json-locate';
import { spanFromInstants } from '../time/date-value';
import { TimelineBuilder } from './builder';
import { failedImport, type ImportResult } from './report';

/**
 * Markwhen text (`.mw`) through @markwhen/parser, so every date syntax Markwhen knows
 * (ISO, "March 2021", "44 BC", EDTF, relative "after !id 3 days") resolves exactly as Markwhen
 * resolves it. Sections and groups become categories (lanes); an event outside any group takes
 * its first tag as category; tags stay tags; description lines become the summary, with
 * Markdown links as links.
 */

interface MwEvent {
  firstLine: { restTrimmed: string; datePart?: string };
  dateRangeIso: { fromDateTimeIso: string; toDateTimeIso: string };
  tags: string[];
  supplemental: { raw?: string; type: string }[];
  textRanges: { whole: { from: number } };
  id?: string;
}
interface MwGroup {
  title: string;
  tags: string[];
  children: (MwGroup | MwEvent)[];
}

const LINK = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g;

/**
 * The calendar date and time Markwhen resolved, read without its zone offset: Markwhen works in
 * the machine's zone unless the file names one, while timeline dates are calendar dates (UTC),
 * so "2021-03-15" must stay the 15th on every machine.
 */
function wallClock(iso: string): number {
  return Date.parse(iso.replace(/(Z|[+-]\d{2}:\d{2})$/, 'Z'));
}

export function importMarkwhen(text: string, file: string): ImportResult {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(text);
  } catch (error) {
    return failedImport(
      file,
      'markwhen',
      `Markwhen could not parse the file: ${String(error).slice(0, 200)}`,
    );
  }
  const b = new TimelineBuilder(file, 'markwhen');
  b.map('event text', 'title');
  b.map('description lines', 'summary and links');
  b.map('section/group', 'category (lane)');
  b.map('#tags', 'tags (first tag → category outside groups)');
  const events: { event: MwEvent; group?: string }[] = [];
  const walk = (node: MwGroup, group?: string) => {
    for (const child of node.children ?? []) {
      if ('children' in child) walk(child, child.title?.trim() || group);
      else events.push({ event: child, ...(group ? { group } : {}) });
    }
  };
  walk(parsed.events as unknown as MwGroup);
  const lines = offsetsToLocations(
    text,
    events.map((e) => e.event.textRanges?.whole?.from ?? 0),
  );
  for (const message of parsed.parseMessages ?? []) {
    const [at] = message.pos ? offsetsToLocations(text, [message.pos[0]]) : [];
    b.problems.add(`Markwhen: ${message.message}`, { line: at?.line }, 'import-markwhen');
  }
  events.forEach(({ event, group }, i) => {
    const where = { line: lines[i]?.line };
    const from = wallClock(event.dateRangeIso.fromDateTimeIso);
    const to = wallClock(event.dateRangeIso.toDateTimeIso);
    const date = Number.isFinite(from)
      ? spanFromInstants(from, Number.isFinite(to) ? to : undefined)
      : undefined;
    if (!date?.ok)
      return b.problems.add('event left out: its date could not be read', where, 'import-skipped');
    const description = event.supplemental
      .map((s) => (s.type === 'paragraphBreak' ? '' : (s.raw ?? '')))
      .join('\n')
      .trim();
    const links = [...description.matchAll(LINK)].map((m) =>
      m[1] ? { url: m[2]!, label: m[1] } : { url: m[2]! },
    );
    const category = group ?? event.tags[0];
    b.add(
      {
        title: event.firstLine.restTrimmed.replace(/^:\s*/, ''),
        date: date.value,
        category: category ? b.category(category) : undefined,
        id: event.id,
        summary: description.replace(LINK, (_, label: string, url: string) => label || url),
        links,
        tags: event.tags,
      },
      where,
    );
  });
  const title = (parsed.header as { title?: unknown } | undefined)?.title;
  const description = (parsed.header as { description?: unknown } | undefined)?.description;
  return b.finish(
    typeof title === 'string' ? title : undefined,
    typeof description === 'string' ? description : undefined,
  );
}
