/**
 * Wrap in Parallel and paste never decide silently about a Catch that cannot follow: the user
 * chooses (move onto the Parallel, point to a state, drop, keep) or cancels with nothing changed.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/Canvas';
import type { StateMachine } from '../src/asl/types';

const GUARDED: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'charge' },
      Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Refund' }],
      Next: 'Done',
    },
    Refund: { Type: 'Fail', Error: 'Refunded' },
    Done: { Type: 'Succeed' },
  },
};

test('wrap and paste ask what becomes of a Catch that cannot follow', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const dialog = page.getByTestId('catch-question');
  await page.goto('/');
  await studio.ready();
  await studio.load(GUARDED, { name: 'Guarded' });
  await canvas.waitForLayout();
  await canvas.select('Charge');
  await canvas.press('Control+c');

  // Wrap: asked; Cancel leaves everything as it was.
  await canvas.contextMenu('Charge', 'wrap');
  await expect(dialog).toContainText('Charge catches States.ALL → Refund');
  await expect(page.getByTestId('catch-choice-lift')).toBeChecked();
  await page.screenshot({ path: 'test-results/catch-question-wrap.png' });
  await page.getByTestId('catch-cancel').click();
  await expect(dialog).toHaveCount(0);
  expect(await studio.definition()).toEqual(GUARDED);

  // Wrap again and drop the catcher: the Parallel has no Catch, Charge keeps its Retry.
  await canvas.contextMenu('Charge', 'wrap');
  await page.getByTestId('catch-choice-drop').check();
  await page.getByTestId('catch-apply').click();
  await expect(canvas.node('Parallel')).toBeVisible();
  const wrapped = (await studio.definition()).States['Parallel'] as { Catch?: unknown; Branches: { States: Record<string, { Catch?: unknown; Retry?: unknown }> }[] };
  expect(wrapped.Catch).toBeUndefined();
  expect(wrapped.Branches[0]!.States['Charge']).toMatchObject({ Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }] });
  expect(wrapped.Branches[0]!.States['Charge']!.Catch).toBeUndefined();

  // Paste the copied Charge into the branch, where there is no Refund: point its catcher at Charge.
  await canvas.select('Charge');
  await canvas.press('Control+v');
  await expect(dialog).toContainText('These catchers lead to states that are not where the copy lands');
  await expect(page.getByTestId('catch-choice-lift')).toHaveCount(0);
  await page.getByTestId('catch-choice-point').check();
  await page.getByTestId('catch-target').selectOption('Charge');
  await page.screenshot({ path: 'test-results/catch-question-paste.png' });
  await page.getByTestId('catch-apply').click();
  await expect(canvas.node('Charge (1)')).toBeVisible();
  const pasted = ((await studio.definition()).States['Parallel'] as typeof wrapped).Branches[0]!.States['Charge (1)']!;
  expect(pasted.Catch).toEqual([{ ErrorEquals: ['States.ALL'], Next: 'Charge' }]);
  await expect(page.getByTestId('canvas-notice')).toHaveCount(0);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

const CHAIN: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Refund' }],
      Next: 'Ship',
    },
    Ship: { Type: 'Pass', Next: 'Done' },
    Refund: { Type: 'Fail', Error: 'Refunded' },
    Done: { Type: 'Succeed' },
  },
};

test('Wrap in Map: two selected states become an inline Map\'s item processor; the Catch question names the Map; undo restores', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const dialog = page.getByTestId('catch-question');
  await page.goto('/');
  await studio.ready();
  await studio.load(CHAIN, { name: 'Per item' });
  await canvas.waitForLayout();
  // Select both with the mouse: click, then Shift+click.
  await canvas.select('Charge');
  await canvas.node('Ship').click({ position: { x: 40, y: 16 }, modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);

  await canvas.contextMenu('Ship', 'wrap-map');
  await expect(dialog).toContainText('Wrap in Map: catchers');
  await expect(dialog).toContainText("a Map's item processor cannot leave itself");
  await expect(dialog).toContainText('Charge catches States.ALL → Refund');
  await expect(page.getByTestId('catch-choice-lift')).toBeChecked();
  await expect(dialog).toContainText('Move them onto the Map');
  await page.screenshot({ path: 'test-results/wrap-in-map-question.png' });
  await page.getByTestId('catch-apply').click();
  await expect(dialog).toHaveCount(0);

  await expect(canvas.node('Map')).toBeVisible();
  await canvas.waitForLayout();
  const map = (await studio.definition()).States['Map'];
  expect(map).toEqual({
    Type: 'Map',
    ItemProcessor: {
      ProcessorConfig: { Mode: 'INLINE' },
      StartAt: 'Charge',
      States: {
        Charge: { ...CHAIN.States['Charge'], Catch: undefined, Next: 'Ship' },
        Ship: { Type: 'Pass', End: true },
      },
    },
    Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Refund' }],
    Next: 'Done',
  });
  expect((await studio.definition()).StartAt).toBe('Map');
  // Drawn as a container holding both states; no problem reported.
  await expect(canvas.node('Charge')).toBeVisible();
  await expect(page.getByTestId('count-error')).toHaveText('0 errors');
  await page.screenshot({ path: 'test-results/wrap-in-map.png' });

  // One undo step.
  await canvas.press('Control+z');
  await expect.poll(async () => studio.definition()).toEqual(CHAIN);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
