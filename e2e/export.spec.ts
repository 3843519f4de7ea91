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
  expect(Math.abs(exported.height - box.height)).toBeLessThan(1);
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
  expect(Math.abs(doubled.height - box.height * 2)).toBeLessThan(2);
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

test('a PDF is one page of the chosen size', async ({ app }) => {
  const { page } = app;
  const target = join(await tempDir(), 'timeline.pdf');
  await app.answerSaveDialog(target);
  const dialog = await openExport(page);
  await dialog.getByLabel('Date range', { exact: true }).check();
  await dialog.getByLabel('PDF', { exact: true }).check();
  await dialog.getByLabel('Page').selectOption('letter');
  await dialog.getByLabel('Orientation').selectOption('portrait');
  await exportAndWait(page, dialog);
  const pdf = await PDFDocument.load(await readFile(target));
  expect(pdf.getPageCount()).toBe(1);
  expect(pdf.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  expect(pdf.getTitle()).toBe('US diplomacy in Asia, 2021 & 2024');
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
