/**
 * Accessibility: axe-core in every mode (Design, Code, Run, Config) and every dialog (New,
 * Import, Export, Share, Versions, Library drawer, Shortcuts help), light and dark. Counts per
 * screen go to test-results/a11y-{light,dark}.json. No violation of any impact is allowed: the
 * moderate and minor ones (banner landmarks in dialog headers, a skipped heading level in the
 * palette, an empty Library column header) were fixed too, and React Flow's own markup has none.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

type Screen = { name: string; open: (page: Page) => Promise<void>; close?: (page: Page) => Promise<void> };

const mode = (id: string) => async (page: Page) => {
  await page.getByTestId(`mode-${id}`).click();
  await expect(page.getByTestId(`mode-${id}`)).toHaveAttribute('aria-selected', 'true');
};
const dialog = (button: string, visible: string) => async (page: Page) => {
  await page.getByTestId(button).click();
  await expect(page.getByTestId(visible)).toBeVisible();
};
const escape = async (page: Page) => {
  await page.keyboard.press('Escape');
};

const SCREENS: Screen[] = [
  { name: 'Design', open: mode('design') },
  { name: 'Code', open: async (page) => {
    await mode('code')(page);
    await expect(page.locator('.monaco-editor').first()).toBeVisible();
  } },
  { name: 'Run', open: async (page) => {
    await mode('run')(page);
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED');
  } },
  { name: 'Run: Events', open: async (page) => {
    await mode('run')(page);
    await page.getByTestId('run-tab-events').click();
    await expect(page.getByTestId('events-view')).toBeVisible();
  } },
  { name: 'Run: Mocks', open: async (page) => {
    await mode('run')(page);
    await page.getByTestId('run-tab-mocks').click();
    await expect(page.getByTestId('run-tab-mocks')).toHaveAttribute('aria-selected', 'true');
  } },
  { name: 'Config', open: mode('config') },
  { name: 'New dialog', open: dialog('ws-new', 'new-dialog'), close: escape },
  { name: 'Import dialog', open: dialog('open-import', 'import-choose'), close: escape },
  { name: 'Export dialog', open: dialog('open-export', 'export-preview'), close: escape },
  { name: 'Share dialog', open: dialog('ws-share', 'share-url'), close: escape },
  { name: 'Versions dialog', open: async (page) => {
    await page.getByTestId('ws-versions').click();
    await expect(page.getByRole('dialog')).toBeVisible();
  }, close: escape },
  { name: 'Library drawer', open: dialog('ws-library', 'library'), close: escape },
  { name: 'Shortcuts help', open: async (page) => {
    await page.getByTestId('ws-help').click();
    await expect(page.getByRole('dialog')).toBeVisible();
  }, close: escape },
];

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations in every mode and dialog (${theme})`, async ({ page, studio }) => {
    test.setTimeout(300_000);
    await page.goto('/');
    await studio.ready();
    await page.getByTestId('ws-theme').selectOption(theme);
    const counts: Record<string, { serious: number; all: number; rules: string[] }> = {};
    for (const screen of SCREENS) {
      await mode('design')(page);
      await screen.open(page);
      const result = await new AxeBuilder({ page }).analyze();
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      counts[screen.name] = {
        serious: serious.reduce((n, v) => n + v.nodes.length, 0),
        all: result.violations.reduce((n, v) => n + v.nodes.length, 0),
        rules: result.violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
      };
      if (screen.close) await screen.close(page);
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync(`test-results/a11y-${theme}.json`, `${JSON.stringify(counts, null, 2)}\n`);
    console.log(`axe ${theme}: ${JSON.stringify(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v.serious])))}`);
    expect(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v.rules]))).toEqual(Object.fromEntries(SCREENS.map((s) => [s.name, []])));
  });
}
