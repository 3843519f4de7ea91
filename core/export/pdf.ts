import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

/**
 * One-page PDF of an exported timeline: the raster fitted inside margins, with the title and
 * caption as real PDF text (selectable, searchable) above it. Pure bytes in, bytes out, so it
 * is unit-tested without a window and runs wherever the PNG was made.
 */

export type PageSize = 'a4' | 'letter';
export type Orientation = 'landscape' | 'portrait';

export interface PdfOptions {
  readonly page: PageSize;
  readonly orientation: Orientation;
  readonly title?: string;
  readonly caption?: string;
}

/** Portrait sizes in PDF points (1/72 in). */
export const PAGE_POINTS: Readonly<Record<PageSize, readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

const MARGIN = 36;

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

/** Builds the PDF from PNG bytes; the image keeps its aspect ratio and is centred. */
export async function buildPdf(png: Uint8Array, options: PdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const [short, long] = PAGE_POINTS[options.page];
  const [width, height] = options.orientation === 'landscape' ? [long, short] : [short, long];
  const page = doc.addPage([width, height]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const textWidth = width - 2 * MARGIN;
  let top = height - MARGIN;
  if (options.title) {
    top -= 16;
    const line = fit(toFontText(options.title, bold), bold, 16, textWidth);
    page.drawText(line, { x: MARGIN, y: top, size: 16, font: bold, color: rgb(0.06, 0.09, 0.16) });
    doc.setTitle(options.title);
    top -= 8;
  }
  if (options.caption) {
    top -= 11;
    const line = fit(toFontText(options.caption, regular), regular, 10, textWidth);
    page.drawText(line, { x: MARGIN, y: top, size: 10, font: regular, color: rgb(0.28, 0.33, 0.41) });
    top -= 8;
  }
  doc.setProducer('Chronoscope');
  doc.setCreator('Chronoscope');
  const image = await doc.embedPng(png);
  const boxHeight = top - MARGIN - (options.title || options.caption ? 6 : 0);
  const scale = Math.min(textWidth / image.width, boxHeight / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (width - w) / 2, y: MARGIN + (boxHeight - h) / 2, width: w, height: h });
  return doc.save();
}
