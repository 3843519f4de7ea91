import { readFileSync } from 'node:fs';
import { PDFDocument, PDFRawStream, StandardFonts, decodePDFRawStream, PDFArray } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { buildEventIndex, timeExtent } from '../index/event-index';
import type { TimelineFile } from '../file-format/model';
import { buildTimelinePdf, toFontText } from './pdf';
import { layoutSheets, MIN_SCALE, MIN_TYPE_PT } from './pdf-layout';
import type { SvgTimelineInput } from './svg-input';

const bundled = JSON.parse(
  readFileSync(new URL('../../data/us-asia-diplomacy-2021-2024.chronoscope.json', import.meta.url), 'utf8'),
) as TimelineFile;
const index = buildEventIndex(bundled.events);
const extent = timeExtent(index)!;
const allEvents = (widthPx: number): SvgTimelineInput => ({
  index,
  mask: new Uint8Array(index.size).fill(1),
  laneMode: 'type',
  fromMs: extent.startMs,
  toMs: extent.endMs,
  widthPx,
  theme: 'light',
  legend: true,
});

/** What a reader of the file finds: per page its size and the font size of every text run. */
async function readBack(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return {
    title: doc.getTitle(),
    pages: doc.getPages().map((page) => {
      const contents = page.node.Contents();
      const streams =
        contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
      const ops = streams
        .map((s) => new TextDecoder('latin1').decode(decodePDFRawStream(s as PDFRawStream).decode()))
        .join('\n');
      const sizes = [...ops.matchAll(/([\d.]+) Tf/g)].map((m) => Number(m[1]));
      return { ...page.getSize(), sizes };
    }),
  };
}

describe('buildTimelinePdf', () => {
  it('prints every label of all events on A4 landscape at 7 pt or more, over several sheets', async () => {
    const pdf = await buildTimelinePdf(allEvents(2400), {
      page: 'a4',
      orientation: 'landscape',
      title: 'US diplomacy in Asia',
      caption: 'January 1910 – August 2024',
    });
    const read = await readBack(pdf.bytes);
    expect(read.title).toBe('US diplomacy in Asia');
    expect(read.pages.length).toBeGreaterThan(1);
    for (const page of read.pages) {
      expect(page.width).toBeCloseTo(841.89, 2);
      expect(page.height).toBeCloseTo(595.28, 2);
      expect(page.sizes.length).toBeGreaterThan(10);
      expect(Math.min(...page.sizes)).toBeGreaterThanOrEqual(MIN_TYPE_PT);
    }
    // Labels are text: the event titles are among the runs drawn.
    expect(pdf.texts.map((t) => t.text)).toContain('First Quad leaders’ summit (virtual)');
  });

  it('does the same on Letter portrait', async () => {
    const pdf = await buildTimelinePdf(allEvents(2400), { page: 'letter', orientation: 'portrait' });
    const read = await readBack(pdf.bytes);
    for (const page of read.pages) {
      expect([page.width, page.height]).toEqual([612, 792]);
      expect(Math.min(...page.sizes)).toBeGreaterThanOrEqual(MIN_TYPE_PT);
    }
    expect(Math.min(...pdf.texts.map((t) => t.sizePt))).toBeGreaterThanOrEqual(MIN_TYPE_PT);
  });

  it('puts a current view as wide as the screen on one page, at screen size when there is room', async () => {
    // The view of Blinken's 2024 tour, 770 px wide as on a small screen.
    const view = { ...allEvents(770), fromMs: Date.UTC(2024, 6, 15), toMs: Date.UTC(2024, 7, 6) };
    const a3 = await buildTimelinePdf(view, { page: 'a3', orientation: 'portrait' });
    expect(a3.pages).toBe(1);
    expect(Math.min(...a3.texts.map((t) => t.sizePt))).toBeCloseTo(8.25, 2);
    const a4 = await buildTimelinePdf(view, { page: 'a4', orientation: 'landscape' });
    expect(a4.pages).toBe(1);
    expect(Math.min(...a4.texts.map((t) => t.sizePt))).toBeGreaterThanOrEqual(MIN_TYPE_PT);
  });

  it('accepts titles Helvetica cannot encode', async () => {
    const pdf = await buildTimelinePdf(allEvents(800), {
      page: 'a4',
      orientation: 'portrait',
      title: 'Kenji Satō 漢字 ✓',
    });
    expect(pdf.pages).toBeGreaterThan(0);
  });
});

describe('layoutSheets', () => {
  it('splits only what would print under the minimum, into equal sheets', () => {
    expect(layoutSheets(1000, 770)).toEqual({ sheets: 1, sheetWidthPx: 1000, scale: 0.75 });
    const wide = layoutSheets(4000, 770);
    expect(wide.sheets).toBe(Math.ceil((4000 * MIN_SCALE) / 770));
    expect(wide.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(wide.sheetWidthPx * wide.sheets).toBeCloseTo(4000, 6);
  });
});

describe('toFontText', () => {
  it('folds accents and replaces what WinAnsi lacks', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(toFontText('Satō – Zoë’s 漢', font)).toBe('Sato – Zoë’s ?');
  });
});
