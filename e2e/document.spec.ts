import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchApp, type AppHandle } from './harness';
import { BUNDLED } from './harness/paths';
import { expect, test } from './fixtures';

/*
 * A timeline as a working document: edit it, undo and redo with the keys, save with Ctrl+S or
 * Save As, find the change after reopening; close with unsaved changes and get the question;
 * come back after a crash and restore. Dialogs and questions are answered the way a person
 * would click them (the harness scripts main's native dialogs, see e2e/harness).
 */

const NAME = 'my-timeline.chronoscope.json';
const item = (page: Page, title: string) =>
  page.locator('.vis-item', { has: page.locator('.ev-title', { hasText: title }) });
const status = (page: Page) => page.locator('#status-bar');
const eventTitles = async (path: string) =>
  (JSON.parse(await readFile(path, 'utf8')) as { events: { title: string }[] }).events.map((e) => e.title);

/** Go to date animates the view: a person waits until it stops moving before double-clicking. */
async function viewSettled(page: Page): Promise<void> {
  const labels = page.locator('.vis-time-axis.vis-foreground .vis-text');
  const axis = () =>
    labels.evaluateAll((els) => els.map((e) => `${e.textContent}@${e.getBoundingClientRect().x}`).join());
  let last = '';
  let steady = 0;
  await expect
    .poll(
      async () => {
        const now = await axis();
        steady = now === last ? steady + 1 : 0;
        last = now;
        return steady;
      },
      { intervals: [200] },
    )
    .toBeGreaterThanOrEqual(2);
}

/** A copy of the bundled dataset in a folder of its own: a file the user may save. */
async function myTimeline(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'chronoscope-doc-e2e-')), NAME);
  await copyFile(BUNDLED, path);
  return path;
}

/** Insert adds an event in the middle of the view, as the toolbar's Add would. */
async function addEvent(page: Page, count = 40): Promise<void> {
  await page.locator('#timeline').focus();
  await page.keyboard.press('Insert');
  await expect(status(page)).toContainText(`of ${count} events`);
}

