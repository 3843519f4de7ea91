import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data is text: use textContent or DOM nodes, never HTML.' },
        { property: 'outerHTML', message: 'Data is text: use textContent or DOM nodes, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Data is text: never inject HTML.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    // core/ is pure domain code shared by main, preload and renderer: no Node, no Electron, no
    // DOM, no reaching into the processes that use it. (Tests may read fixtures from disk.)
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts', 'core/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'core/ is pure: no Node modules (pass data in instead).' },
            { group: ['electron', 'electron/*'], message: 'core/ is pure: no Electron.' },
            {
              group: ['**/renderer/**', '**/main/**', '**/preload/**'],
              message: 'core/ must not depend on the processes that use it.',
            },
          ],
          paths: ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url'].map((name) => ({
            name,
            message: 'core/ is pure: no Node modules.',
          })),
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'process', 'require', 'Buffer'],
    },
  },
  {
    // Views read the state through renderer/app-state's index and change it only by actions.
    files: ['renderer/**/*.ts'],
    ignores: ['renderer/app-state/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app-state/*'],
              message: 'Import from renderer/app-state (its index): state is written only by its actions.',
            },
          ],
        },
      ],
    },
  },
  {
    // Inside the state layer only the actions may write: derived values only select.
    files: ['renderer/app-state/**/*.ts'],
    ignores: [
      'renderer/app-state/actions.ts',
      'renderer/app-state/open-timeline.ts',
      'renderer/app-state/edit-actions.ts',
      'renderer/app-state/*.test.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./store'],
              importNames: ['update', 'resetState'],
              message: 'Only actions write the state.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
