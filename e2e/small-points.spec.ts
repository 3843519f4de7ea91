import { expect, test } from './fixtures';

/* The smaller points of issue 11, each as a person meets it. */

test('Clear filters also empties the country finder', async ({ app }) => {
  const { page } = app;
  const finder = page.getByRole('searchbox', { name: 'Find country' });
  await finder.fill('Viet');
  await page.getByRole('checkbox', { name: /^Vietnam/ }).check();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(finder).toHaveValue('');
  await expect(page.getByRole('checkbox', { name: /^Japan \(JP\)/ })).toBeVisible();
});

test('"03/15/2021" is refused by a day-first date box, not silently read month first', async ({ app }) => {
  const { page } = app;
  const from = page.getByRole('textbox', { name: 'From' });
  await from.fill('03/15/2021');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#status-bar')).toContainText('Showing 39 of 39 events');
  await from.fill('15/03/2021');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'false');
});

test('a place that is its country is named once; today has its line', async ({ app }) => {
  const { page } = app;
  await page.locator('.vis-item .ev-title', { hasText: 'Blinken ends his Asian tour in Mongolia' }).click();
  const facts = page.locator('#detail-pane .detail-facts');
  await expect(facts).toContainText('Mongolia');
  await expect(facts).not.toContainText('Mongolia, Mongolia');
  await page.locator('#timeline').focus();
  await page.keyboard.press('Control+0');
  await expect(page.locator('.vis-current-time')).toBeVisible();
});
