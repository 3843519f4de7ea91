import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromiumApp } from '../e2e/harness/chromium-app';

/*
 * npm run screenshot -- [--file F.json] [--out shot.png] [--size 1400x900] [--theme dark]
 *                        [--goto "July 2024"] [--select "Funeral: State funeral"]
 * Renders the built app in Chromium through the e2e harness (real handlers), so anyone can
 * look at the UI on a machine where Electron cannot run.
 */
const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    out: { type: 'string', default: 'docs/screenshot.png' },
    size: { type: 'string', default: '1400x900' },
    theme: { type: 'string', default: 'light' },
    select: { type: 'string' },
    goto: { type: 'string' },
  },
});

const [width, height] = (values.size ?? '1400x900').split('x').map(Number);
if (!width || !height) throw new Error(`--size must look like 1400x900, got "${values.size}"`);
const theme = values.theme === 'dark' ? 'dark' : 'light';

const app = await launchChromiumApp({
  ...(values.file ? { file: resolve(values.file) } : {}),
  width,
  height,
  colorScheme: theme,
});
try {
  if (values.goto) {
    await app.page.keyboard.press('Control+g');
    await app.page.getByRole('textbox', { name: 'Go to date' }).fill(values.goto);
    await app.page.keyboard.press('Enter');
  }
  if (values.select) {
    await app.page.getByRole('button', { name: values.select }).first().click();
  }
  await app.page.waitForTimeout(300);
  const out = resolve(values.out ?? 'docs/screenshot.png');
  await app.page.screenshot({ path: out });
  console.log(`wrote ${out} (${width}x${height}, ${theme})`);
  if (app.consoleErrors.length) console.warn(`console errors:\n${app.consoleErrors.join('\n')}`);
} finally {
  await app.close();
}
