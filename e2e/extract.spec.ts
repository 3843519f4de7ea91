import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** Issue 13: paste an article, review its candidate events, correct one, reject one, add the rest. */

const ARTICLE = readFileSync(
  join(import.meta.dirname, '..', 'bench', 'extract-gold', '12-minister-resigns.txt'),
  'utf8',
);
const RESIGNED =
  'Finance Minister Paul Okafor resigned on Monday, two days after a newspaper published documents about his offshore accounts.';
const DENIED = 'Okafor, who had served since 2019, denied wrongdoing in a statement on Sunday.';

test('paste an article, correct a date, reject one, accept the rest, find them with their excerpts', async ({
  app,
}) => {
  const { page } = app;
  await app.clickMenu('file.addFromArticle');
  const dialog = page.getByRole('dialog', { name: 'Add Events from Article' });
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Publication date').fill('2025-04-07');
  await dialog.getByRole('button', { name: 'Find events' }).click();

  const candidates = dialog.getByRole('list', { name: 'Candidate events' }).getByRole('listitem');
  await expect(candidates).toHaveCount(6);
  // The article is shown beside the list with each candidate's sentence highlighted.
  await expect(dialog.locator('mark').first()).toHaveText(RESIGNED);
  // Six candidates from four sentences: two sentences each report two dated events.
  await expect(dialog.locator('mark')).toHaveCount(4);

  // Reject the "since 2019" candidate, move the statement from Sunday to Saturday.
  const since = candidates.filter({ hasText: '“since 2019”' });
  await since.getByRole('checkbox').uncheck();
  const statement = candidates.filter({ hasText: '“on Sunday”' });
  await expect(statement.getByLabel('Start')).toHaveValue('2025-04-06');
  await statement.getByLabel('Start').fill('2025-04-05');
  await dialog.getByRole('button', { name: 'Add accepted events' }).click();
  await expect(dialog).toBeHidden();

  // The first accepted event is selected and in view, its excerpt highlighted in the detail pane.
  const pane = page.getByRole('complementary', { name: 'Event details' });
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText('Finance Minister Paul Okafor resigned');
  await expect(pane.locator('mark')).toHaveText(RESIGNED);

  // The corrected statement now comes just before it in time: P walks back to it.
  await page.keyboard.press('p');
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText('Denied wrongdoing in a statement');
  await expect(pane.locator('mark')).toHaveText(DENIED);
  await expect(pane).toContainText('2025');

  // The rejected candidate was not added.
  await page.keyboard.press('p');
  await expect(pane.getByRole('heading', { level: 2 })).not.toHaveText(/since 2019|Denied wrongdoing/);
  expect(app.consoleErrors).toEqual([]);
});

test('open a saved HTML page: body and date from the page, furniture cut, events added', async ({ app }) => {
  const { page } = app;
  await app.clickMenu('file.addFromArticle');
  const dialog = page.getByRole('dialog', { name: 'Add Events from Article' });
  await app.answerOpenDialog(join(import.meta.dirname, '..', 'bench', 'extract-gold', 'quake-page.html'));
  await dialog.getByRole('button', { name: 'Open article file…' }).click();

  await expect(dialog.getByLabel('Article text')).toHaveValue(
    /^A magnitude 6\.8 earthquake struck southern Turkey/,
  );
  await expect(dialog.getByLabel('Article text')).not.toHaveValue(/Related stories/);
  await expect(dialog.getByText(/Cut from the page as not part of the article/)).toContainText(
    'Related stories',
  );
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2025-10-14');
  await expect(dialog.getByRole('status')).toContainText('article:published_time');

  const candidates = dialog.getByRole('list', { name: 'Candidate events' }).getByRole('listitem');
  await expect(candidates.filter({ hasText: '“two days ago”' }).getByLabel('Start')).toHaveValue(
    '2025-10-12',
  );
  await dialog.getByRole('button', { name: 'Accept all' }).click();
  await expect(dialog).toBeHidden();

  const pane = page.getByRole('complementary', { name: 'Event details' });
  await expect(pane.locator('mark')).toHaveText(
    'A magnitude 6.8 earthquake struck southern Turkey early on Tuesday, killing at least 40 people and flattening dozens of buildings in two provinces.',
  );
  await expect(pane.locator('cite')).toHaveText('Quake hits southern Turkey');
  expect(app.consoleErrors).toEqual([]);
});

