/**
 * Journey: on a workflow too tall for the screen, choosing a state anywhere else brings it into
 * the canvas: a problem in the status bar's list (Design), a row of the Run Table view, and an
 * event of the Events view (the run's cursor moves there), and the run's own navigation: Step (in
 * the history and at a paused live end), Step back, the scrubber. Each time the state starts off
 * screen and ends wholly inside the canvas pane; a run left to run never moves the view.
 */
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import type { StateMachine } from '../../src/asl/types';
import { CanvasPage } from '../pages/Canvas';
import { RunPanelPage } from '../pages/RunPanel';

const STEPS = 60;
/** A chain of 60 Pass states (runs without mocks), and an unreachable state (a warning) beside its end. */
const TALL: StateMachine = {
  StartAt: 'Step 1',
  States: {
    ...Object.fromEntries(Array.from({ length: STEPS }, (_, i) => [`Step ${i + 1}`, i + 1 < STEPS ? { Type: 'Pass', Next: `Step ${i + 2}` } : { Type: 'Pass', End: true }])),
    Orphan: { Type: 'Pass', Next: `Step ${STEPS - 1}` },
  },
};

async function open(page: Page, studio: { ready(): Promise<void>; load(d: StateMachine): Promise<void> }): Promise<CanvasPage> {
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await studio.load(TALL);
  await canvas.waitForLayout();
  return canvas;
}

test('a problem chosen in the status bar brings its state into the canvas', async ({ page, studio, health }) => {
  const canvas = await open(page, studio);
  expect(await canvas.isOnScreen('Orphan')).toBe(false);
  await page.getByTestId('status-diagnostics').click();
  await page.getByTestId('diagnostics-list').getByRole('button', { name: /Orphan/ }).click();
  await expect.poll(() => canvas.isOnScreen('Orphan')).toBe(true);
  await expect(page.locator('.react-flow__node.selected [data-testid="node-Orphan"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/journeys/scroll-diagnostic.png' });
  expect(health.consoleErrors).toEqual([]);
});

test('a row of the Run Table and an event of the Events view bring their state into the canvas', async ({ page, studio, health }) => {
  test.setTimeout(120_000);
  const canvas = await open(page, studio);
  const run = new RunPanelPage(page);
  await run.open();
  await canvas.waitForLayout();
  await run.start();
  await run.expectStatus('SUCCEEDED');
  // Whichever end of the chain is off screen now is the one to bring back.
  const ends = ['Step 1', `Step ${STEPS}`];
  const offScreen = async () => {
    for (const name of ends) if (!(await canvas.isOnScreen(name))) return name;
    throw new Error('both ends of the chain are on screen: the workflow is not taller than the canvas');
  };

  // The Table view: one click on the state's row.
  await run.tab('table');
  const far = await offScreen();
  await page.getByTestId('visit-row').and(page.locator(`[data-name="${far}"]`)).getByRole('button', { name: far, exact: true }).click();
  await expect.poll(() => canvas.isOnScreen(far)).toBe(true);
  await expect(page.locator(`.react-flow__node.selected [data-testid="node-${far}"]`)).toHaveCount(1);
  // The row's own visit stays open in the details.
  await expect(run.stepDetails).toContainText(far);
  await page.screenshot({ path: 'test-results/journeys/scroll-table.png' });

  // The Events view: the event of the other end moves the run's cursor there, and the view follows.
  await run.tab('events');
  const other = await offScreen();
  expect(other).not.toBe(far);
  await page.getByTestId('events-filter').click();
  await page.keyboard.type(other, { delay: 20 });
  const row = page.getByTestId('event-row').filter({ has: page.locator('td:nth-child(3)', { hasText: new RegExp(`^${other}$`) }) })
    .and(page.locator('[data-type="PassStateExited"]'));
  await row.getByRole('button').click();
  await expect(run.currentNode()).toHaveAttribute('data-testid', `node-${other}`);
  await expect.poll(() => canvas.isOnScreen(other)).toBe(true);
  await page.screenshot({ path: 'test-results/journeys/scroll-events.png' });
  expect(health.consoleErrors).toEqual([]);
});

test('Step, Step back and the scrubber bring the state they land on into the canvas; a run left to run does not move the view', async ({ page, studio, health }) => {
  test.setTimeout(150_000);
  const canvas = await open(page, studio);
  const run = new RunPanelPage(page);
  await run.open();
  await canvas.waitForLayout();
  const currentName = async () => ((await run.currentNode().getAttribute('data-testid')) ?? '').replace(/^node-/, '');

  // A live run pauses at a breakpoint far down the chain: the view stays where the user left it.
  await run.setBreakpoint('Step 40');
  await run.start();
  await expect(run.currentNode()).toHaveAttribute('data-testid', 'node-Step 40');
  expect(await canvas.isOnScreen('Step 40')).toBe(false);

  // Step at the live end: the engine moves on, and the state it stops at is brought into view.
  await run.step();
  await expect(page.getByTestId('run-cursor')).toContainText('paused');
  await expect.poll(async () => canvas.isOnScreen(await currentName())).toBe(true);

  // Run to end: the live run does not pull the view along.
  await run.resume();
  await run.expectStatus('SUCCEEDED');
  expect(await canvas.isOnScreen(`Step ${STEPS}`)).toBe(false);

  // Step back from the end: the last state comes into view.
  await run.stepBack();
  await expect(run.currentNode()).toHaveAttribute('data-testid', `node-Step ${STEPS}`);
  await expect.poll(() => canvas.isOnScreen(`Step ${STEPS}`)).toBe(true);
  await page.screenshot({ path: 'test-results/journeys/scroll-step-back.png' });

  // The scrubber, by keyboard: back to the start of the history, then one event on: Step 1.
  expect(await canvas.isOnScreen('Step 1')).toBe(false);
  await page.getByTestId('run-scrubber').focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('run-cursor')).toHaveAttribute('data-cursor', '1');
  await expect(run.currentNode()).toHaveAttribute('data-testid', 'node-Step 1');
  await expect.poll(() => canvas.isOnScreen('Step 1')).toBe(true);

  // The user drags the canvas away from the start; Step brings the next state back into view.
  const pane = (await canvas.root.boundingBox())!;
  // (Above the zoom buttons in the bottom-left corner, left of the chain.)
  await page.mouse.move(pane.x + 80, pane.y + pane.height - 140);
  await page.mouse.down();
  await page.mouse.move(pane.x + 80, pane.y + pane.height / 2, { steps: 5 });
  await page.mouse.move(pane.x + 80, pane.y + 20, { steps: 5 });
  await page.mouse.up();
  expect(await canvas.isOnScreen('Step 1')).toBe(false);
  expect(await canvas.isOnScreen('Step 2')).toBe(false);
  await run.step();
  await expect(page.getByTestId('run-cursor')).not.toHaveAttribute('data-cursor', '1');
  await expect.poll(async () => canvas.isOnScreen(await currentName())).toBe(true);
  await page.screenshot({ path: 'test-results/journeys/scroll-step.png' });
  expect(health.consoleErrors).toEqual([]);
});
