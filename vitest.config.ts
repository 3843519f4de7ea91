import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'main/**/*.test.ts',
      'renderer/**/*.test.ts',
      'preload/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // Generous: the 100k-event correctness tests share two noisy cores with the others.
    testTimeout: 60_000,
  },
});