test('add, drag, undo and redo with the keys, save with Ctrl+S, reopen and find the change', async () => {
  const file = await myTimeline();
  let app: AppHandle = await launchApp({ file });
  let { page } = app;
  try {
    await expect(page).toHaveTitle(`${NAME} — Chronoscope`);
    await page.locator('#timeline').focus();
    await page.keyboard.press('Control+g');
    await page.getByRole('textbox', { name: 'Go to date' }).fill('June 2023'); // a quiet month
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const lane = (await page.locator('.vis-foreground .vis-group').first().boundingBox())!;
    await viewSettled(page);
    await page.mouse.dblclick(panel.x + panel.width / 2, lane.y + lane.height / 2);
    await expect(item(page, 'New event')).toBeVisible();
    await expect(status(page)).toContainText('of 40 events');
    await expect(page).toHaveTitle(`• ${NAME} — Chronoscope`);

    const before = (await item(page, 'New event').boundingBox())!;
    await page.mouse.move(before.x + 6, before.y + before.height / 2);
    await page.mouse.down();
    await page.mouse.move(before.x + 6 + panel.width / 5, before.y + before.height / 2, { steps: 8 });
    await page.mouse.up();
    const undoButton = page.locator('button[data-command="edit.undo"]');
    await expect(undoButton).toHaveAccessibleName('Undo Move Event');
    const moved = (await item(page, 'New event').boundingBox())!;
    expect(moved.x).toBeGreaterThan(before.x + 20);

    await page.locator('#timeline').focus();
    await page.keyboard.press('Control+z');
    await expect(undoButton).toHaveAccessibleName('Undo Add Event');
    await page.keyboard.press('Control+z');
    await expect(item(page, 'New event')).toHaveCount(0);
    await expect(status(page)).toContainText('of 39 events');
    await expect(page).toHaveTitle(`${NAME} — Chronoscope`);
    await expect(undoButton).toBeDisabled();

    await page.keyboard.press('Control+Shift+Z');
    await expect(item(page, 'New event')).toBeVisible();
    await page.keyboard.press('Control+y');
    await expect(page.locator('button[data-command="edit.redo"]')).toBeDisabled();
    await expect(undoButton).toHaveAccessibleName('Undo Move Event');

    await page.keyboard.press('Control+s');
    await expect(page).toHaveTitle(`${NAME} — Chronoscope`);
    expect(await eventTitles(file)).toContain('New event');
    // The version before the save is kept beside it.
    expect(await eventTitles(`${file}.bak`)).not.toContain('New event');
    expect(await app.questions()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  } finally {
    await app.close();
  }

  app = await launchApp({ file });
  page = app.page;
  try {
    await expect(status(page)).toContainText('of 40 events');
    await page.keyboard.press('Control+f');
    await page.keyboard.type('New event');
    await page.keyboard.press('Enter');
    await expect(page.locator('#detail-pane h2')).toHaveText('New event');
    await expect(page).toHaveTitle(`${NAME} — Chronoscope`);
  } finally {
    await app.close();
  }
});

test('the bundled dataset is read-only: Ctrl+S asks where to save, and the copy becomes the document', async ({
  app,
}) => {
  const { page } = app;
  const bundledBefore = await readFile(BUNDLED, 'utf8');
  await addEvent(page);
  const target = join(await mkdtemp(join(tmpdir(), 'chronoscope-doc-e2e-')), 'copy.chronoscope.json');
  await app.answerSaveDialog(target);
  await page.keyboard.press('Control+s');
  await expect(page).toHaveTitle('copy.chronoscope.json — Chronoscope');
  expect(await eventTitles(target)).toContain('New event');
  expect(await readFile(BUNDLED, 'utf8')).toBe(bundledBefore);

  // Save As… (Ctrl+Shift+S) writes yet another file and switches to it.
  // This time with the toolbar's button; the Edit menu's Undo and Redo step back and forth.
  await page.getByRole('button', { name: 'Add event', exact: true }).click();
  await expect(status(page)).toContainText('of 41 events');
  await app.clickMenu('edit.undo');
  await expect(status(page)).toContainText('of 40 events');
  await expect(page).toHaveTitle('copy.chronoscope.json — Chronoscope');
  await app.clickMenu('edit.redo');
  await expect(status(page)).toContainText('of 41 events');
  const other = target.replace('copy', 'other');
  await app.answerSaveDialog(other);
  await page.keyboard.press('Control+Shift+S');
  await expect(page).toHaveTitle('other.chronoscope.json — Chronoscope');
  expect((await eventTitles(other)).filter((t) => t === 'New event')).toHaveLength(2);
  expect((await eventTitles(target)).filter((t) => t === 'New event')).toHaveLength(1);
  expect(app.consoleErrors).toEqual([]);
});

test('closing, opening or starting a new timeline with unsaved changes asks first', async () => {
  const file = await myTimeline();
  const app = await launchApp({ file });
  const { page } = app;
  const question = `Do you want to save the changes you made to ${NAME}?`;
  try {
    await addEvent(page);

    // Dismissing the question (Esc) keeps the window and the changes.
    await app.requestClose();
    await expect.poll(() => app.questions()).toEqual([question]);
    expect(await app.windowClosed()).toBe(false);
    await expect(page).toHaveTitle(`• ${NAME} — Chronoscope`);

    // Cancel on Ctrl+O: no open dialog, the timeline stays.
    await app.answerQuestion('Cancel');
    await page.keyboard.press('Control+o');
    await expect.poll(async () => (await app.questions()).length).toBe(2);
    await expect(item(page, 'New event')).toBeVisible();

    // Don't Save on New: an empty timeline replaces it, and the file is untouched.
    await app.answerQuestion("Don't Save");
    await page.keyboard.press('Control+n');
    await expect(page).toHaveTitle('Untitled — Chronoscope');
    await expect(status(page)).toContainText('of 0 events');
    expect(await eventTitles(file)).not.toContain('New event');

    // A clean document closes without a question.
    await app.requestClose();
    await expect.poll(() => app.windowClosed()).toBe(true);
    expect(await app.questions()).toHaveLength(3);
  } finally {
    await app.close().catch(() => undefined);
  }
});

test('Save in the close question saves, then the window closes', async () => {
  const file = await myTimeline();
  const app = await launchApp({ file });
  try {
    await addEvent(app.page);
    await app.answerQuestion('Save');
    await app.requestClose();
    await expect.poll(() => app.windowClosed()).toBe(true);
    expect(await eventTitles(file)).toContain('New event');
  } finally {
    await app.close().catch(() => undefined);
  }
});

test('a file changed by another program since it was opened is not overwritten unasked', async () => {
  const file = await myTimeline();
  const app = await launchApp({ file });
  const { page } = app;
  try {
    await addEvent(page);
    const theirs = (await readFile(file, 'utf8')).replace('US diplomacy in Asia', 'Their edit');
    await writeFile(file, theirs);

    await app.answerQuestion('Cancel');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => app.questions())
      .toEqual([`${NAME} was changed by another program since you opened it.`]);
    await expect(page).toHaveTitle(`• ${NAME} — Chronoscope`);
    expect(await readFile(file, 'utf8')).toBe(theirs);

    await app.answerQuestion('Replace');
    await page.keyboard.press('Control+s');
    await expect(page).toHaveTitle(`${NAME} — Chronoscope`);
    expect(await eventTitles(file)).toContain('New event');
  } finally {
    await app.close();
  }
});

test('after a crash, the next start offers the unsaved changes back and restores them', async () => {
  const file = await myTimeline();
  const first = await launchApp({ file });
  const recovery = join(first.userDataDir, 'recovery');
  await addEvent(first.page);
  // Autosave runs after a few idle seconds.
  await expect.poll(() => readdir(recovery).catch(() => []), { timeout: 15_000 }).toHaveLength(1);
  await first.crash();
  expect(await eventTitles(file)).not.toContain('New event');

  const second = await launchApp({ file, userDataDir: first.userDataDir, startupAnswers: ['Restore'] });
  const { page } = second;
  try {
    expect((await second.questions())[0]).toMatch(/did not close normally.*my-timeline\.chronoscope\.json/);
    await expect(status(page)).toContainText('of 40 events');
    await expect(page).toHaveTitle(`• ${NAME} — Chronoscope`);
    await page.keyboard.press('Control+s');
    await expect(page).toHaveTitle(`${NAME} — Chronoscope`);
    expect(await eventTitles(file)).toContain('New event');
    await expect.poll(() => readdir(recovery)).toEqual([]);
    expect(second.consoleErrors).toEqual([]);
  } finally {
    await second.close();
  }
});
