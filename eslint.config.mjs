// Lint: typescript-eslint + Prettier; Apps Script globals are forbidden outside src/gas and src/main.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-plugin-prettier/recommended';

const appsScriptGlobals = [
  'SpreadsheetApp',
  'DriveApp',
  'ScriptApp',
  'Sheets',
  'Drive',
  'Session',
  'PropertiesService',
  'CacheService',
  'LockService',
  'Utilities',
  'HtmlService',
  'UrlFetchApp',
  'Logger',
  'MailApp',
  'GmailApp',
  'DocumentApp',
  'Browser',
  'ContentService',
].map((name) => ({
  name,
  message: 'Apps Script services belong in src/gas (and src/main.ts) only.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'build/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-undef': 'off',
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/app/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...appsScriptGlobals],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/main.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
