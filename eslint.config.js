import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

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
  { files: ['src/**/*.tsx', 'src/**/*.ts'], ...reactHooks.configs.flat.recommended },
  {
    // Incremental caches kept in refs during render, on purpose: each render reads and extends
    // them idempotently (EventsView scans only the events that arrived since the last render;
    // useCanvasLayout keeps the last finished layout on screen while the next one is computed;
    // the canvas's FlowBuilder reuses unchanged node objects so React Flow skips them).
    files: ['src/studio/run/EventsView.tsx', 'src/studio/canvas/useCanvasLayout.ts', 'src/studio/canvas/Canvas.tsx'],
    rules: { 'react-hooks/refs': 'off' },
  },
  {
    // The layout request's start time is a measurement (reported in a data attribute), not render output.
    files: ['src/studio/canvas/useCanvasLayout.ts'],
    rules: { 'react-hooks/purity': 'off' },
  },
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
  { files: ['src/studio/**/model/**/*.ts'], rules: { 'no-restricted-imports': pureLayerRule() } },
  // The store and the workspace sit below the views: zustand's vanilla store, no React.
  { files: ['src/store/**/*.ts', 'src/workspace/**/*.ts'], rules: { 'no-restricted-imports': ['error', {
    paths: [{ name: 'zustand', message: 'Use zustand/vanilla below the views (the React binding lives in studio/).' }],
    patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand/react', '**/studio/**', '**/editor/**', 'monaco-editor', 'monaco-editor/*', '@xyflow/*'], message: 'The store and the workspace sit below the views.' },
  ] }] } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-restricted-imports': pureLayerRule(['**/graph/**']) } },
);
