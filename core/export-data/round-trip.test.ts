import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TimelineFile } from '../file-format/model';
import { importFile } from '../import/import-file';
import type { ImportFormat } from '../import/report';
import { exportData } from './export-data';
import type { ExportFormat } from './export-result';

const sample = (name: string) =>
  importFile(readFileSync(new URL(`../import/samples/${name}`, import.meta.url), 'utf8'), name).timeline!;

/** What every format can express: title, dates, precision, era or lane. */
const essence = (file: TimelineFile) =>
  file.events.map((e) => `${e.title}|${e.start}|${e.end ?? ''}|${e.precision}|${e.type}`).sort();

const FORMAT_OF: Record<ExportFormat, ImportFormat> = {
  chronoscope: 'chronoscope',
  csv: 'csv',
  timelinejs: 'timelinejs',
  markwhen: 'markwhen',
};

describe.each(['chronoscope', 'csv', 'timelinejs', 'markwhen'] as const)(
  'round trip through %s',
  (format) => {
    it.each(['history.timelinejs.json', 'news.csv', 'space.timelinejs.csv', 'items.vis.json', 'plan.mw'])(
      'keeps events, eras, dates, precisions and lanes of %s',
      (name) => {
        const original = sample(name);
        const exported = exportData(original, format);
        const back = importFile(exported.text, `back.${format}`, { format: FORMAT_OF[format] });
        const bce = (e: TimelineFile['events'][number]) =>
          format === 'markwhen' && e.start.startsWith('-') && (e.end !== undefined || e.precision !== 'year');
        // Markwhen cannot write BCE days or BCE ranges; the export says so in its notes.
        const lossy = new Set(original.events.filter(bce).map((e) => e.title));
        const comparable = (f: TimelineFile) => ({
          ...f,
          events: f.events.filter((e) => !lossy.has(e.title)),
        });
        expect(essence(comparable(back.timeline!))).toEqual(essence(comparable(original)));
        if (original.events.some(bce)) expect(exported.notes.join('\n')).toContain('BCE');
      },
    );
  },
);

describe('export notes', () => {
  it('name what a format cannot carry', () => {
    const news = sample('news.csv');
    expect(exportData(news, 'markwhen').notes.join('\n')).toContain('excerpts are not kept');
    expect(exportData(news, 'timelinejs').notes.join('\n')).toContain('sources and excerpts are not kept');
    expect(exportData(news, 'chronoscope').notes).toEqual([]);
  });

  it('keep the text literal: markup in a title is escaped for TimelineJS', () => {
    const file = importFile('title,start\n"<script>alert(1)</script> & co",2020\n', 'x.csv').timeline!;
    const json = JSON.parse(exportData(file, 'timelinejs').text);
    expect(json.events[0].text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });
});
