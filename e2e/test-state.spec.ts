import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { CanvasPage } from './pages/Canvas';
import { Inspector } from './pages/Inspector';
import { RunPanelPage } from './pages/RunPanel';
import type { StateMachine } from '../src/asl/types';

/** A JSONPath workflow: every data-flow stage of the Task shows at DEBUG. */
const ORDER: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      InputPath: '$.order',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      ResultSelector: { 'charged.$': '$.Payload.ok' },
      ResultPath: '$.charge',
      Retry: [{ ErrorEquals: ['Lambda.ServiceException'], MaxAttempts: 2, IntervalSeconds: 3 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed', ResultPath: '$.error' }],
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail', Error: 'ChargeFailed', Cause: 'The card was refused' },
  },
};

/** Replaces a field's text by typing it key by key, as a person does. */
async function retype(page: Page, field: Locator, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** The node's border colour and the colour `cssVar` resolves to, both as computed by the browser. */
async function borderAndStatusColour(node: Locator, cssVar: string): Promise<[string, string]> {
  return node.evaluate((el, v) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${v})`;
    el.appendChild(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return [getComputedStyle(el).borderTopColor, colour] as [string, string];
  }, cssVar);
}

/** The tested state wears its TestState status in the run colours (canvas.css), nothing else does. */
async function expectTested(canvas: CanvasPage, name: string, status: 'succeeded' | 'failed' | 'caught' | 'in-progress', cssVar: string): Promise<void> {
  await expect(canvas.node(name)).toHaveClass(new RegExp(`(^|\\s)tested-${status}(\\s|$)`));
  const [border, colour] = await borderAndStatusColour(canvas.node(name), cssVar);
  expect(border).toBe(colour);
  await expect(canvas.root.locator('.sf-node.tested')).toHaveCount(1);
}

test.afterEach(async ({ health }) => {
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('test one state: typed input, a mocked result or error, DEBUG stages, located problems, next state', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load(ORDER);
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await canvas.select('Charge');
  const inspector = new Inspector(page);
  await inspector.tab('test-state');
  const panel = page.getByTestId('test-state');
  await expect(panel).toBeVisible();

  // A typo in the input is refused with its line and column, nothing runs.
  await retype(page, panel.getByTestId('ts-input'), '{"order": {"id": 7,}}');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-input-error')).toHaveText(/Invalid JSON: .*\(line 1, column 20\)/);
  await expect(panel.getByTestId('ts-answer')).toHaveCount(0);

  // STRICT field validation (AWS's default): a lambda:invoke StatusCode is a number.
  await retype(page, panel.getByTestId('ts-input'), '{"order": {"id": 7}, "note": "keep"}');
  await retype(page, panel.getByTestId('ts-result'), '{"StatusCode": "200", "Payload": {"ok": true}}');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-input-error')).toHaveCount(0);
  await expect(panel.getByTestId('ts-result-error')).toHaveText("ValidationException: Mock result schema validation error: Field 'StatusCode' must be a number");

  await retype(page, panel.getByTestId('ts-result'), '{"StatusCode": 200, "Payload": {"ok": true}}');
  await expect(panel.getByTestId('ts-level')).toHaveValue('DEBUG');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-status')).toHaveText('SUCCEEDED');
  await expect(panel.getByTestId('ts-result-error')).toHaveCount(0);
  await expect(panel.getByTestId('ts-next')).toHaveText('Next: Done →');
  // The next state is marked on the canvas.
  const NEXT = /(^|\s)test-next(\s|$)/;
  await expect(canvas.node('Done')).toHaveClass(NEXT);
  await expect(canvas.node('Failed')).not.toHaveClass(NEXT);
  // The tested state itself is coloured with its status, in the run colours.
  await expectTested(canvas, 'Charge', 'succeeded', '--ok');
  const json = async (testId: string) => JSON.parse((await panel.getByTestId(testId).locator('pre').textContent()) ?? 'null');
  expect(JSON.parse((await panel.getByTestId('ts-output').textContent()) ?? 'null')).toEqual({ order: { id: 7 }, note: 'keep', charge: { charged: true } });
  expect(await json('ts-stage-afterInputPath')).toEqual({ id: 7 });
  expect(await json('ts-stage-afterParameters')).toEqual({ FunctionName: 'charge', Payload: { id: 7 } });
  expect(await json('ts-stage-result')).toEqual({ StatusCode: 200, Payload: { ok: true } });
  expect(await json('ts-stage-afterResultSelector')).toEqual({ charged: true });
  expect(await json('ts-stage-afterResultPath')).toEqual({ order: { id: 7 }, note: 'keep', charge: { charged: true } });
  await page.screenshot({ path: 'test-results/test-state-debug.png' });
  // The panel passes axe (labels on every field, contrast of the status badge).
  const axe = await new AxeBuilder({ page }).include('[data-testid="test-state"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // TRACE says what an offline trace can and cannot show.
  await panel.getByTestId('ts-level').selectOption('TRACE');
  await expect(panel.getByTestId('ts-trace-note')).toContainText('Headers its EventBridge connection adds (the authorization) are not known here');
  // INFO: the answer without inspection data.
  await panel.getByTestId('ts-level').selectOption('INFO');
  await expect(panel.getByTestId('ts-trace-note')).toHaveCount(0);
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-inspection')).toHaveCount(0);
  await expect(panel.getByTestId('ts-status')).toHaveText('SUCCEEDED');

  // A mocked error: the retrier still has attempts (RETRIABLE), then after 2 retries the Catch takes it.
  await panel.getByTestId('ts-level').selectOption('DEBUG');
  await panel.getByTestId('ts-mock-error').check();
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-error-error')).toHaveText(/Name the error/);
  await panel.getByTestId('ts-error-name').click();
  await page.keyboard.type('Lambda.ServiceException');
  await panel.getByTestId('ts-cause-text').click();
  await page.keyboard.type('card service down');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-status')).toHaveText('RETRIABLE');
  // RETRIABLE: the state runs again, coloured as a state in progress.
  await expectTested(canvas, 'Charge', 'in-progress', '--running');
  await expect(panel.getByTestId('ts-error')).toHaveText('Lambda.ServiceException: card service down');
  expect(await json('ts-stage-errorDetails')).toEqual({ retryBackoffIntervalSeconds: 3, retryIndex: 0 });
  await retype(page, panel.getByTestId('ts-retry-count'), '2');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(panel.getByTestId('ts-status')).toHaveText('CAUGHT_ERROR');
  expect(await json('ts-stage-errorDetails')).toEqual({ catchIndex: 0, retryIndex: 0 });
  await expect(panel.getByTestId('ts-next')).toHaveText('Next: Failed →');
  await expect(canvas.node('Failed')).toHaveClass(NEXT);
  await expect(canvas.node('Done')).not.toHaveClass(NEXT);
  await expectTested(canvas, 'Charge', 'caught', '--caught');

  // The next state, tested with this output.
  await panel.getByTestId('ts-next').click();
  await expect(page.getByTestId('inspector-name')).toHaveValue('Failed');
  await expect(page.getByTestId('ts-input')).toHaveValue(/"Error": "Lambda.ServiceException"/);
  await page.getByTestId('ts-run').click();
  await expect(page.getByTestId('ts-status')).toHaveText('FAILED');
  await expect(page.getByTestId('ts-error')).toHaveText('ChargeFailed: The card was refused');
  // Another selection: Charge's colour goes, Failed wears its own answer.
  await expectTested(canvas, 'Failed', 'failed', '--error');
  await expect(canvas.node('Charge')).not.toHaveClass(/(^|\s)tested(\s|$)/);

  // Back to Charge: what was typed there is still there; an edit of the state marks the answer stale.
  await canvas.select('Charge');
  await expect(page.getByTestId('ts-retry-count')).toHaveValue('2');
  await expect(page.getByTestId('ts-status')).toHaveText('CAUGHT_ERROR');
  await expectTested(canvas, 'Charge', 'caught', '--caught');
  await studio.load({ ...ORDER, States: { ...ORDER.States, Charge: { ...ORDER.States['Charge']!, ResultPath: '$.paid' } as never } });
  await canvas.select('Charge');
  await expect(page.getByTestId('ts-stale')).toBeVisible();
  // The document changed: the answer no longer colours the canvas, nor marks a next state.
  await expect(canvas.root.locator('.sf-node.tested')).toHaveCount(0);
  await expect(canvas.root.locator('.sf-node.test-next')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/test-state-error.png' });
});

test('the input starts from the last run that reached the state', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  // The sample's first run takes the happy path; Charge card receives the order with inStock.
  const run = new RunPanelPage(page);
  await run.open();
  await run.start();
  await run.expectStatus('SUCCEEDED');
  await page.getByTestId('mode-design').click();
  await canvas.select('Charge card');
  await new Inspector(page).tab('test-state');
  await expect(page.getByTestId('ts-input')).toHaveValue(/"inStock": true/);
  await expect(page.getByTestId('test-state')).toContainText('From the last run that reached this state.');
  await page.getByTestId('ts-validation').selectOption('NONE');
  await page.getByTestId('ts-run').click();
  await expect(page.getByTestId('ts-status')).toHaveText('SUCCEEDED');
  await expect(page.getByTestId('ts-next')).toHaveText('Next: Notify customer →');
  // JSONata: the evaluated Arguments.
  await expect(page.getByTestId('ts-stage-afterArguments')).toContainText('"TableName": "Orders"');
});

/** A Distributed Map reading its items from S3; 1 failed iteration is tolerated. */
const FAN: StateMachine = {
  StartAt: 'Fan out',
  States: {
    'Fan out': {
      Type: 'Map',
      ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { InputType: 'JSON' }, Parameters: { Bucket: 'orders', Key: 'today.json' } },
      ItemProcessor: {
        ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
        StartAt: 'Check',
        States: { Check: { Type: 'Pass', Next: 'Store' }, Store: { Type: 'Pass', End: true } },
      },
      ToleratedFailureCount: 1,
      ResultPath: '$.results',
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Give up' }],
      Next: 'Stamp',
    },
    Stamp: { Type: 'Pass', Parameters: { 'run.$': '$$.Execution.Name', 'count.$': 'States.ArrayLength($.results)' }, End: true },
    'Give up': { Type: 'Fail' },
  },
} as StateMachine;

test('the Map fields and the context: ItemReader data, failed iterations, the failing inner state, a typed context', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load(FAN);
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await canvas.select('Fan out');
  await new Inspector(page).tab('test-state');
  const panel = page.getByTestId('test-state');

  // The items the reader read: a typo is located, an object is refused, an array is taken.
  await retype(page, panel.getByTestId('ts-reader-data'), '[{"id": 1}, {"id": 2},, {"id": 3}]');
  await retype(page, panel.getByTestId('ts-result'), '[{"ok": 1}, {"ok": 2}, {"ok": 3}]');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-readerData-error')).toHaveText(/Invalid JSON: .*\(line 1, column 23\)/);
  await retype(page, panel.getByTestId('ts-reader-data'), '{"id": 1}');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-readerData-error')).toHaveText('The items the ItemReader read must be a JSON array, e.g. [{"id": 1}, {"id": 2}]');
  await retype(page, panel.getByTestId('ts-reader-data'), '[{"id": 1}, {"id": 2}, {"id": 3}]');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-readerData-error')).toHaveCount(0);
  await expect(panel.getByTestId('ts-status')).toHaveText('SUCCEEDED');
  await expect(panel.getByTestId('ts-next')).toHaveText('Next: Stamp →');
  await expectTested(canvas, 'Fan out', 'succeeded', '--ok');

  // Failed iterations: 1 is tolerated, 2 are not (the Catch takes States.ExceedToleratedFailureThreshold).
  await retype(page, panel.getByTestId('ts-iteration-failures'), '1');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-status')).toHaveText('SUCCEEDED');
  await retype(page, panel.getByTestId('ts-iteration-failures'), '2');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-status')).toHaveText('CAUGHT_ERROR');
  await expect(panel.getByTestId('ts-error')).toContainText('States.ExceedToleratedFailureThreshold');
  await expectTested(canvas, 'Fan out', 'caught', '--caught');

  // A mocked error raised by a state inside the Map: the choice lists the Map's own states.
  await retype(page, panel.getByTestId('ts-iteration-failures'), '0');
  await panel.getByTestId('ts-mock-error').check();
  await panel.getByTestId('ts-error-name').click();
  await page.keyboard.type('States.TaskFailed');
  await expect(panel.getByTestId('ts-caused-by').locator('option')).toHaveText(['(not given)', 'Check', 'Store']);
  await panel.getByTestId('ts-caused-by').selectOption('Store');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-status')).toHaveText('CAUGHT_ERROR');
  await expect(panel.getByTestId('ts-next')).toHaveText('Next: Give up →');
  await page.screenshot({ path: 'test-results/test-state-map.png' });

  // The context object, typed: refused where AWS refuses it, used as given otherwise.
  await canvas.select('Stamp');
  await expect(canvas.root.locator('.sf-node.tested')).toHaveCount(0);
  await retype(page, panel.getByTestId('ts-input'), '{"results": [1, 2, 3]}');
  await retype(page, panel.getByTestId('ts-context'), '{"Execution": {"Name": 7}}');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-context-error')).toHaveText('ValidationException: Invalid Context object provided: Execution.Name must be a string');
  await retype(page, panel.getByTestId('ts-context'), '{"Execution": {"Name": "nightly"}}');
  await panel.getByTestId('ts-run').click();
  await expect(panel.getByTestId('ts-context-error')).toHaveCount(0);
  await expect(panel.getByTestId('ts-status')).toHaveText('SUCCEEDED');
  expect(JSON.parse((await panel.getByTestId('ts-output').textContent()) ?? 'null')).toEqual({ run: 'nightly', count: 3 });
  await expectTested(canvas, 'Stamp', 'succeeded', '--ok');
  await page.screenshot({ path: 'test-results/test-state-context.png' });
});
