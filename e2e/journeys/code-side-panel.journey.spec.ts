/**
 * Journey: Design mode with the code panel open. The canvas keeps a usable width, the inspector
 * stays at the right edge, and the code panel's width is the user's: dragged, then kept over a
 * reload. A narrower window squeezes the panels before the canvas.
 */
import { test, expect } from '../fixtures';
import type { Locator } from '@playwright/test';
import { CanvasPage } from '../pages/Canvas';
import { CodeView } from '../pages/CodeView';
import { POLLING } from './workflows';

const box = async (l: Locator) => (await l.boundingBox())!;

test('the code panel sits between the canvas and the inspector, resizable and remembered', async ({ page, studio, health }) => {
  // Monaco loads twice (before and after the reload): slow on a busy machine.
  test.setTimeout(150_000);
  await page.goto('/');
  await studio.ready();
  await studio.load(POLLING);
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await canvas.select('Job done?');
  await new CodeView(page).openSidePanel();

  const pane = page.getByRole('region', { name: 'Canvas' });
  const code = page.getByTestId('code-side-panel');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const viewportWidth = page.viewportSize()!.width;
  const check = async () => {
    const [p, c, i] = [await box(pane), await box(code), await box(inspector)];
    expect(p.width).toBeGreaterThanOrEqual(319);
    // Left to right: canvas, code, inspector at the window's right edge.
    expect(c.x).toBeGreaterThanOrEqual(p.x + p.width - 1);
    expect(i.x).toBeGreaterThanOrEqual(c.x + c.width - 1);
    expect(i.x + i.width).toBeCloseTo(viewportWidth, 0);
    return { pane: p.width, code: c.width };
  };
  const before = await check();
  await page.screenshot({ path: 'test-results/journeys/design-code-panel.png' });

  // Drag the code panel's left edge 60 px to the left: the code panel grows, the canvas shrinks.
  const handle = await box(page.getByTestId('panel-resizer-code'));
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 300);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 - 60, handle.y + 300, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await box(code)).width).toBeGreaterThan(before.code + 50);
  const dragged = await check();
  expect(dragged.pane).toBeLessThan(before.pane - 50);

  // The panel and its width survive a reload.
  await page.reload();
  await studio.ready();
  await new CodeView(page).waitReady();
  await expect(code).toBeVisible();
  await expect.poll(async () => Math.round((await code.boundingBox())?.width ?? 0)).toBe(Math.round(dragged.code));
  await check();

  // A narrower window: the panels give way, the canvas keeps its minimum, nothing spills off.
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(async () => Math.round((await box(inspector)).x + (await box(inspector)).width)).toBe(1100);
  const narrow = page.viewportSize()!.width;
  expect(narrow).toBe(1100);
  const p = await box(pane);
  expect(p.width).toBeGreaterThanOrEqual(319);
  await page.screenshot({ path: 'test-results/journeys/design-code-panel-narrow.png' });
  expect(health.consoleErrors).toEqual([]);
});
