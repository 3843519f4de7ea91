import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { buildEventIndex } from '../core/index/event-index';
import type { TimelineFile } from '../core/file-format/model';
import { generateSyntheticTimeline } from '../core/testing/synthetic';
import { expect, test } from './fixtures';
import { BUNDLED } from './harness/paths';

/*
 * File › Export Image… as a person uses it: Ctrl+E, options chosen by clicking, Export, then the
 * native save dialog (answered in advance). The saved files are read back and decoded in Node.
 */

const tempDir = () => mkdtemp(join(tmpdir(), 'chronoscope-export-'));

/** The top-left `width` × `height` pixels of an image, as RGBA bytes. */
function crop(image: PNG, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    out.set(image.data.subarray(y * image.width * 4, (y * image.width + width) * 4), y * width * 4);
  return out;
}

async function openExport(page: Page) {
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function exportAndWait(page: Page, dialog: ReturnType<Page['getByRole']>) {
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Saved to /, { timeout: 60_000 });
}

test('a PNG of the current view matches the timeline on screen, at 1× and 2×', async ({ app }) => {
  const { page } = app;
  const dir = await tempDir();
  await page.mouse.move(0, 0);
  const timeline = page.locator('#timeline');
  // Compare against the settled view: two screenshots in a row must agree first.
  let shot = await timeline.screenshot();
  await expect(async () => {
    const next = await timeline.screenshot();
    const same = next.equals(shot);
    shot = next;
    expect(same).toBe(true);
  }).toPass();
  const box = (await timeline.boundingBox())!;
  const onScreen = PNG.sync.read(shot);
  await app.answerSaveDialog(join(dir, 'view.png'));
  const dialog = await openExport(page);
  for (const name of ['Title', 'Date range caption', 'Legend']) await dialog.getByLabel(name).uncheck();
  await exportAndWait(page, dialog);
  await expect(dialog.getByRole('status')).toHaveText(`Saved to ${join(dir, 'view.png')}`);
  const exported = PNG.sync.read(await readFile(join(dir, 'view.png')));
  // The box may be fractional (673.5 px): both images round it, possibly differently, by < 1 px.
  expect(Math.abs(exported.width - box.width)).toBeLessThan(1);
  // Every lane is exported, also those scrolled out of view: the image is at least as tall.
  expect(exported.height).toBeGreaterThanOrEqual(Math.floor(box.height));
  const width = Math.min(exported.width, onScreen.width);
  const height = Math.min(exported.height, onScreen.height);
  const diff = pixelmatch(
    crop(exported, width, height),
    crop(onScreen, width, height),
    undefined,
    width,
    height,
    {
      threshold: 0.2,
    },
  );
  expect(diff / (width * height)).toBeLessThan(0.01);

  await app.answerSaveDialog(join(dir, 'view2x.png'));
  await dialog.getByLabel('PNG 2×').check();
  await exportAndWait(page, dialog);
  const doubled = PNG.sync.read(await readFile(join(dir, 'view2x.png')));
  expect(Math.abs(doubled.width - box.width * 2)).toBeLessThan(2);
  expect(Math.abs(doubled.height - exported.height * 2)).toBeLessThan(3);
  expect(app.consoleErrors).toEqual([]);
});

test('an SVG of the full date range holds the first and last events by time', async ({ app }) => {
  const { page } = app;
  const target = join(await tempDir(), 'range.svg');
  await app.answerSaveDialog(target);
  const dialog = await openExport(page);
  await dialog.getByLabel('Date range', { exact: true }).check();
  await dialog.getByLabel('SVG', { exact: true }).check();
  await expect(dialog.getByLabel('Width (px)')).toHaveValue('2400');
  await expect(dialog.getByRole('img', { name: 'Preview of the exported image' })).toHaveAttribute(
    'src',
    /^blob:/,
  );
  await exportAndWait(page, dialog);
  const svg = await readFile(target, 'utf8');
  const index = buildEventIndex((JSON.parse(await readFile(BUNDLED, 'utf8')) as TimelineFile).events);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const event of [index.events[0]!, index.events[index.size - 1]!])
    expect(svg).toMatch(
      new RegExp(
        `<text[^>]*>(<title>[^<]*</title>)?(c\\. )?${escape(event.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text>`,
      ),
    );
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
});

/**
 * Every word of a PDF with its type size, as pdftotext (poppler) reads it: a word's box is as
 * tall as Helvetica's ascent plus descent, 0.925 of its size.
 */
function pdfWords(file: string): { text: string; sizePt: number; page: number }[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: { text: string; sizePt: number; page: number }[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ text: m[3]!, sizePt: (Number(m[2]) - Number(m[1])) / 0.925, page });
  }
  return words;
}

