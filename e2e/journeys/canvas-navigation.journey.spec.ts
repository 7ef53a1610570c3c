/**
 * Journey: moving around the canvas with the mouse and keyboard — wheel zoom, Fit View, Alt+C,
 * an edit by drag and drop — read from React Flow's viewport transform.
 */
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { PalettePage } from '../pages/Palette';
import { POLLING } from './workflows';

test.beforeEach(async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await new CanvasPage(page).waitForLayout();
});

test('Fit View and Alt+C fit the workflow after an edit, and a drop does not move the view', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  // Another workflow: React Flow gets new node objects (the case that broke fitting).
  await studio.load(POLLING);
  await canvas.waitForLayout();
  await expect.poll(() => page.evaluate(() => window.__studio!.store.getState().viewport)).not.toBeNull();
  const fitted = await canvas.viewport();

  await canvas.wheel(500);
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeLessThan(fitted.zoom * 0.8);
  await canvas.root.getByRole('button', { name: 'Fit View' }).click();
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeCloseTo(fitted.zoom, 3);
  expect((await canvas.viewport()).x).toBeCloseTo(fitted.x, 0);

  await canvas.wheel(500);
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeLessThan(fitted.zoom * 0.8);
  await canvas.centre();
  // Alt+C animates: wait for its end (zoom reaches 1 before x and y stop moving), so the view read
  // next is the settled one.
  const offFit = async () => {
    const now = await canvas.viewport();
    return Math.max(Math.abs(now.x - fitted.x), Math.abs(now.y - fitted.y), Math.abs(now.zoom - fitted.zoom) * 1000);
  };
  await expect.poll(offFit).toBeLessThan(0.01);

  // An edit by drag and drop leaves the view where it is (no late jump).
  const before = await canvas.viewport();
  const palette = new PalettePage(page);
  await palette.open('flow');
  await canvas.dragTo(palette.item('Pass'), 'edge:Start job->next:0->Wait a bit');
  await canvas.waitForLayout();
  await expect(canvas.node('Pass')).toBeVisible();
  // The same view to a hundredth of a pixel: a jump (a refit to the grown workflow) moves pixels.
  const moved = async () => {
    const now = await canvas.viewport();
    return Math.max(Math.abs(now.x - before.x), Math.abs(now.y - before.y), Math.abs(now.zoom - before.zoom) * 1000);
  };
  await expect.poll(moved).toBeLessThan(0.01);
  expect(health.consoleErrors).toEqual([]);
});
