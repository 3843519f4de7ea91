import {
  PDFDocument,
  StandardFonts,
  clip,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import {
  layoutSheets,
  MARGIN_PT,
  MIN_SCALE,
  pagePoints,
  type Orientation,
  type PageSize,
} from './pdf-layout';
import { queryWindow } from '../index/event-index';
import { renderTimelineSvg, type SvgTimelineInput } from './svg-timeline';
import { drawSvgOnPage, type DrawnText, type PdfFonts, type Placement } from './svg-to-pdf';

/**
 * The PDF of an exported timeline: the vector drawing of svg-timeline.ts laid out for the page
 * (pdf-layout.ts), with every label, the title and the caption as real PDF text (selectable,
 * searchable). Pure: bytes out, unit-tested without a window.
 */

export type { Orientation, PageSize } from './pdf-layout';
export { PAGE_POINTS } from './pdf-layout';

export interface PdfOptions {
  readonly page: PageSize;
  readonly orientation: Orientation;
  readonly title?: string;
  readonly caption?: string;
}

/**
 * Helvetica only encodes WinAnsi; other characters ("ō", "漢") would make pdf-lib throw, so
 * accents are folded and anything still unencodable becomes "?".
 */
export function toFontText(value: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return [...value]
    .map((c) => {
      if (supported.has(c.codePointAt(0)!)) return c;
      const folded = c.normalize('NFKD').replace(/\p{M}/gu, '');
      return folded && [...folded].every((f) => supported.has(f.codePointAt(0)!)) ? folded : '?';
    })
    .join('');
}

/** Shortens text to fit a width in points at a size. */
function fit(value: string, font: PDFFont, size: number, width: number): string {
  let out = value;
  while (out.length > 1 && font.widthOfTextAtSize(out, size) > width) out = `${out.slice(0, -2)}…`;
  return out;
}

const TITLE_PT = 16;
const CAPTION_PT = 10;
/** Between the header and the drawing; also the room a continued page's first label reaches up into. */
const GAP_PT = 12;

/** Title and caption at the top of a page; returns how far down they reach. */
function drawHeader(page: PDFPage, fonts: PdfFonts, options: PdfOptions, sheetNote: string): number {
  const { width, height } = page.getSize();
  const textWidth = width - 2 * MARGIN_PT;
  let top = height - MARGIN_PT;
  if (options.title) {
    top -= TITLE_PT;
    const line = fit(toFontText(options.title, fonts.bold), fonts.bold, TITLE_PT, textWidth);
    page.drawText(line, {
      x: MARGIN_PT,
      y: top,
      size: TITLE_PT,
      font: fonts.bold,
      color: rgb(0.06, 0.09, 0.16),
    });
    top -= 8;
  }
  const caption = [options.caption, sheetNote].filter(Boolean).join(' · ');
  if (caption) {
    top -= CAPTION_PT + 1;
    const line = fit(toFontText(caption, fonts.regular), fonts.regular, CAPTION_PT, textWidth);
    page.drawText(line, {
      x: MARGIN_PT,
      y: top,
      size: CAPTION_PT,
      font: fonts.regular,
      color: rgb(0.28, 0.33, 0.41),
    });
    top -= 8;
  }
  return height - top;
}

/** The PDF, and every label drawn with its size in points (what the minimum is checked on). */
export async function buildTimelinePdf(
  input: SvgTimelineInput,
  options: PdfOptions,
): Promise<{ bytes: Uint8Array; texts: DrawnText[]; pages: number }> {
  const doc = await PDFDocument.create();
  doc.setProducer('Chronoscope');
  doc.setCreator('Chronoscope');
  if (options.title) doc.setTitle(options.title);
  const fonts: PdfFonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  const size = pagePoints(options.page, options.orientation);
  const contentWidth = size.width - 2 * MARGIN_PT;
  const layout = layoutSheets(input.widthPx, contentWidth);
  const { fromMs } = input;
  const spanMs = Math.max(input.toMs, fromMs + 1) - fromMs;
  const slices = Array.from({ length: layout.sheets }, (_, i) => ({
    fromMs: fromMs + (spanMs * i) / layout.sheets,
    toMs: fromMs + (spanMs * (i + 1)) / layout.sheets,
  }));
  // A stretch of the range with no event (1950–1985 between an era and the news) is no page.
  const withEvents = slices.filter(
    (slice) => queryWindow(input.index, slice.fromMs, slice.toMs, input.mask).length,
  );
  const drawings = (withEvents.length ? withEvents : slices.slice(0, 1)).map((slice) =>
    renderTimelineSvg({
      ...input,
      ...slice,
      widthPx: layout.sheetWidthPx,
      title: undefined,
      caption: undefined,
    } as SvgTimelineInput),
  );
  const texts: DrawnText[] = [];
  drawings.forEach((drawing, sheet) => {
    const note = drawings.length > 1 ? `part ${sheet + 1} of ${drawings.length}` : '';
    const first = doc.addPage([size.width, size.height]);
    const headerPt = drawHeader(first, fonts, options, note);
    const top = size.height - headerPt - GAP_PT;
    // A drawing a little too tall is shrunk to fit, never below the minimum type size; taller
    // ones continue on the next page, each label on the page that holds its baseline.
    const scale = Math.max(MIN_SCALE, Math.min(layout.scale, (top - MARGIN_PT) / drawing.heightPx));
    const [axisTop, axisBottom] = drawing.axisPx;
    const axisPt = (axisBottom - axisTop) * scale;
    const clipped = (page: PDFPage, bottom: number, height: number, at: Placement) => {
      page.pushOperators(pushGraphicsState(), rectangle(0, bottom, size.width, height), clip(), endPath());
      texts.push(...drawSvgOnPage(drawing.svg, page, at, fonts, toFontText));
      page.pushOperators(popGraphicsState());
    };
    let fromPx = 0;
    for (let part = 0; fromPx < drawing.heightPx; part++) {
      const page = part ? doc.addPage([size.width, size.height]) : first;
      if (part) drawHeader(page, fonts, options, [note, 'continued'].filter(Boolean).join(', '));
      // A continued page repeats the axis strip above the lanes it continues.
      const axis = part ? axisPt : 0;
      if (part) {
        const rows = [axisTop, axisBottom] as const;
        clipped(page, top - axisPt, axisPt + GAP_PT, {
          x: MARGIN_PT,
          top: top + axisTop * scale,
          scale,
          textRows: rows,
        });
      }
      const rowsPx = (top - axis - MARGIN_PT) / scale;
      const at = {
        x: MARGIN_PT,
        top: top - axis + fromPx * scale,
        scale,
        textRows: [fromPx, fromPx + rowsPx] as const,
      };
      clipped(page, MARGIN_PT, top - axis - MARGIN_PT + (part ? 0 : GAP_PT), at);
      fromPx += rowsPx;
    }
  });
  return { bytes: await doc.save(), texts, pages: doc.getPageCount() };
}
