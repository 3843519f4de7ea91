import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page (evaluated as source text: the CSP forbids injected script tags). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

test('the main screen has no serious accessibility violations, light and dark', async ({ app }) => {
  const { page } = app;
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('n');
  await expect(page.locator('#detail-pane h2')).not.toHaveText('No event selected');
  expect(await seriousViolations(page)).toEqual([]);
  await app.clickMenu('view.theme.dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
});

test('dialogs (article, shortcuts, about) have no serious accessibility violations', async ({ app }) => {
  const { page } = app;
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Quad');
  await page.getByRole('searchbox', { name: 'Search events' }).press('Enter');
  await page
    .getByRole('button', { name: /^Show full article/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await app.clickMenu('help.about');
  await expect(page.getByRole('dialog', { name: 'About Chronoscope' })).toContainText('0.0.0-e2e');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the article review dialog has no serious accessibility violations', async ({ app }) => {
  const { page } = app;
  await app.clickMenu('file.addFromArticle');
  const dialog = page.getByRole('dialog', { name: 'Add Events from Article' });
  await dialog
    .getByLabel('Article text')
    .fill(
      'Trong died on Friday at a military hospital in Hanoi. The funeral is scheduled to begin on Thursday.',
    );
  await dialog.getByLabel('Publication date').fill('2024-07-22');
  await dialog.getByRole('button', { name: 'Find events' }).click();
  await expect(dialog.getByRole('list', { name: 'Candidate events' }).getByRole('listitem')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
});
