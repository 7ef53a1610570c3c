/**
 * Journey: on a workflow too tall for the screen, choosing a state anywhere else brings it into
 * the canvas: a problem in the status bar's list (Design), a row of the Run Table view, and an
 * event of the Events view (the run's cursor moves there). Each time the state starts off screen
 * and ends wholly inside the canvas pane.
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
