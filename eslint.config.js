import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectronReactOrDom = {
  patterns: [
    { group: ['electron', 'electron/*', 'electron-log', 'electron-log/*'], message: 'core/ is pure: no Electron.' },
    {
      group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', 'zustand', 'zustand/*'],
      message: 'core/ is pure: no React or UI state.',
    },
    { group: ['**/renderer/**', '**/main/**'], message: 'core/ is the bottom layer: it imports nothing above it.' },
  ],
};

/** The IPC surface lives in exactly two files: main/ipc.ts answers, main/preload.ts asks. */
const ipcOnlyIn = (allowed) => {
  const owners = { ipcMain: 'main/ipc.ts', ipcRenderer: 'main/preload.ts', contextBridge: 'main/preload.ts' };
  const forbidden = Object.keys(owners).filter((name) => !allowed.includes(name));
  return [
    'error',
    {
      paths: forbidden.map((name) => ({
        name: 'electron',
        importNames: [name],
        message: `${name} is used only in ${owners[name]}, so the whole IPC surface is in one place.`,
      })),
    },
  ];
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', noElectronReactOrDom],
      // No DOM in core/: these globals exist only in a browser.
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'HTMLElement',
        'location',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**'],
              message: 'renderer/ never imports main/: go through the host contract.',
            },
            {
              group: ['electron', 'electron/*', 'electron-log/main'],
              message: 'renderer/ runs sandboxed: use the host contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/decisions/**/*.ts'],
    rules: {
      // Decisions stay pure so they are unit-tested without Electron (type imports are fine).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron'],
              message: 'decisions/ holds pure decisions; Electron glue lives beside it.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['main/ipc.ts', 'main/preload.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ipcOnlyIn([]) },
  },
  { files: ['main/ipc.ts'], rules: { '@typescript-eslint/no-restricted-imports': ipcOnlyIn(['ipcMain']) } },
  {
    files: ['main/preload.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ipcOnlyIn(['ipcRenderer', 'contextBridge']) },
  },
  {
    files: ['main/**/*.ts', 'scripts/**/*.{js,mjs}', 'tests/**/*.ts', '*.config.{js,ts}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
