import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { goTo } from './timeline-steps';

/*
 * The timeline as a person uses it on the bundled dataset (1910–2024): fit all, wheel and keys
 * to zoom, N/P to walk events, lanes, and Ctrl+G to jump to a month.
 */

const item = (page: Page, title: string) => page.locator('.vis-item .ev-title', { hasText: title });
const QUAD = 'First Quad leaders’ summit';
const ERA = 'Japan’s colonial rule';
const TOUR_2024 = 'Blinken’s 10-day, six-nation Asia tour';
const axisText = (page: Page) =>
  page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)').allTextContents();
const selectedLabel = (page: Page) =>
  page.locator('.vis-item.vis-selected .ev-content').getAttribute('aria-label', { timeout: 5000 });

async function fitAll(page: Page): Promise<void> {
  await page.locator('#timeline').focus();
  await page.keyboard.press('Control+0');
}

test('fit all shows the era band and the 2021 summit; wheel-zooming into 2024 leaves 1910 behind', async ({
  app,
}) => {
  const { page } = app;
  await fitAll(page);
  await expect(item(page, QUAD)).toBeVisible();
  await expect(item(page, ERA)).toBeVisible();
  await expect(page.locator('.vis-time-axis.vis-foreground')).toContainText('1950');

  // Wheel over the right end of the items panel, where 2021–2024 are drawn.
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.62, box.y + box.height / 2);
  await expect(async () => {
    await page.mouse.wheel(0, -400);
    expect(await axisText(page)).not.toContain('1950');
    await expect(item(page, ERA)).toBeHidden({ timeout: 500 });
  }).toPass();
  expect(app.consoleErrors).toEqual([]);
});

