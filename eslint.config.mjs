// ESLint flat config: typescript-eslint recommended rules, Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', '.harness/**', '.test-output/**', '.scratch/**', 'rules/generated/**', 'test/fixtures/**', 'test/grammar/host/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'prefer-const': ['error', { destructuring: 'all' }],
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },
  {
    // Plain CommonJS entry points and extension-host test files.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/e2e/**/*.mjs', 'test/vscode/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // These files also declare their globals in /* global */ comments for editors without this config.
    rules: { 'no-redeclare': 'off' },
  },
  prettier,
);
