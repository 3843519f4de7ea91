import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ERA = 'Japan’s colonial rule';
const eraLabel = (page: Page) => page.locator('.vis-item .ev-title', { hasText: ERA });
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('opens on the bundled dataset and shows the timeline with its title', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('#timeline-title')).toHaveText('US diplomacy in Asia, 2021 & 2024');
  await expect(page).toHaveTitle('us-asia-diplomacy-2021-2024.chronoscope.json — Chronoscope');
  await expect(page.locator('.vis-timeline')).toBeVisible();
  await expect(page.getByText('Showing 39 of 39 events')).toBeVisible();
  // It opens on the news (2021–2024); the 1910 era is one key away (Fit all).
  await expect(page.locator('.vis-item .ev-title', { hasText: 'First Quad leaders’ summit' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('Fit All brings the whole history back, from its shortcut and from the View menu', async ({ app }) => {
  const { page } = app;
  await page.locator('#timeline').focus();
  await expect(async () => {
    await page.keyboard.press('+');
    await expect(eraLabel(page)).toBeHidden({ timeout: 300 });
  }).toPass();
  await page.keyboard.press('Control+0');
  await expect(eraLabel(page)).toBeVisible();

  await page.keyboard.press('Control+g');
  await page.getByRole('textbox', { name: 'Go to date' }).fill('July 2024');
  await page.keyboard.press('Enter');
  await expect(eraLabel(page)).toBeHidden();
  await app.clickMenu('view.fitAll');
  await expect(eraLabel(page)).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('the theme follows the choice in the toolbar and in the View menu', async ({ app }) => {
  const { page } = app;
  const light = await background(page);
  await page.getByRole('combobox', { name: /theme/i }).selectOption({ label: 'Dark' });
  await expect.poll(() => background(page)).not.toBe(light);
  const dark = await background(page);
  await app.clickMenu('view.theme.light');
  await expect.poll(() => background(page)).toBe(light);
  await app.clickMenu('view.theme.dark');
  await expect.poll(() => background(page)).toBe(dark);
});

test('the detail pane hides and shows again with Ctrl+\\', async ({ app }) => {
  const { page } = app;
  const pane = page.getByRole('complementary', { name: 'Event details' });
  await expect(pane).toBeVisible();
  await page.keyboard.press('Control+\\');
  await expect(pane).toBeHidden();
  await page.keyboard.press('Control+\\');
  await expect(pane).toBeVisible();
});

test('F1 lists the keyboard shortcuts; Esc closes the list', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('F1');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Go to date');
  // The e2e browser runs on Linux, where the modifier is written Ctrl+.
  await expect(dialog).toContainText('Ctrl+G');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
