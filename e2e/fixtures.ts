import { test as base, expect } from '@playwright/test';
import { launchApp, type AppHandle } from './harness';

/** `app`: a freshly started Chronoscope on the bundled dataset, closed after the test. */
export const test = base.extend<{ app: AppHandle }>({
  // Playwright needs the destructuring pattern to see which fixtures a fixture uses.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await launchApp();
    await use(app);
    await app.close();
  },
});

export { expect };
