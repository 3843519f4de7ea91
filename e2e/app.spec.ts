import { expect, test } from './fixtures';

test('opens on the bundled dataset and shows the timeline with its title', async ({ app }) => {
  const { page } = app;
  await expect(page.locator('#timeline-title')).toHaveText('US diplomacy in Asia, 2021 & 2024');
  await expect(page).toHaveTitle(/US diplomacy in Asia, 2021 & 2024 — Chronoscope/);
  await expect(page.locator('.vis-timeline')).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('Fit All runs from its keyboard shortcut and from the menu', async ({ app }) => {
  const { page } = app;
  await page.locator('.vis-timeline').click({ position: { x: 300, y: 20 } });
  await page.keyboard.press('Home');
  await expect(page.locator('body')).toHaveAttribute('data-last-command', 'view.fitAll');
  await page.keyboard.press('+');
  await expect(page.locator('body')).toHaveAttribute('data-last-command', 'view.zoomIn');
  await app.clickMenu('view.fitAll');
  await expect(page.locator('body')).toHaveAttribute('data-last-command', 'view.fitAll');
  expect(app.consoleErrors).toEqual([]);
});
