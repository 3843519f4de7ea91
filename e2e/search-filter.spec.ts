import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { BUNDLED } from './harness/paths';

const data = JSON.parse(readFileSync(BUNDLED, 'utf8')) as {
  events: Array<{
    id: string;
    title: string;
    type: string;
    start: string;
    end?: string;
    countries?: string[];
    place?: { country?: string };
  }>;
};
const total = data.events.length;

test('Ctrl+F, typing "funeral" lists the funeral; Enter selects the first match', async ({ app }) => {
  const { page } = app;
  await page.locator('#timeline-title').click();
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await expect(box).toBeFocused();
  await page.keyboard.type('funeral');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('button');
  const funeral = data.events.find((e) => e.id === 'nguyen-phu-trong-state-funeral')!;
  await expect(results.filter({ hasText: funeral.title })).toHaveCount(1);
  const count = await results.count();
  await expect(page.locator('#search-count')).toHaveText(`${count} match${count === 1 ? '' : 'es'}`);
  const firstTitle = await results.first().locator('.search-result-title').textContent();
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail-pane h2')).toHaveText(firstTitle!);
  await expect(results.first()).toHaveAttribute('aria-current', 'true');
  await results.filter({ hasText: funeral.title }).click();
  await expect(page.locator('#detail-pane h2')).toHaveText(funeral.title);
});

test('unticking a type hides its events and the count drops; Clear filters restores', async ({ app }) => {
  const { page } = app;
  const status = page.locator('#status-bar');
  await expect(status).toContainText(`Showing ${total} of ${total} events`);
  const visits = data.events.filter((e) => e.type === 'visit').length;
  const visitBox = page.getByRole('checkbox', { name: /^Visit or trip/ });
  await visitBox.uncheck();
  await expect(status).toContainText(`Showing ${total - visits} of ${total} events`);
  await expect(status).toContainText('Filters on');
  await expect(page.locator('#timeline').getByRole('button', { name: /^Visit or trip:/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(status).toContainText(`Showing ${total} of ${total} events`);
  await expect(visitBox).toBeChecked();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
});

test('a "From" year keeps only events overlapping it or later; bad input is flagged', async ({ app }) => {
  const { page } = app;
  const from = page.getByRole('textbox', { name: 'From' });
  await from.fill('2024');
  await from.press('Enter');
  // Years, months and days: an event ends at the end of its last unit, so compare on the end year.
  const kept = data.events.filter((e) => Number((e.end ?? e.start).slice(0, 4)) >= 2024).length;
  expect(kept).toBeLessThan(total);
  await expect(page.locator('#status-bar')).toContainText(`Showing ${kept} of ${total} events`);
  await from.fill('someday');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#status-bar')).toContainText(`Showing ${kept} of ${total} events`);
});

test('ticking a country keeps only events about it', async ({ app }) => {
  const { page } = app;
  const box = page.getByRole('searchbox', { name: 'Find country' });
  await box.fill('mongol');
  const mongolia = page.getByRole('checkbox', { name: /^Mongolia \(MN\)/ });
  await expect(page.locator('.check-group').filter({ has: box }).getByRole('checkbox')).toHaveCount(1);
  await mongolia.check();
  const about = data.events.filter((e) => e.countries?.includes('MN') || e.place?.country === 'MN').length;
  expect(about).toBeGreaterThan(0);
  await expect(page.locator('#status-bar')).toContainText(`Showing ${about} of ${total} events`);
});
