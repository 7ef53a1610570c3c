/**
 * Journey: a person opens a 1,000-state workflow, finds a state with Ctrl+F by typing its name,
 * renames it in the inspector key by key, switches modes and reloads — and the canvas stays
 * readable and where they left it.
 */
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { WorkspacePage } from '../pages/Workspace';
import { generateDefinition } from '../../src/graph/testing/generate';
import type { StateMachine, StatesScope } from '../../src/asl/types';

/** Every state name with the scope it is in (depth 0 = top level). */
function names(scope: StatesScope, depth = 0, out: { name: string; depth: number }[] = []) {
  for (const [name, state] of Object.entries(scope.States)) {
    out.push({ name, depth });
    if (state.Type === 'Parallel') for (const b of state.Branches) names(b, depth + 1, out);
    if (state.Type === 'Map' && state.ItemProcessor) names(state.ItemProcessor, depth + 1, out);
  }
  return out;
}

/** A name that no other name contains, so typing it finds exactly one state. */
function uniqueName(all: { name: string; depth: number }[], pick: (n: { name: string; depth: number }, i: number) => boolean): string {
  const found = all.find((n, i) => pick(n, i) && all.every((o) => o === n || !o.name.toLowerCase().includes(n.name.toLowerCase())));
  if (!found) throw new Error('no unique name');
  return found.name;
}

test('a 1,000-state workflow opens readable, finds a state, keeps its viewport across modes and reloads', async ({ page, studio, health }) => {
  test.setTimeout(180_000);
  const definition: StateMachine = generateDefinition(1000);
  const all = names(definition);
  // Far down the top level, and inside a (collapsed) container.
  const far = uniqueName(all, (n, i) => n.depth === 0 && i > all.length * 0.6);
  const nested = uniqueName(all, (n, i) => n.depth >= 1 && i > all.length * 0.3);

  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await studio.load(definition);
  await canvas.waitForLayout();
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeGreaterThanOrEqual(0.5);
  // The next visit opens it as the last workflow open.
  await new WorkspacePage(page).waitSaved();
  await page.reload();
  await studio.ready();
  await canvas.waitForLayout();

  // Readable at once, at the start of the workflow; the minimap shows the workflow.
  await expect.poll(async () => (await canvas.viewport()).zoom).toBeGreaterThanOrEqual(0.5);
  const first = Object.keys(definition.States)[0]!;
  await expect.poll(() => canvas.isOnScreen(first)).toBe(true);
  await expect.poll(() => canvas.root.locator('.react-flow__minimap-node').count()).toBeGreaterThan(100);
  await page.screenshot({ path: 'test-results/journeys/large-open.png' });

  // Ctrl+F with the canvas focused, the name typed key by key: the state comes on screen, selected.
  await canvas.root.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const find = page.getByTestId('find-input');
  await expect(find).toBeFocused();
  await page.keyboard.type(far, { delay: 10 });
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect(page.getByTestId('inspector-name')).toHaveValue(far);
  await expect.poll(() => canvas.isOnScreen(far)).toBe(true);
  await expect(canvas.node(far)).toHaveClass(/found/);
  await page.screenshot({ path: 'test-results/journeys/large-find.png' });

  // A state inside a collapsed container: found, the container opens, the state comes on screen.
  await find.press('Control+a');
  await page.keyboard.type(nested, { delay: 10 });
  await expect(page.getByTestId('find-count')).toHaveText('1 of 1');
  await expect.poll(() => canvas.isOnScreen(nested), { timeout: 30_000 }).toBe(true);
  await expect(page.getByTestId('inspector-name')).toHaveValue(nested);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('find-box')).toHaveCount(0);

  // Rename it in the inspector, key by key.
  const name = page.getByTestId('inspector-name');
  await name.click();
  await name.press('End');
  await page.keyboard.type(' renamed');
  await page.keyboard.press('Enter');
  await expect(canvas.node(`${nested} renamed`)).toBeVisible();

  // Wheel zoom somewhere, then Design → Code → Run → Design: the viewport is the same.
  await canvas.wheel(-200);
  await canvas.wheel(120);
  await expect.poll(async () => (await canvas.viewport()).zoom).not.toBeCloseTo(0.8, 3);
  await expect.poll(() => page.evaluate(() => window.__studio!.store.getState().viewport?.zoom)).toBeCloseTo((await canvas.viewport()).zoom, 4);
  const kept = await canvas.viewport();
  for (const mode of ['code', 'run', 'design']) {
    await page.getByTestId(`mode-${mode}`).click();
    await canvas.waitForLayout();
  }
  await expect.poll(() => canvas.viewport()).toEqual(kept);

  // Reload: the workflow opens where it was left.
  await new WorkspacePage(page).waitSaved();
  await page.reload();
  await studio.ready();
  await canvas.waitForLayout();
  await expect.poll(() => canvas.viewport(), { timeout: 30_000 }).toEqual(kept);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
