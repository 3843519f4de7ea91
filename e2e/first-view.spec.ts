import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';

/*
 * The first minutes on the bundled dataset (an era 1910–1945, the news in 2021 and 2024): the
 * first view frames the news, not the era; a filter offers to reframe; an empty result says why.
 */

const axisYears = (page: Page) =>
  page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();
const title = (page: Page, text: string) => page.locator('.vis-item .ev-title', { hasText: text });

test('the first view shows the 2021 and 2024 news, not the 1910 era; Ctrl+0 fits all', async ({ app }) => {
  const { page } = app;
  await expect(title(page, 'First Quad leaders’ summit')).toBeVisible();
  await expect(title(page, 'Blinken ends his Asian tour in Mongolia')).toBeVisible();
  await expect.poll(() => axisYears(page)).toContain('2022');
  expect(await axisYears(page)).not.toContain('1950');
  // No label runs past the right edge of the plot: those near it sit left of their dot.
  const overflow = await page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...document.querySelectorAll('.vis-item.vis-point .vis-item-content')]
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.right > panel.right + 1).length;
  });
  expect(overflow).toBe(0);
  await page.locator('#timeline').focus();
  await page.keyboard.press('Control+0');
  await expect.poll(() => axisYears(page)).toContain('1950');
  expect(app.consoleErrors).toEqual([]);
});

test('a date filter offers "Fit to the N shown", which frames them', async ({ app }) => {
  const { page } = app;
  const from = page.getByRole('textbox', { name: 'From' });
  const to = page.getByRole('textbox', { name: 'To' });
  await from.fill('2021-03');
  await from.press('Enter');
  await to.fill('2021-03');
  await to.press('Enter');
  const status = page.locator('#status-bar');
  await expect(status).toContainText(/Showing (\d+) of/);
  const shownCount = Number((await status.textContent())!.match(/Showing (\d+) of/)![1]);
  const fit = page.getByRole('button', { name: `Fit to the ${shownCount} shown` });
  await expect(fit).toBeVisible();
  await fit.click();
  // Framed on March 2021: days on the axis, and the offer is gone.
  await expect.poll(() => axisYears(page)).not.toContain('2022');
  await expect(fit).toBeHidden();
  await expect(title(page, 'Blinken arrives in Japan')).toBeVisible();
});

test('a filter that leaves nothing says which filters and offers to clear them', async ({ app }) => {
  const { page } = app;
  const from = page.getByRole('textbox', { name: 'From' });
  await from.fill('2030');
  await from.press('Enter');
  const offer = page.locator('.reframe-offer');
  await expect(offer).toContainText('No events match the filters (dates 2030-01-01 to …)');
  await offer.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('#status-bar')).toContainText('Showing 39 of 39 events');
  await expect(offer).toBeHidden();
});
