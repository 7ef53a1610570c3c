/**
 * Screens a person looks at, in light and dark: every mode with a Choice + Catch + loop workflow.
 * The screenshots (test-results/look/) are for people to look at; the assertions check what a
 * person would notice: clipped dropdown text, stray horizontal scrollbars, an empty column.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { POLLING } from './workflows';

const OUT = 'test-results/look';

/** Scrollable elements (outside Monaco and the canvas) whose content is wider than they are: a horizontal scrollbar. */
function horizontalScrollbars(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('.monaco-editor, .react-flow')) continue;
      const style = getComputedStyle(el);
      if (!['auto', 'scroll'].includes(style.overflowX)) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${el.scrollWidth}>${el.clientWidth}`);
    }
    return out;
  });
}

/** Selects whose chosen option's text is wider than the select shows (cut off). */
function clippedSelects(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    document.body.append(probe);
    for (const select of document.querySelectorAll<HTMLSelectElement>(`${sel} select`)) {
      if (!select.offsetParent) continue;
      const style = getComputedStyle(select);
      probe.style.font = style.font;
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      // The text area of a select: its width less padding, border and the arrow (about 20 px).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      if (probe.offsetWidth > room) out.push(`${select.dataset['testid'] ?? select.name}: "${probe.textContent}" ${probe.offsetWidth}>${Math.round(room)}`);
    }
    probe.remove();
    return out;
  }, scope);
}

for (const theme of ['light', 'dark'] as const) {
  test(`every mode in ${theme}: nothing clipped, no stray scrollbars, no empty column`, async ({ page, studio, health }) => {
    test.setTimeout(150_000);
    mkdirSync(OUT, { recursive: true });
    await page.goto('/');
    await studio.ready();
    await page.getByTestId('ws-theme').selectOption(theme);
    await studio.load(POLLING);
    const canvas = new CanvasPage(page);
    await canvas.waitForLayout();
    // The workflow keeps the name it had (the sample's), as when a user replaces its body: never the fallback title.
    await expect(page.getByTestId('workflow-name')).toHaveText('OrderWorkflow');
    await page.screenshot({ path: `${OUT}/design-${theme}.png` });
    expect(await horizontalScrollbars(page)).toEqual([]);

    await canvas.select('Job done?');
    await expect(page.locator('.panel-right [data-testid$="-operator"]').first()).toBeVisible();
    await page.screenshot({ path: `${OUT}/design-choice-${theme}.png` });
    expect(await clippedSelects(page, '.panel-right')).toEqual([]);
    expect(await horizontalScrollbars(page)).toEqual([]);

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
    expect(await horizontalScrollbars(page)).toEqual([]);

    // Config: the scrolling column spans the screen (its scrollbar at the window's edge), the
    // sections stay a readable width.
    await page.getByTestId('mode-config').click();
    const content = page.locator('.cfg-content');
    await expect(content).toBeVisible();
    await page.screenshot({ path: `${OUT}/config-${theme}.png` });
    const box = (await content.boundingBox())!;
    expect(box.x + box.width).toBeCloseTo(page.viewportSize()!.width, 0);
    expect(await horizontalScrollbars(page)).toEqual([]);
    expect(health.consoleErrors).toEqual([]);
  });
}
