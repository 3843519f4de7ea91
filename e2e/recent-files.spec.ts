import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { launchApp } from './harness';
import { FIXTURES } from './harness/paths';

const SMALL = join(FIXTURES, 'good', 'small.chronoscope.json');

test('a file named on the command line opens instead of the bundled dataset', async () => {
  const app = await launchApp({ file: SMALL });
  try {
    await expect(app.page.locator('#timeline-title')).toHaveText('Small test timeline');
  } finally {
    await app.close();
  }
});

test('opened files join Open Recent, and ones deleted since are pruned with a notice', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'chronoscope-recent-'));
  const copy = join(dir, 'fisheries.chronoscope.json');
  await copyFile(SMALL, copy);
  const first = await launchApp();
  try {
    await first.answerOpenDialog(copy);
    await first.page.keyboard.press('Control+O');
    await expect(first.page.locator('#timeline-title')).toHaveText('Small test timeline');
  } finally {
    await first.close();
  }
  const settings = JSON.parse(await readFile(join(first.userDataDir, 'settings.json'), 'utf8'));
  expect(settings.recent).toEqual([{ path: copy, name: 'fisheries.chronoscope.json' }]);

  await rm(copy);
  const second = await launchApp({ userDataDir: first.userDataDir });
  try {
    await expect(
      second.page.getByText(/Removed from Open Recent.*fisheries\.chronoscope\.json/),
    ).toBeVisible();
    // The last file is gone, so the app falls back to the bundled dataset.
    await expect(second.page.locator('#timeline-title')).toHaveText('US diplomacy in Asia, 2021 & 2024');
  } finally {
    await second.close();
  }
});
