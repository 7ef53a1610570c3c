/**
 * Journey: the canvas keeps the workflow in view when its pane changes size. A fitted view (as
 * opened, or after Fit View) fits again when the code panel opens, is dragged wider, closes, and
 * when the window shrinks; a view the user zoomed keeps what was in its middle in the middle when
 * the inspector is hidden.
 */
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { CanvasPage } from '../pages/Canvas';
import { CodeView } from '../pages/CodeView';
import { POLLING } from './workflows';

/** Names of the states and markers whose box is not wholly inside the canvas pane. */
async function outOfView(page: Page, canvas: CanvasPage): Promise<string[]> {
  const pane = (await canvas.root.boundingBox())!;
  const out: string[] = [];
  for (const node of await canvas.root.locator('.react-flow__node').all()) {
    const b = await node.boundingBox();
    if (!b) continue;
    const inside = b.x >= pane.x - 0.5 && b.y >= pane.y - 0.5 && b.x + b.width <= pane.x + pane.width + 0.5 && b.y + b.height <= pane.y + pane.height + 0.5;
    if (!inside) out.push((await node.getAttribute('data-id')) ?? '?');
  }
  return out;
}

/** The canvas point shown in the middle of the pane. */
async function middle(canvas: CanvasPage): Promise<{ x: number; y: number; zoom: number }> {
  const pane = (await canvas.root.boundingBox())!;
  const v = await canvas.viewport();
  return { x: (pane.width / 2 - v.x) / v.zoom, y: (pane.height / 2 - v.y) / v.zoom, zoom: v.zoom };
}

test('the canvas refits when its pane changes size, and keeps a placed view centred', async ({ page, studio, health }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await studio.ready();
  await studio.load(POLLING);
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  expect(await outOfView(page, canvas)).toEqual([]);
  const openZoom = (await canvas.viewport()).zoom;

  // The code panel opens beside the canvas: the workflow is fitted into the narrower pane.
  const code = new CodeView(page);
  await code.openSidePanel();
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  await page.screenshot({ path: 'test-results/journeys/refit-code-open.png' });

  // Dragging the code panel 150 px wider: still all in view.
  const handle = (await page.getByTestId('panel-resizer-code').boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 300);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 150, handle.y + 300, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);

  // Closed again: back to the first fit.
  await page.getByTestId('code-panel-toggle').click();
  await expect(page.getByTestId('code-side-panel')).toHaveCount(0);
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeCloseTo(openZoom, 2);

  // A view the user zoomed into: hiding the inspector keeps its middle in the middle, same zoom.
  await canvas.wheel(-400);
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeGreaterThan(openZoom * 1.2);
  const placed = await middle(canvas);
  await page.getByTestId('panel-collapse-right').click();
  await expect.poll(async () => (await canvas.root.boundingBox())!.width).toBeGreaterThan(1100);
  await expect.poll(async () => {
    const m = await middle(canvas);
    return Math.round(Math.abs(m.x - placed.x) + Math.abs(m.y - placed.y));
  }).toBeLessThanOrEqual(2);
  expect((await canvas.viewport()).zoom).toBeCloseTo(placed.zoom, 5);
  await page.getByTestId('panel-expand-right').click();

  // Fit View, then a smaller window: the workflow is fitted again.
  await canvas.root.locator('.react-flow__controls-fitview').click();
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  await page.setViewportSize({ width: 1000, height: 640 });
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  await page.screenshot({ path: 'test-results/journeys/refit-small-window.png' });
  expect(health.consoleErrors).toEqual([]);
});

test('a fitted view stays whole when another mode shows the canvas in a pane of another size, and after a reload in a smaller window', async ({ page, studio, health }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  expect(await outOfView(page, canvas)).toEqual([]);
  const designWidth = (await canvas.root.boundingBox())!.width;
  // Code mode shows the canvas beside the editor, in a narrower pane than Design mode's.
  await page.getByTestId('mode-code').click();
  // Code mode's own canvas (its chunk loads on the first visit), not Design mode's on its way out.
  await expect(page.locator('[data-testid="canvas"].mode-code')).toHaveAttribute('data-view', 'ready');
  await canvas.waitForLayout();
  expect((await canvas.root.boundingBox())!.width).toBeLessThan(designWidth);
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  await page.getByTestId('mode-design').click();
  await expect(page.locator('[data-testid="canvas"].mode-design')).toHaveAttribute('data-view', 'ready');
  await canvas.waitForLayout();
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  // The view is saved with the workflow: a reload in a smaller window fits it to that window.
  await page.setViewportSize({ width: 1100, height: 640 });
  await page.reload();
  await studio.ready();
  await canvas.waitForLayout();
  await expect(canvas.root).toHaveAttribute('data-view', 'ready');
  await expect.poll(() => outOfView(page, canvas)).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
});
