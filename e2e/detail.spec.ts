import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { BUNDLED, FIXTURES } from './harness/paths';

const data = JSON.parse(readFileSync(BUNDLED, 'utf8')) as {
  articles: Array<{ id: string; headline: string; text: string }>;
  events: Array<{ id: string; title: string; sources: Array<{ article: string; excerpt: string }> }>;
};
/** Shown as its own item when the whole timeline is fitted (most 2021 events are grouped then). */
const clicked = data.events.find((e) => e.id === 'quad-leaders-virtual-summit-2021')!;
const source = clicked.sources[0]!;
const article = data.articles.find((a) => a.id === source.article)!;
/** The event opens with a title that starts like this on the timeline: "<Type>: <title>, <date>". */
const timelineItem = (title: string) => ({
  name: new RegExp(`^[^:]+: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`),
});

test('clicking an event shows its excerpt highlighted in the article context', async ({ app }) => {
  const { page } = app;
  const pane = page.getByRole('complementary', { name: 'Event details' });
  await expect(pane.getByText('No event selected')).toBeVisible();
  await page.getByRole('button', timelineItem(clicked.title)).first().click();
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText(clicked.title);
  await expect(pane.locator('mark')).toHaveText(source.excerpt);
  // The sentence before the excerpt is shown too, not the excerpt alone.
  const quote = pane.locator('blockquote');
  const before = article.text.slice(0, article.text.indexOf(source.excerpt)).trim().split('\n').pop()!;
  await expect(quote).toContainText(before.slice(-40));
  await expect(pane.locator('cite')).toHaveText(article.headline);
  expect(app.consoleErrors).toEqual([]);
});

test('"Show full article" shows the whole article scrolled to the excerpt; Esc returns', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', timelineItem(clicked.title)).first().click();
  const open = page.getByRole('button', { name: /^Show full article/ });
  await open.click();
  const dialog = page.getByRole('dialog', { name: article.headline });
  await expect(dialog).toBeVisible();
  const lastLine = article.text.trim().split('\n').pop()!;
  await expect(dialog).toContainText(lastLine);
  await expect(dialog.locator('mark')).toHaveText(source.excerpt);
  await expect(dialog.locator('mark')).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  // Closing the reader keeps the selection.
  await expect(page.locator('#detail-pane h2')).toHaveText(clicked.title);
});

test('a related event link selects that event', async ({ app }) => {
  const { page } = app;
  const related = data.events.find((e) => e.id === 'quad-joint-statement-2021')!;
  await page.getByRole('button', timelineItem(clicked.title)).first().click();
  const pane = page.locator('#detail-pane');
  await pane.getByRole('button', { name: related.title, exact: true }).click();
  await expect(pane.getByRole('heading', { level: 2 })).toHaveText(related.title);
  await expect(pane.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page.locator('#status-bar')).toContainText(related.title);
});

test('an HTML-looking title is shown as text and runs nothing', async ({ app }) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.answerOpenDialog(join(FIXTURES, 'good', 'xss-title.chronoscope.json'));
  await page.keyboard.press('Control+o');
  await expect(page.locator('#timeline-title')).toContainText('XSS test');
  await page.keyboard.press('n');
  const title = '<img src=x onerror=alert(1)>';
  await expect(page.locator('#detail-pane h2')).toHaveText(title);
  await expect(page.locator('#status-bar')).toContainText(title);
  await expect(page.locator('#detail-pane mark')).toHaveText('<img src=x onerror=alert(2)>');
  await expect(page.locator('#detail-pane img, #status-bar img, #detail-pane script')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
