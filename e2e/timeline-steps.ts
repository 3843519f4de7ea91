import type { Page } from 'playwright-core';
import { expect } from './fixtures';

/** Go to a date the way a person does: Ctrl+G, type, Enter, and wait for the dialog to close. */
export async function goTo(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+g');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('textbox', { name: 'Go to date' }).fill(text);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
}
