import { LineCapStyle, rgb, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

/**
 * Draws the SVG renderer's own drawing onto a PDF page as vector shapes and real text, so a
 * PDF is the same picture as the SVG (one renderer, svg-timeline.ts) rather than a raster of
 * it. It reads only the markup that renderer writes (rect, circle, line and text, attributes
 * in double quotes, escaped by svg-escape.ts): not a general SVG reader.
 */

export interface PdfFonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  readonly italic: PDFFont;
}

/** Where the drawing goes: its top-left corner on the page, and points per SVG pixel. */
export interface Placement {
  readonly x: number;
  readonly top: number;
  readonly scale: number;
  /**
   * Drawing rows [from, to) in px whose text belongs on this page, when a tall drawing runs over
   * several: each label is written on the one page that holds its baseline, never on two.
   */
  readonly textRows?: readonly [number, number];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([\w:-]+)="([^"]*)"/g)) out.set(m[1]!, unescape(m[2]!));
  return out;
}

function colour(value: string | undefined): RGB | undefined {
  const m = value && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  return m ? rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255) : undefined;
}

/** One text run as drawn: what a test (or pdftotext) finds on the page. */
export interface DrawnText {
  readonly text: string;
  readonly sizePt: number;
}

/**
 * Draws `svg` at `at`; returns the text runs drawn, with their size in points. `toText` makes
 * a string encodable in the fonts (Helvetica knows WinAnsi only).
 */
export function drawSvgOnPage(
  svg: string,
  page: PDFPage,
  at: Placement,
  fonts: PdfFonts,
  toText: (value: string, font: PDFFont) => string,
): DrawnText[] {
  const rootSize = Number(/<svg\b[^>]*\bfont-size="([\d.]+)"/.exec(svg)?.[1] ?? 12);
  const px = (v: string | undefined) => Number(v ?? 0) * at.scale;
  const X = (v: string | undefined) => at.x + px(v);
  const Y = (v: string | undefined) => at.top - px(v);
  const texts: DrawnText[] = [];
  const element = /<(rect|circle|line|text)\b([^>]*?)\/?>/g;
  for (let m = element.exec(svg); m; m = element.exec(svg)) {
    const a = attributes(m[2]!);
    const fill = a.get('fill') === 'none' ? undefined : (colour(a.get('fill')) ?? rgb(0, 0, 0));
    const opacity = Number(a.get('fill-opacity') ?? 1);
    const stroke = colour(a.get('stroke'));
    const strokeWidth = stroke ? px(a.get('stroke-width') ?? '1') : 0;
    const dash = a
      .get('stroke-dasharray')
      ?.split(/[\s,]+/)
      .map((d) => Number(d) * at.scale);
    const name = m[1]!;
    if (name === 'rect') {
      const height = px(a.get('height'));
      page.drawRectangle({
        x: X(a.get('x')),
        y: Y(a.get('y')) - height,
        width: px(a.get('width')),
        height,
        ...(fill ? { color: fill, opacity } : {}),
        ...(stroke ? { borderColor: stroke, borderWidth: strokeWidth, borderOpacity: 1 } : {}),
        ...(dash ? { borderDashArray: dash } : {}),
      });
    } else if (name === 'circle') {
      const r = px(a.get('r'));
      page.drawCircle({
        x: X(a.get('cx')),
        y: Y(a.get('cy')),
        size: r,
        ...(fill ? { color: fill, opacity } : {}),
        ...(stroke ? { borderColor: stroke, borderWidth: strokeWidth } : {}),
        ...(dash ? { borderDashArray: dash } : {}),
      });
    } else if (name === 'line') {
      page.drawLine({
        start: { x: X(a.get('x1')), y: Y(a.get('y1')) },
        end: { x: X(a.get('x2')), y: Y(a.get('y2')) },
        thickness: px(a.get('stroke-width') ?? '1'),
        color: stroke ?? rgb(0.5, 0.5, 0.5),
        lineCap: LineCapStyle.Butt,
      });
    } else {
      const end = svg.indexOf('</text>', element.lastIndex);
      const raw = svg.slice(element.lastIndex, end).replace(/<title>[\s\S]*?<\/title>/g, '');
      element.lastIndex = end;
      const baseline = Number(a.get('y') ?? 0);
      if (at.textRows && (baseline < at.textRows[0] || baseline >= at.textRows[1])) continue;
      const weight = Number(a.get('font-weight') ?? 400);
      const font =
        weight >= 600 ? fonts.bold : a.get('font-style') === 'italic' ? fonts.italic : fonts.regular;
      const value = toText(unescape(raw), font);
      if (!value.trim()) continue;
      const size = Number(a.get('font-size') ?? rootSize) * at.scale;
      const width = font.widthOfTextAtSize(value, size);
      const anchor = a.get('text-anchor');
      const shift = anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0;
      page.drawText(value, {
        x: X(a.get('x')) - shift,
        y: Y(a.get('y')),
        size,
        font,
        color: fill ?? rgb(0, 0, 0),
      });
      texts.push({ text: value, sizePt: size });
    }
  }
  return texts;
}
