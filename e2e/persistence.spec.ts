import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp } from './harness';

const settingsOf = async (dir: string): Promise<{ view?: Record<string, unknown> }> => {
  try {
    return JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as {
      view?: Record<string, unknown>;
    };
  } catch {
    return {};
  }
};

test('filters, lanes, pane width and selection are restored after a restart', async () => {
  const first = await launchApp();
  const dir = first.userDataDir;
  let page = first.page;
  const title = 'State funeral of Nguyen Phu Trong';
  let widened: number;
  try {
    await page.getByRole('checkbox', { name: /^Statement or briefing/ }).uncheck();
    await page.getByLabel('Lanes').selectOption('country');
    const resizer = page.getByRole('separator', { name: 'Resize detail pane' });
    await resizer.focus();
    // Three steps left widen the pane by 60 px from its default.
    widened = Number(await resizer.getAttribute('aria-valuenow')) + 60;
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect(resizer).toHaveAttribute('aria-valuenow', String(widened));
    await page.keyboard.press('Control+f');
    await page.keyboard.type('state funeral');
    await page.keyboard.press('Enter');
    await expect(page.locator('#detail-pane h2')).toHaveText(title);
    // Saving is debounced: wait until the real settings handler has written all of it.
    await expect
      .poll(async () => {
        const view = (await settingsOf(dir)).view ?? {};
        return [view.laneMode, view.selectedId, (view.detail as { width?: number } | undefined)?.width];
      })
      .toEqual(['country', 'nguyen-phu-trong-state-funeral', widened]);
  } finally {
    await first.close();
  }

  const second = await launchApp({ userDataDir: dir });
  page = second.page;
  try {
    await expect(page.locator('#detail-pane h2')).toHaveText(title);
    await expect(page.getByRole('checkbox', { name: /^Statement or briefing/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Summit/ })).toBeChecked();
    await expect(page.locator('#status-bar')).toContainText('Filters on');
    await expect(page.getByLabel('Lanes')).toHaveValue('country');
    await expect(page.getByRole('separator', { name: 'Resize detail pane' })).toHaveAttribute(
      'aria-valuenow',
      String(widened),
    );
    const box = await page.locator('#detail-pane').boundingBox();
    expect(Math.round(box!.width)).toBe(widened);
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('state funeral');
    expect(second.consoleErrors).toEqual([]);
  } finally {
    await second.close();
  }
});

test('a corrupt saved view is ignored field by field and the app still starts', async () => {
  const first = await launchApp();
  const dir = first.userDataDir;
  // Save a view through the real handler with garbage in most fields.
  await first.page.evaluate(() =>
    window.chronoscope.saveView({
      path: 42,
      filter: { types: ['nonsense'] },
      detail: { visible: 'no', width: 'wide' },
      laneMode: 'actor',
    }),
  );
  await first.close();
  const second = await launchApp({ userDataDir: dir });
  try {
    await expect(second.page.locator('#timeline-title')).toHaveText('US diplomacy in Asia, 2021 & 2024');
    await expect(second.page.getByLabel('Lanes')).toHaveValue('actor');
    await expect(second.page.locator('#status-bar')).toContainText('Showing 39 of 39 events');
    await expect(second.page.locator('#detail-pane')).toBeVisible();
    expect(second.consoleErrors).toEqual([]);
  } finally {
    await second.close();
  }
});

test('a restored search shows its matches and result rows again, not just the query', async () => {
  const first = await launchApp();
  const dir = first.userDataDir;
  const rows = (page: typeof first.page) =>
    page.getByRole('list', { name: 'Search results' }).getByRole('button');
  let titles: string[];
  try {
    await first.page.keyboard.press('Control+f');
    await first.page.keyboard.type('state funeral');
    await expect(first.page.locator('#search-count')).toHaveText('2 matches');
    titles = await rows(first.page).locator('.search-result-title').allTextContents();
    expect(titles).toHaveLength(2);
    await expect.poll(async () => (await settingsOf(dir)).view?.query).toBe('state funeral');
  } finally {
    await first.close();
  }

  const second = await launchApp({ userDataDir: dir });
  const page = second.page;
  try {
    await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('state funeral');
    await expect(page.locator('#search-count')).toHaveText('2 matches');
    await expect(rows(page).locator('.search-result-title')).toHaveText(titles);
    // The rows work: clicking one opens that event.
    await rows(page).nth(1).click();
    await expect(page.locator('#detail-pane h2')).toHaveText(titles[1]!);
    expect(second.consoleErrors).toEqual([]);
  } finally {
    await second.close();
  }
});
