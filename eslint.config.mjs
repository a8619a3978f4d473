// Lint for the project's own code; the boundaries between core, adapters and webview are enforced here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'worker_threads', 'crypto', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'bench/.work/**', 'examples/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The engine runs in node, the browser and workers: no editor, no file system, no node built-ins.
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', ...NODE_BUILTINS], message: 'src/core and src/shared stay free of vscode and node built-ins; pass I/O in through WorkspaceHost.' },
            { group: ['**/extension/**', '**/cli/**', '**/webview/**'], message: 'The engine imports no adapter.' },
          ],
        },
      ],
    },
  },
  {
    // The calendar page talks to the extension host in messages (src/shared/protocol.ts) and nothing else.
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vscode', ...NODE_BUILTINS], message: 'The webview runs in a browser page: no vscode, no node built-ins.' },
            { regex: '^(\\.\\./)+(core|node|extension|cli)(/|$)', message: 'The webview imports only src/shared; everything else reaches it as a message.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli/**', '**/webview/**'], message: 'The extension shares code with the CLI through src/core and src/node, never src/cli; the webview is reached by messages.' }] }],
    },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', '**/extension/**', '**/cli/**', '**/webview/**'], message: 'src/node is node code the CLI and the extension share: no adapter, no editor.' }] }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', '**/extension/**', '**/webview/**'], message: 'The CLI is a node adapter of src/core only.' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', __dirname: 'readonly', module: 'writable', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
