import { defineConfig } from '@playwright/test';

/**
 * One set of specs, two ways to run them (see e2e/harness): real Electron where its binary is
 * installed, otherwise Debian Chromium with the real main-process handlers bridged from Node.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