test('File › New from Article… opens the accepted events as a new timeline of that article', async ({
  app,
}) => {
  const { page } = app;
  await app.clickMenu('file.newFromArticle');
  const dialog = page.getByRole('dialog', { name: 'New Timeline from Article' });
  const text = readFileSync(
    join(import.meta.dirname, '..', 'bench', 'extract-gold', '03-cup-final.txt'),
    'utf8',
  );
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByLabel('Publication date').fill('2024-12-04');
  await dialog.getByRole('button', { name: 'Find events' }).click();
  await expect(dialog.getByRole('list', { name: 'Candidate events' }).getByRole('listitem')).toHaveCount(5);
  await dialog.getByRole('button', { name: 'Accept all' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('#timeline-title')).toHaveText(/^Riverton United beat Harbor City/);
  const pane = page.getByRole('complementary', { name: 'Event details' });
  await expect(pane.locator('mark')).toHaveText(text.split('\n')[0]!.split(/(?<=\.) /)[0]!);
  // Only this article's events: the bundled dataset is no longer shown.
  await expect(page.locator('#status-bar')).toContainText('Showing 5 of 5 events');
  expect(app.consoleErrors).toEqual([]);
});

test('a dropped article opens the review; changing the publication date recomputes every date', async ({
  app,
}) => {
  const { page } = app;
  // As a person would, drop once the timeline is on screen.
  await expect(page.locator('#timeline-title')).toHaveText(/\S/);
  await expect(page.locator('#timeline .vis-item').first()).toBeVisible();
  await app.dropFiles([join(import.meta.dirname, '..', 'bench', 'extract-gold', '05-earthquake.txt')]);
  const dialog = page.getByRole('dialog', { name: 'Add Events from Article' });
  // Main reads the dropped bytes and the extractor runs: allow for a loaded machine.
  await expect(dialog.getByLabel('Article text')).toHaveValue(/^A magnitude 6\.8 earthquake struck/, {
    timeout: 20_000,
  });
  // No date line: the weekday evidence is shown, and the date is the user's to correct.
  await expect(dialog.getByRole('status')).toContainText('check it');
  const ago = dialog.getByRole('listitem').filter({ hasText: '“two days ago”' });
  await dialog.getByLabel('Publication date').fill('2025-10-14');
  await dialog.getByLabel('Publication date').press('Tab');
  await expect(ago.getByLabel('Start')).toHaveValue('2025-10-12');
  await expect(
    dialog.getByRole('listitem').filter({ hasText: '“early on Tuesday”' }).getByLabel('Start'),
  ).toHaveValue('2025-10-14');
  expect(app.consoleErrors).toEqual([]);
});

test('two candidates for one event are merged into one with both excerpts', async ({ app }) => {
  const { page } = app;
  await app.clickMenu('file.addFromArticle');
  const dialog = page.getByRole('dialog', { name: 'Add Events from Article' });
  const opens = 'The Arctic summit opens in Oslo on Monday.';
  const gather = 'Leaders will gather in the Norwegian capital for the two-day meeting from Monday.';
  await dialog.getByLabel('Article text').fill(`${opens} ${gather}`);
  await dialog.getByLabel('Publication date').fill('2025-06-11');
  await dialog.getByRole('button', { name: 'Find events' }).click();
  const candidates = dialog.getByRole('list', { name: 'Candidate events' }).getByRole('listitem');
  await expect(candidates).toHaveCount(2);
  await candidates.nth(1).getByRole('button', { name: 'Merge into the one above' }).click();
  await expect(candidates).toHaveCount(1);
  await expect(candidates.first().locator('blockquote')).toHaveText([opens, gather]);
  await candidates.first().getByLabel('End').fill('2025-06-17');
  await dialog.getByRole('button', { name: 'Add accepted events' }).click();

  const pane = page.getByRole('complementary', { name: 'Event details' });
  await expect(pane.locator('mark')).toHaveText([opens, gather]);
  expect(app.consoleErrors).toEqual([]);
});
