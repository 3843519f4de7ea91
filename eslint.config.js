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
