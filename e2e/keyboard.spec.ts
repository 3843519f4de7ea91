import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

/*
 * The keyboard as a person uses it: a skip link, the timeline as one Tab stop walked with
 * arrows and Home/End, Enter into the details and Esc back to the event, Esc out of dialogs
 * whatever has focus, and F6 between the regions.
 */

const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id);
const inTimeline = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('#timeline')));

test('Skip to timeline is the first Tab stop and lands on the timeline', async ({ app }) => {
  const { page } = app;
  await page.locator('body').press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to timeline' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#timeline')).toBeFocused();
});

test('the timeline is one Tab stop: arrows and Home/End walk its events, Tab leaves', async ({ app }) => {
  const { page } = app;
  await page.locator('#timeline').focus();
  await page.keyboard.press('Home');
  await expect.poll(() => focusedLabel(page)).toMatch(/^Era or period: Japan’s colonial rule/);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => focusedLabel(page)).toMatch(/2017/);
  await page.keyboard.press('End');
  await expect.poll(() => focusedLabel(page)).toMatch(/Mongolia/);
  await page.keyboard.press('Tab');
  await expect.poll(() => inTimeline(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(() => inTimeline(page)).toBe(true);
});

test('Enter opens the details; Esc there returns focus to the event, still selected', async ({ app }) => {
  const { page } = app;
  await page.locator('#timeline').focus();
  await page.keyboard.press('End');
  await expect.poll(() => focusedLabel(page)).toMatch(/Mongolia/);
  await page.keyboard.press('Enter');
  const heading = page.locator('#detail-pane h2');
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Blinken ends his Asian tour in Mongolia');
  await page.keyboard.press('Escape');
  await expect.poll(() => focusedLabel(page)).toMatch(/Mongolia/);
  await expect(heading).toHaveText('Blinken ends his Asian tour in Mongolia');
});

test('Esc closes Export and Go to even from a button, and does not clear the selection behind', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('#timeline').focus();
  await page.keyboard.press('End');
  const heading = page.locator('#detail-pane h2');
  await expect(heading).toHaveText('Blinken ends his Asian tour in Mongolia');
  await page.keyboard.press('Control+e');
  const exportDialog = page.getByRole('dialog', { name: 'Export image' });
  await exportDialog.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();
  await page.keyboard.press('Control+g');
  const goTo = page.getByRole('dialog', { name: 'Go to date' });
  await goTo.getByRole('button', { name: 'Cancel' }).focus();
  // A shortcut typed inside the dialog is not a page shortcut: N does not walk events.
  await page.keyboard.press('p');
  await page.keyboard.press('Escape');
  await expect(goTo).toBeHidden();
  await expect(heading).toHaveText('Blinken ends his Asian tour in Mongolia');
});

test('F6 and Shift+F6 cycle toolbar, sidebar, timeline and detail pane', async ({ app }) => {
  const { page } = app;
  await page.locator('#toolbar button').first().focus();
  const region = () =>
    page.evaluate(() => document.activeElement?.closest('#toolbar, #sidebar, #timeline, #detail-pane')?.id);
  await page.keyboard.press('F6');
  await expect.poll(region).toBe('sidebar');
  await page.keyboard.press('F6');
  await expect.poll(region).toBe('timeline');
  await page.keyboard.press('F6');
  await expect.poll(region).toBe('detail-pane');
  await page.keyboard.press('F6');
  await expect.poll(region).toBe('toolbar');
  await page.keyboard.press('Shift+F6');
  await expect.poll(region).toBe('detail-pane');
});
