import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { buildPdf, toFontText } from './pdf';

function png(width: number, height: number): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return new Uint8Array(PNG.sync.write(image));
}

const sizeOf = async (bytes: Uint8Array) => {
  const doc = await PDFDocument.load(bytes);
  return { pages: doc.getPageCount(), ...doc.getPage(0).getSize(), title: doc.getTitle() };
};

describe('buildPdf', () => {
  it('makes one A4 landscape page with the title as metadata', async () => {
    const bytes = await buildPdf(png(1200, 500), {
      page: 'a4',
      orientation: 'landscape',
      title: 'Quad & co',
      caption: '2021',
    });
    const info = await sizeOf(bytes);
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(841.89, 2);
    expect(info.height).toBeCloseTo(595.28, 2);
    expect(info.title).toBe('Quad & co');
  });

  it('makes one Letter portrait page', async () => {
    const info = await sizeOf(await buildPdf(png(300, 900), { page: 'letter', orientation: 'portrait' }));
    expect(info.pages).toBe(1);
    expect(info.width).toBe(612);
    expect(info.height).toBe(792);
  });

  it('accepts titles Helvetica cannot encode', async () => {
    const bytes = await buildPdf(png(10, 10), {
      page: 'a4',
      orientation: 'portrait',
      title: 'Kenji Satō 漢字 ✓',
    });
    expect((await sizeOf(bytes)).pages).toBe(1);
  });
});

describe('toFontText', () => {
  it('folds accents and replaces what WinAnsi lacks', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(toFontText('Satō – Zoë’s 漢', font)).toBe('Sato – Zoë’s ?');
  });
});
