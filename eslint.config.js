import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// DESIGN.md layers: the pure folders never reach React, zustand, Monaco, React Flow or the DOM.
const uiPackages = ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'monaco-editor',
  'monaco-editor/*', '@monaco-editor/*', '@xyflow/*'];
const pureLayerRule = (extra = []) => ['error', {
  patterns: [
    { group: uiPackages, message: 'Pure layers (asl and the pureFolders below) must not import UI libraries.' },
    { group: ['**/store/**', '**/studio/**', '**/editor/**', ...extra], message: 'Imports only point down the layers of DESIGN.md.' },
  ],
}];

// Pure folders besides src/asl (which has its own, stricter rule). One per line: add yours.
const pureFolders = [
  'catalog',
  'graph',
  'history',
  'interpreter',
  'run',
  'sam',
  'templates',
  'teststate',
  'time',
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  { files: ['src/asl/**/*.ts'], rules: { 'no-restricted-imports': pureLayerRule(['**/graph/**', '**/interpreter/**', '**/sam/**', '**/catalog/**']) } },
  { files: pureFolders.map((folder) => `src/${folder}/**/*.ts`), rules: { 'no-restricted-imports': pureLayerRule() } },
  { files: ['src/testing/**/*.ts'], rules: { 'no-restricted-imports': pureLayerRule() } },
  { files: ['src/store/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [
    { group: ['react-dom', '**/studio/**', '**/editor/**', 'monaco-editor', 'monaco-editor/*', '@xyflow/*'], message: 'The store sits below the views.' },
  ] }] } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': pureLayerRule(['**/graph/**']) } },
);
