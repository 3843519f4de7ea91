import { expect, test } from './fixtures';
import { launchApp } from './harness';

/*
 * Room for the timeline: the sidebar folds away (button or Ctrl+B) and stays folded after a
 * restart; the legend is one line until unfolded; at 1024×700 the plot keeps most of the width.
 */

const plotWidth = async (page: import('playwright-core').Page) =>
  (await page.locator('.vis-panel.vis-center').boundingBox())!.width;

test('Ctrl+B and the Filters button fold the sidebar, and the plot takes its width', async ({ app }) => {
  const { page } = app;
  const sidebar = page.getByRole('complementary', { name: 'Search and filters' });
  await expect(sidebar).toBeVisible();
  const before = await plotWidth(page);
  await page.locator('#timeline').focus();
  await page.keyboard.press('Control+b');
  await expect(sidebar).toBeHidden();
  await expect.poll(() => plotWidth(page)).toBeGreaterThan(before + 150);
  const filters = page.getByRole('button', { name: 'Show or hide filters' });
  await expect(filters).toHaveAttribute('aria-pressed', 'false');
  await filters.click();
  await expect(sidebar).toBeVisible();
  await expect(filters).toHaveAttribute('aria-pressed', 'true');
});

test('the legend is one line until "More" unfolds it', async ({ app }) => {
  const { page } = app;
  const legend = page.locator('#legend');
  const folded = (await legend.boundingBox())!.height;
  expect(folded).toBeLessThan(36);
  await legend.getByRole('button', { name: 'More of the legend' }).click();
  await expect.poll(async () => (await legend.boundingBox())!.height).toBeGreaterThan(folded + 10);
  await legend.getByRole('button', { name: 'Less of the legend' }).click();
  await expect.poll(async () => (await legend.boundingBox())!.height).toBeLessThan(36);
});

test('a folded sidebar stays folded after a restart', async () => {
  const first = await launchApp();
  await first.page.locator('#timeline').focus();
  await first.page.keyboard.press('Control+b');
  await expect(first.page.locator('#sidebar')).toBeHidden();
  // The view is saved shortly after it changes.
  await first.page.waitForTimeout(800);
  await first.close();
  const second = await launchApp({ userDataDir: first.userDataDir });
  await expect(second.page.locator('#timeline-title')).toHaveText(/US diplomacy/);
  await expect(second.page.locator('#sidebar')).toBeHidden();
  await second.close();
});

test('at 1024×700 the plot keeps more than half the window, and nothing runs off the page', async () => {
  const app = await launchApp({ width: 1024, height: 700 });
  const { page } = app;
  await expect(page.locator('.vis-item.ev').first()).toBeVisible();
  expect(await plotWidth(page)).toBeGreaterThan(512);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await expect(page.getByRole('button', { name: 'Show or hide details' })).toBeInViewport();
  // Selecting an event brings its details over the timeline's right side.
  await page.locator('.vis-item .ev-title', { hasText: 'First Quad leaders’ summit' }).click();
  await expect(page.locator('#detail-pane h2')).toBeInViewport();
  await app.close();
});
