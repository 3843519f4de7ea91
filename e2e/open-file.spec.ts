import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIXTURES } from './harness/paths';

const BUNDLED_TITLE = 'US diplomacy in Asia, 2021 & 2024';
const SMALL = join(FIXTURES, 'good', 'small.chronoscope.json');
const bad = (name: string) => join(FIXTURES, 'bad', name);

async function openWithShortcut(
  page: Page,
  answer: (path: string | undefined) => Promise<void>,
  path: string,
) {
  await answer(path);
  await page.keyboard.press('Control+O');
}

test('a bad file lists every problem with its place, and the timeline already shown stays', async ({
  app,
}) => {
  const { page } = app;
  await openWithShortcut(page, app.answerOpenDialog, bad('many-broken-events.json'));
  const panel = page.getByRole('alert');
  await expect(panel).toContainText('Could not open many-broken-events.json');
  await expect(panel).toContainText('The timeline shown is unchanged');
  await expect(panel.getByRole('listitem')).toHaveCount(100);
  await expect(panel.getByRole('listitem').first()).toContainText('many-broken-events.json:16');
  await expect(panel.getByRole('listitem').first()).toContainText('$.events[0].type');
  await expect(panel).toContainText('Only the first problems are listed');
  await expect(page.locator('#timeline-title')).toHaveText(BUNDLED_TITLE);
  await expect(page.locator('.vis-item').first()).toBeVisible();
});

test('a syntax error names the line and column', async ({ app }) => {
  const { page } = app;
  await openWithShortcut(page, app.answerOpenDialog, bad('trailing-comma.json'));
  await expect(page.getByRole('alert')).toContainText('trailing-comma.json:3:15');
  await expect(page.getByRole('alert')).toContainText('trailing comma');
});

test('binary and UTF-16 files get a clear message', async ({ app }) => {
  const { page } = app;
  await openWithShortcut(page, app.answerOpenDialog, bad('utf16le-bom.json'));
  await expect(page.getByRole('alert')).toContainText('is UTF-16 encoded; save it as UTF-8');
  await openWithShortcut(page, app.answerOpenDialog, bad('binary.png'));
  await expect(page.getByRole('alert')).toContainText('not a text file');
});

test('a good file replaces the timeline and clears the error panel', async ({ app }) => {
  const { page } = app;
  await openWithShortcut(page, app.answerOpenDialog, bad('feb-30.json'));
  await expect(page.getByRole('alert')).toContainText('February 2021 has 28 days');
  await openWithShortcut(page, app.answerOpenDialog, SMALL);
  await expect(page.locator('#timeline-title')).toHaveText('Small test timeline');
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(page.locator('.vis-item', { hasText: 'Fisheries pact signed' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('File › Open from the menu uses the same path as the shortcut', async ({ app }) => {
  const { page } = app;
  await app.answerOpenDialog(SMALL);
  await app.clickMenu('file.open');
  await expect(page.locator('#timeline-title')).toHaveText('Small test timeline');
});

test('cancelling the open dialog changes nothing', async ({ app }) => {
  const { page } = app;
  await openWithShortcut(page, app.answerOpenDialog, undefined as unknown as string);
  await expect(page.locator('#timeline-title')).toHaveText(BUNDLED_TITLE);
  await expect(page.getByRole('alert')).toBeHidden();
});

test('dropping a file onto the window opens it', async ({ app }) => {
  const { page } = app;
  const content = await readFile(SMALL, 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'small.chronoscope.json', { type: 'application/json' }));
    return dt;
  }, content);
  const target = page.locator('#timeline');
  await target.dispatchEvent('dragenter', { dataTransfer });
  await expect(page.getByText('Drop a timeline file to open it')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('#timeline-title')).toHaveText('Small test timeline');
  await expect(page.getByText('Drop a timeline file to open it')).toBeHidden();
});

test('a file dropped from the desktop opens by its path and joins Open Recent', async ({ app }) => {
  await app.dropFiles([SMALL]);
  await expect(app.page.locator('#timeline-title')).toHaveText('Small test timeline');
  await expect
    .poll(async () => JSON.parse(await readFile(join(app.userDataDir, 'settings.json'), 'utf8')).recent)
    .toEqual([{ path: SMALL, name: 'small.chronoscope.json' }]);
});

test('dropping a bad file reports it and keeps the timeline', async ({ app }) => {
  const { page } = app;
  const dataTransfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['{"title": "x", "events": [}'], 'broken.json', { type: 'application/json' }));
    return dt;
  });
  await page.locator('#timeline').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('alert')).toContainText('Could not open broken.json');
  await expect(page.getByRole('alert')).toContainText('broken.json:1:');
  await expect(page.locator('#timeline-title')).toHaveText(BUNDLED_TITLE);
});
