/**
 * Journey: the minimap. It is small, in the theme's colours (no light slab in dark mode), never
 * covers a node after Fit View, and a person can hide it; the choice survives a reload.
 */
import { test, expect } from '../fixtures';
import type { Locator, Page } from '@playwright/test';
import { CanvasPage } from '../pages/Canvas';
import { TALL_FORK } from './workflows';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Relative luminance (0 black … 1 white) of a computed `rgb()/rgba()` colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

async function nodesUnder(page: Page, area: Locator): Promise<string[]> {
  const rect = (await area.boundingBox())!;
  const under: string[] = [];
  for (const node of await page.locator('.react-flow__node').all()) {
    const box = await node.boundingBox();
    if (box && overlaps(box, rect)) under.push((await node.getAttribute('data-id')) ?? '?');
  }
  return under;
}

test('the minimap is small, themed, keeps off the nodes and can be hidden for good', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  await page.getByTestId('ws-theme').selectOption('dark');
  await studio.load(TALL_FORK);
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  const minimap = canvas.root.locator('.react-flow__minimap');
  await expect(minimap).toBeVisible();

  // Small: the workflow keeps the canvas.
  const box = (await minimap.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(170);
  expect(box.height).toBeLessThanOrEqual(110);

  // Dark mode: the minimap is a dark panel with a dark mask, not a light grey slab.
  const colours = await page.evaluate(() => {
    const mm = document.querySelector('.react-flow__minimap')!;
    const mask = document.querySelector('.react-flow__minimap-mask')!;
    const panel = document.querySelector('.sf-node')!;
    return { bg: getComputedStyle(mm).backgroundColor, mask: getComputedStyle(mask).fill, panel: getComputedStyle(panel).backgroundColor };
  });
  expect(colours.bg).toBe(colours.panel);
  expect(luminance(colours.bg)).toBeLessThan(0.2);
  expect(luminance(colours.mask)).toBeLessThan(0.2);
  await page.screenshot({ path: 'test-results/journeys/minimap-dark.png' });

  // After the user zooms in and presses Fit View, no node is under the minimap.
  await canvas.wheel(-400);
  await canvas.root.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(() => nodesUnder(page, minimap)).toEqual([]);
  // Alt+C fits the same way.
  await canvas.wheel(300);
  await canvas.centre();
  await expect.poll(() => nodesUnder(page, minimap)).toEqual([]);

  // Hidden with a click, still hidden after a reload, shown again with a click.
  const toggle = canvas.root.getByTestId('minimap-toggle');
  await expect(toggle).toHaveAttribute('aria-label', 'Hide minimap');
  await toggle.click();
  await expect(minimap).toHaveCount(0);
  await page.reload();
  await studio.ready();
  await canvas.waitForLayout();
  await expect(canvas.root.getByTestId('minimap-toggle')).toHaveAttribute('aria-label', 'Show minimap');
  await expect(canvas.root.locator('.react-flow__minimap')).toHaveCount(0);
  await canvas.root.getByTestId('minimap-toggle').click();
  await expect(canvas.root.locator('.react-flow__minimap')).toBeVisible();
  await page.reload();
  await studio.ready();
  await canvas.waitForLayout();
  await expect(canvas.root.locator('.react-flow__minimap')).toBeVisible();
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
