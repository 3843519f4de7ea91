import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from './fixtures';
import { BUNDLED } from './harness/paths';
import { goTo } from './timeline-steps';

/*
 * Editing as a person does it: double-click an empty spot to add an event, name and date it in
 * the detail pane (invalid input is refused with the reason beside the field), drag it along
 * the timeline, delete it.
 */

const data = JSON.parse(readFileSync(BUNDLED, 'utf8')) as {
  articles: Array<{ id: string; headline: string; text: string }>;
};

const item = (page: Page, title: string) =>
  page.locator('.vis-item', { has: page.locator('.ev-title', { hasText: title }) });

test('double-click adds an event; the pane edits it with checks; drag moves it; Delete removes it', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('#timeline').focus();
  await goTo(page, 'June 2023'); // a quiet month of the bundled dataset
  const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  const lane = (await page.locator('.vis-foreground .vis-group').first().boundingBox())!;
  await page.mouse.dblclick(panel.x + panel.width / 2, lane.y + lane.height / 2);

  const pane = page.locator('#detail-pane');
  const title = pane.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('New event');
  await expect(page.locator('#status-bar')).toContainText('of 40 events');

  await title.fill('Trade ministers meet in Osaka');
  await title.press('Tab');
  await expect(item(page, 'Trade ministers meet in Osaka')).toBeVisible();

  // A date that does not exist is refused where it was typed, and not applied.
  const start = pane.getByLabel('Start', { exact: true });
  const startBefore = await start.inputValue();
  expect(startBefore).toMatch(/^2023-06-\d\d$/);
  await start.fill('2023-02-30');
  await start.press('Tab');
  await expect(page.locator('#edit-start-error')).not.toBeEmpty();
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await start.fill('2023-06-10');
  await start.press('Tab');
  await expect(page.locator('#edit-start-error')).toBeEmpty();
  // A source must quote its article: a made-up excerpt is refused, a real sentence is kept.
  await pane.getByRole('button', { name: 'Add source' }).click();
  const excerpt = pane.getByLabel('Excerpt (quoted verbatim)');
  await expect(excerpt).toBeFocused();
  await pane.getByLabel('Source 1: article').selectOption({ label: data.articles[0]!.headline });
  await excerpt.fill('Words that this article never printed.');
  await excerpt.press('Tab');
  await expect(page.locator('#edit-source-0-error')).toContainText('does not occur verbatim');
  const quote = data.articles[0]!.text.split(/(?<=\.)\s/)[1]!.trim();
  await excerpt.fill(quote);
  await excerpt.press('Tab');
  await expect(page.locator('#edit-source-0-error')).toBeEmpty();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(pane).toContainText(quote.slice(0, 40));
  await expect(page.locator('#detail-pane')).toContainText('10 Jun 2023');
  // The keyboard way back into the editor, and Esc out of it.
  await page.keyboard.press('Control+Enter');
  await expect(title).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(title).toHaveCount(0);

  // The keyboard's drag: Alt+→ twice on the timeline moves a day-precision event two days.
  await page.locator('#timeline').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator('#detail-pane')).toContainText('12 Jun 2023');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.locator('#detail-pane')).toContainText('11 Jun 2023');

  // Drag the item a few days to the right: it lands on a whole day, later than before.
  const box = (await item(page, 'Trade ministers meet in Osaka').boundingBox())!;
  await page.mouse.move(box.x + 6, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 6 + panel.width / 6, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('#detail-pane')).not.toContainText('11 Jun 2023');
  const shownDate = (await page.locator('#detail-pane').innerText()).match(/\b(\d{1,2} \w{3} \d{4})\b/)![1]!;
  const movedTo = Date.parse(`${shownDate} UTC`);
  expect(movedTo).toBeGreaterThan(Date.UTC(2023, 5, 11));
  expect(new Date(movedTo).getUTCHours()).toBe(0); // a whole day, as its precision says

  await page.locator('#timeline').focus();
  await page.keyboard.press('Delete');
  await expect(item(page, 'Trade ministers meet in Osaka')).toHaveCount(0);
  await expect(page.locator('#status-bar')).toContainText('of 39 events');
  expect(app.consoleErrors).toEqual([]);
});

test('Ctrl+click and a Shift+drag rectangle select several events; the pane retypes and deletes them at once', async ({
  app,
}) => {
  const { page } = app;
  await page.locator('#timeline').focus();
  await goTo(page, 'March 2021'); // the Quad summit and the Tokyo and Seoul visits
  const events = page.locator('.vis-item .ev-content'); // one per event (a point also has a dot)
  await expect(events.first()).toBeVisible();
  const shownBefore = await events.count();
  expect(shownBefore).toBeGreaterThan(2);

  await events.nth(0).click();
  await events.nth(1).click({ modifiers: ['Control'] });
  const pane = page.locator('#detail-pane');
  await expect(pane.getByRole('heading', { name: '2 events selected' })).toBeVisible();
  await expect(page.locator('.vis-item.vis-selected .ev-content')).toHaveCount(2);

  // A rectangle from the bottom-left corner to the top-right one touches every event drawn
  // inside the panel (lanes scrolled out of view are not touched); Shift+click removes one.
  const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  let inside = await events.evaluateAll(
    (nodes, area) =>
      nodes.filter((node) => {
        const r = node.getBoundingClientRect();
        return r.top < area.y + area.height && r.bottom > area.y && r.left < area.x + area.width;
      }).length,
    panel,
  );
  expect(inside).toBeGreaterThan(2);
  await page.keyboard.down('Shift');
  await page.mouse.move(panel.x + 2, panel.y + panel.height - 2);
  await page.mouse.down();
  await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2, { steps: 4 });
  await expect(page.locator('.select-rectangle')).toBeVisible();
  await page.mouse.move(panel.x + panel.width - 2, panel.y + 2, { steps: 4 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.locator('.select-rectangle')).toHaveCount(0);
  await expect(pane.getByRole('heading', { name: `${inside} events selected` })).toBeVisible();
  // Selected ranges carry vis's drag handle over their label: click where the person sees it.
  const first = (await events.nth(0).boundingBox())!;
  await page.keyboard.down('Shift');
  await page.mouse.click(first.x + Math.min(first.width / 2, 20), first.y + first.height / 2);
  await page.keyboard.up('Shift');
  inside--;
  await expect(pane.getByRole('heading', { name: `${inside} events selected` })).toBeVisible();

  await pane.getByLabel('Change the type of all').selectOption({ label: 'Funeral' });
  await expect(page.locator('.vis-label', { hasText: 'Funeral' })).toBeVisible();
  const total = Number((await page.locator('#status-bar').innerText()).match(/of (\d+) events/)![1]);
  await pane.getByRole('button', { name: `Delete ${inside} events` }).click();
  await expect(page.locator('#status-bar')).toContainText(`of ${total - inside} events`);
  await expect(pane.getByRole('heading', { name: 'No event selected' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});