test('clicking an "N events" bar zooms into it and shows its events', async ({ app }) => {
  const { page } = app;
  await fitAll(page);
  const bar = page.locator('.agg-bar', { hasText: /^\d+( events)?$/ }).first();
  await expect(bar).toBeVisible();
  await bar.click();
  await expect.poll(() => axisText(page)).not.toContain('1950');
  await expect(page.locator('.vis-item.ev').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('a count bar spans its events, not its bucket, and Enter on a focused bar zooms in', async ({ app }) => {
  const { page } = app;
  await fitAll(page);
  // The bundled "Visit or trip" events all fall in 2021–2024: the bar starts right of 2000.
  const bar = page.getByRole('button', { name: /^\d+ events, click to zoom in$/ }).first();
  await expect(bar).toBeVisible();
  const tick2000 = page.locator('.vis-time-axis .vis-text.vis-minor', { hasText: /^2000$/ });
  expect((await bar.boundingBox())!.x).toBeGreaterThan((await tick2000.boundingBox())!.x);
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => axisText(page)).not.toContain('1950');
  await expect(page.locator('#timeline')).toBeFocused();
  await expect(page.locator('.vis-item.ev').first()).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('fit all leaves room for the latest label, and fits again when the detail pane closes', async ({
  app,
}) => {
  const { page } = app;
  const roomRight = async () => {
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const dots = await page
      .locator('.vis-item.vis-dot')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    return panel.x + panel.width - Math.max(...dots);
  };
  await fitAll(page);
  await expect.poll(roomRight).toBeGreaterThan(150);
  const before = (await page.locator('.vis-panel.vis-center').boundingBox())!.width;
  await page.getByRole('button', { name: 'Show or hide details' }).click();
  await expect
    .poll(async () => (await page.locator('.vis-panel.vis-center').boundingBox())!.width)
    .toBeGreaterThan(before + 100);
  // Still everything, with the same room on the right: not the old window stretched.
  await expect.poll(roomRight).toBeGreaterThan(150);
  await expect.poll(roomRight).toBeLessThan(260);
  expect(app.consoleErrors).toEqual([]);
});

test('+ and − zoom the axis in and out', async ({ app }) => {
  const { page } = app;
  await goTo(page, '2021');
  await page.locator('#timeline').focus();
  await expect.poll(() => axisText(page)).not.toContain('1950');
  const yearAxis = await axisText(page);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => axisText(page)).not.toEqual(yearAxis);
  const zoomed = await axisText(page);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  await expect.poll(() => axisText(page)).not.toEqual(zoomed);
  await expect.poll(() => axisText(page)).toEqual(yearAxis);
  expect(app.consoleErrors).toEqual([]);
});

test('N and P walk the events in time order, arrows too, and Esc clears the selection', async ({ app }) => {
  const { page } = app;
  await fitAll(page);
  await page.keyboard.press('n');
  await expect.poll(() => selectedLabel(page)).toContain(ERA);
  const labels: string[] = [];
  for (let i = 0; i < 3; i++) {
    const before = await selectedLabel(page);
    await page.keyboard.press('n');
    await expect.poll(() => selectedLabel(page)).not.toBe(before);
    labels.push((await selectedLabel(page))!);
  }
  // The first events after 1910 are the 2017–2021 ones; never the 2024 ones yet.
  for (const label of labels) expect(label).toMatch(/2017/);
  await page.keyboard.press('p');
  await expect.poll(() => selectedLabel(page)).toBe(labels[1]);
  await page.locator('#timeline').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => selectedLabel(page)).toBe(labels[2]);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => selectedLabel(page)).toBe(labels[1]);
  await page.keyboard.press('Escape');
  await expect(page.locator('.vis-item.vis-selected')).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('switching lanes relabels the groups from types to countries', async ({ app }) => {
  const { page } = app;
  const lanes = page.locator('.vis-labelset .lane-name');
  await expect(lanes.filter({ hasText: 'Summit' })).toHaveCount(1);
  await page.getByLabel('Lanes').selectOption({ label: 'By country' });
  await expect(lanes.filter({ hasText: 'United States' })).toHaveCount(1);
  await expect(lanes.filter({ hasText: 'Summit' })).toHaveCount(0);
  await page.getByLabel('Lanes').selectOption({ label: 'By type' });
  await expect(lanes.filter({ hasText: 'Summit' })).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('Ctrl+G "March 2021" lands on March 2021; nonsense gets an inline error', async ({ app }) => {
  const { page } = app;
  await page.keyboard.press('Control+g');
  await page.getByRole('textbox', { name: 'Go to date' }).fill('sometime soon');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'as a date' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await goTo(page, 'March 2021');
  await expect(item(page, QUAD)).toBeVisible();
  await expect(item(page, TOUR_2024)).toHaveCount(0);
  await expect(page.locator('.vis-time-axis.vis-foreground')).toContainText(/Mar.*2021|March 2021/);
  expect(app.consoleErrors).toEqual([]);
});

test('clicking an event keeps every item aligned with the axis under it', async ({ app }) => {
  const { page } = app;
  await goTo(page, 'July 2024');
  const tick = async (label: string) =>
    (await page
      .locator('.vis-time-axis .vis-text.vis-minor', { hasText: new RegExp(`^${label}$`) })
      .boundingBox())!.x;
  const dotX = async (title: string) => {
    const box = (await page
      .locator('.vis-item.vis-point', { hasText: title })
      .locator('.vis-dot')
      .boundingBox())!;
    return box.x + box.width / 2;
  };
  await page
    .getByRole('button', { name: /^Funeral: State funeral/ })
    .first()
    .click();
  await expect(page.locator('#detail-pane h2')).toHaveText(/State funeral/);
  // 25 July lies 24/31 of the way from the July tick to the August tick.
  const [jul, aug] = [await tick('Jul'), await tick('Aug')];
  const expected = jul + ((aug - jul) * 24) / 31;
  expect(Math.abs((await dotX('Blinken begins his tour')) - expected)).toBeLessThan(12);
});

test('Enter on the selected event opens its details, even when the pane was hidden', async ({ app }) => {
  const { page } = app;
  const pane = page.getByRole('complementary', { name: 'Event details' });
  await fitAll(page);
  await page.keyboard.press('n');
  await expect.poll(() => selectedLabel(page)).toContain(ERA);
  await page.keyboard.press('Control+\\');
  await expect(pane).toBeHidden();
  await page.locator('#timeline').focus();
  await page.keyboard.press('Enter');
  await expect(pane).toBeVisible();
  await expect(pane.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText(/Japan’s colonial rule/);
});