for (const [pageName, orientation, size] of [
  ['a4', 'landscape', { width: 841.89, height: 595.28 }],
  ['letter', 'portrait', { width: 612, height: 792 }],
] as const) {
  test(`a PDF of all events on ${pageName} ${orientation}: every label is text of 7 pt or more`, async ({
    app,
  }) => {
    const { page } = app;
    const target = join(await tempDir(), 'timeline.pdf');
    await app.answerSaveDialog(target);
    const dialog = await openExport(page);
    await dialog.getByLabel('Date range', { exact: true }).check();
    await dialog.getByLabel('PDF', { exact: true }).check();
    await dialog.getByLabel('Page').selectOption(pageName);
    await dialog.getByLabel('Orientation').selectOption(orientation);
    await exportAndWait(page, dialog);
    const pdf = await PDFDocument.load(await readFile(target));
    expect(pdf.getTitle()).toBe('US diplomacy in Asia, 2021 & 2024');
    for (const p of pdf.getPages()) {
      expect(p.getSize().width).toBeCloseTo(size.width, 1);
      expect(p.getSize().height).toBeCloseTo(size.height, 1);
    }
    const words = pdfWords(target);
    // The labels are real text: an event's title and the axis years can be found and selected.
    const text = words.map((w) => w.text).join(' ');
    expect(text).toContain('Japan’s colonial rule');
    expect(text).toContain('Mongolia');
    expect(words.length).toBeGreaterThan(200);
    expect(Math.min(...words.map((w) => w.sizePt))).toBeGreaterThanOrEqual(6.99);
    // Too wide for one sheet at that size: split over pages, each with its own axis.
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    const pagesWithYears = new Set(words.filter((w) => /^(19|20)\d0$/.test(w.text)).map((w) => w.page));
    expect(pagesWithYears.size).toBe(pdf.getPageCount());
  });
}

test('an SVG and a PDF of the current view take its on-screen width', async ({ app }) => {
  const { page } = app;
  const dir = await tempDir();
  const screenWidth = Math.round((await page.locator('#timeline').boundingBox())!.width);
  const dialog = await openExport(page);
  await dialog.getByLabel('SVG', { exact: true }).check();
  await expect(dialog.getByLabel('Width (px)')).toHaveValue(String(screenWidth));
  await expect(dialog.getByRole('alert')).toHaveText('');
  await app.answerSaveDialog(join(dir, 'view.svg'));
  await exportAndWait(page, dialog);
  const svg = await readFile(join(dir, 'view.svg'), 'utf8');
  expect(svg).toContain(`width="${screenWidth}"`);
  await dialog.getByLabel('PDF', { exact: true }).check();
  await expect(dialog.getByLabel('Width (px)')).toHaveValue(String(screenWidth));
  await app.answerSaveDialog(join(dir, 'view.pdf'));
  await exportAndWait(page, dialog);
  expect(Math.min(...pdfWords(join(dir, 'view.pdf')).map((w) => w.sizePt))).toBeGreaterThanOrEqual(6.99);
});

test('search highlights and the selection are exported only when asked for', async ({ app }) => {
  const { page } = app;
  const dir = await tempDir();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Mongolia');
  await page.locator('.vis-item .ev-title', { hasText: 'Blinken ends his Asian tour in Mongolia' }).click();
  const dialog = await openExport(page);
  await dialog.getByLabel('SVG', { exact: true }).check();
  await app.answerSaveDialog(join(dir, 'plain.svg'));
  await exportAndWait(page, dialog);
  const highlight = 'fill="#fde68a"';
  expect(await readFile(join(dir, 'plain.svg'), 'utf8')).not.toContain(highlight);
  await dialog.getByLabel('Search highlights and selection').check();
  await app.answerSaveDialog(join(dir, 'marked.svg'));
  await exportAndWait(page, dialog);
  const marked = await readFile(join(dir, 'marked.svg'), 'utf8');
  expect(marked).toContain(highlight);
  expect(marked).toContain('stroke="#1d4ed8"');
});

test('an unwritable target shows the error in the dialog and leaves no file', async ({ app }) => {
  const { page } = app;
  const target = '/etc/hostname/x.png';
  await app.answerSaveDialog(target);
  const dialog = await openExport(page);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not saved');
  await expect(dialog.getByRole('alert')).toContainText('/etc/hostname/x.png');
  await expect(dialog.getByRole('status')).not.toHaveText(/Saved to/);
  expect(existsSync(target)).toBe(false);
  await expect(dialog.getByRole('button', { name: 'Export' })).toBeEnabled();
});

test('10,000 events export as a range PNG while the window keeps answering', async ({ app }) => {
  const { page } = app;
  const dir = await tempDir();
  const file = join(dir, 'big.chronoscope.json');
  await writeFile(file, JSON.stringify(generateSyntheticTimeline(10_000, 3)));
  await app.answerOpenDialog(file);
  await page.keyboard.press('Control+o');
  await expect(page.locator('#timeline-title')).toHaveText(/10000 events/, { timeout: 60_000 });
  await app.answerSaveDialog(join(dir, 'big.png'));
  const dialog = await openExport(page);
  await dialog.getByLabel('Date range', { exact: true }).check();
  await dialog.getByLabel('PNG 2×').check();
  await dialog.getByRole('button', { name: 'Export' }).click();
  // While it renders the page still runs script; the progress bar shows or the export is done.
  expect(await page.evaluate(() => 1)).toBe(1);
  await expect(dialog.locator('progress').or(dialog.getByText(/^Saved to /))).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/^Saved to /, { timeout: 60_000 });
  const png = PNG.sync.read(await readFile(join(dir, 'big.png')));
  expect(png.width).toBe(4800);
  expect(png.height).toBeGreaterThan(600);
});
