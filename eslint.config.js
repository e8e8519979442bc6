import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['*.cjs', '**/node_modules/**', '**/dist/**', 'data/**', 'docs/**', 'packages/web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports (STYLE.md).' }],
      // Text decoders legitimately look for control bytes.
      'no-control-regex': 'off',
    },
  },
  { files: ['eslint.config.js', 'packages/web/vite.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    // The pure core runs in browsers too and takes time and randomness from its caller.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Buffer', message: 'core runs in the browser: use Uint8Array.' },
        { name: 'process', message: 'core has no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'core has no clock: take the time as an argument.' },
        { object: 'Math', property: 'random', message: 'core has no randomness: take ids/salts as arguments.' },
      ],
    },
  },
);
