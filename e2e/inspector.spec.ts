import { test, expect } from './fixtures';
import { Inspector } from './pages/Inspector';
import type { StateMachine } from '../src/asl/types';

/** One state of every type, with references to rename and error handling to edit. */
const WORKFLOW: StateMachine = {
  Comment: 'Inspector fixture',
  StartAt: 'Validate',
  States: {
    Validate: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { 'Payload.$': '$', FunctionName: 'validate' },
      Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }],
      Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      Next: 'Route',
    },
    Route: {
      Type: 'Choice',
      Choices: [{ Variable: '$.kind', StringEquals: 'wait', Next: 'Pause' }],
      Default: 'Fanout',
    },
    Pause: { Type: 'Wait', Seconds: 5, Next: 'Fanout' },
    Fanout: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } }],
      Next: 'Each',
    },
    Each: {
      Type: 'Map',
      ItemsPath: '$.items',
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } },
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail', Error: 'ValidationFailed' },
  },
};

const stateOf = async (studio: { definition(): Promise<StateMachine> }, name: string) => (await studio.definition()).States[name] as Record<string, unknown>;

test.beforeEach(async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load(WORKFLOW);
});

test.afterEach(async ({ health }) => {
  expect(health.consoleErrors).toEqual([]);
});

test('Task: resource pattern, API parameters, I/O paths, timeouts and variables', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Validate');
  await expect(inspector.root.getByTestId('task-integration')).toContainText('Lambda');

  await inspector.choose('IntegrationPattern', 'waitForTaskToken');
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Resource']).toBe('arn:aws:states:::lambda:invoke.waitForTaskToken');
  await expect(inspector.field('Resource')).toHaveValue('arn:aws:states:::lambda:invoke.waitForTaskToken');

  await inspector.fillJson('Parameters', { FunctionName: 'check', 'Payload.$': '$.body', 'TaskToken.$': '$$.Task.Token' });
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Parameters']).toEqual({ FunctionName: 'check', 'Payload.$': '$.body', 'TaskToken.$': '$$.Task.Token' });

  await inspector.tab('input');
  await inspector.fill('InputPath', '$.request');
  await inspector.tab('output');
  await inspector.fillJson('ResultSelector', { 'ok.$': '$.Payload.ok' });
  await inspector.fill('ResultPath', '$.validation');
  await inspector.field('OutputPath-null').check();

  await inspector.tab('error-handling');
  await inspector.fill('TimeoutSeconds', '300');
  await inspector.fill('HeartbeatSeconds', '600');
  // The validator's diagnostic for the field shows inline, under it.
  await expect(inspector.root.getByTestId('field-HeartbeatSeconds-diagnostic')).toHaveText('HeartbeatSeconds must be smaller than TimeoutSeconds.');
  await inspector.fill('HeartbeatSeconds', '60');
  await expect(inspector.root.getByTestId('field-HeartbeatSeconds-diagnostic')).toHaveCount(0);
  await inspector.fill('HeartbeatSeconds', '1.5');
  await expect(inspector.error('HeartbeatSeconds')).toHaveText('Enter a whole number.');

  await inspector.tab('variables');
  await inspector.button('assign-add').click();
  await inspector.fill('assign-0-name', 'requestId');
  await inspector.fill('assign-0-value', '$.id');

  await expect.poll(() => stateOf(studio, 'Validate')).toMatchObject({
    InputPath: '$.request',
    ResultSelector: { 'ok.$': '$.Payload.ok' },
    ResultPath: '$.validation',
    OutputPath: null,
    TimeoutSeconds: 300,
    HeartbeatSeconds: 60,
    Assign: { requestId: '$.id' },
    Next: 'Route',
  });
});

test('invalid JSON in the API parameters shows an inline error and leaves the document alone', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Validate');
  const before = await studio.definition();
  await inspector.fillJson('Parameters', '{ "FunctionName": "validate", }');
  await expect(inspector.error('Parameters')).toContainText('Invalid JSON');
  await inspector.fillJson('Parameters', '[1, 2]');
  await expect(inspector.error('Parameters')).toHaveText('Enter a JSON object.');
  expect(await studio.definition()).toEqual(before);
  await inspector.fillJson('Parameters', { FunctionName: 'fixed' });
  await expect(inspector.error('Parameters')).toHaveCount(0);
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Parameters']).toEqual({ FunctionName: 'fixed' });
});

test('rename rewrites every reference, rejects duplicates, and undoes in one step', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Failed');
  await inspector.rename('Validate');
  await expect(inspector.error('name')).toContainText('already exists');
  await inspector.rename('x'.repeat(81));
  await expect(inspector.error('name')).toContainText('at most 80');

  await inspector.select('Fanout');
  await inspector.rename('Fan out');
  await expect(page.getByTestId('inspector-name')).toHaveValue('Fan out');
  const renamed = await studio.definition();
  expect(Object.keys(renamed.States)).toContain('Fan out');
  expect(renamed.States['Fanout']).toBeUndefined();
  expect(renamed.States['Route']).toMatchObject({ Default: 'Fan out' });
  expect(renamed.States['Pause']).toMatchObject({ Next: 'Fan out' });

  await inspector.select('Validate');
  await inspector.rename('Check input');
  const again = await studio.definition();
  expect(again.StartAt).toBe('Check input');

  await page.getByTestId('undo').click();
  await expect.poll(async () => (await studio.definition()).StartAt).toBe('Validate');
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await studio.definition()).States['Route']).toMatchObject({ Default: 'Fanout' });
  expect(await studio.definition()).toEqual(WORKFLOW);
  await page.getByTestId('redo').click();
  await expect.poll(async () => (await studio.definition()).States['Pause']).toMatchObject({ Next: 'Fan out' });
});

test('Retry and Catch: add, edit, reorder, remove', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Validate');
  await inspector.tab('error-handling');

  await inspector.button('retrier-add').click();
  // The new retrier's first field has the focus, ready for typing.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="retrier-1"]') !== null)).toBe(true);
  await inspector.removeError('retrier-1-errors', 'States.ALL');
  await inspector.addError('retrier-1-errors', 'Lambda.TooManyRequestsException');
  await inspector.addError('retrier-1-errors', 'Custom.Throttled');
  await inspector.fill('retrier-1-IntervalSeconds', '2');
  await inspector.fill('retrier-1-BackoffRate', '1.5');
  await inspector.fill('retrier-1-MaxDelaySeconds', '30');
  await inspector.choose('retrier-1-JitterStrategy', 'FULL');
  await inspector.fill('retrier-1-MaxAttempts', '-1');
  await expect(inspector.error('retrier-1-MaxAttempts')).toHaveText('The minimum is 0.');
  await inspector.button('retrier-1-up').click();
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Retry']).toEqual([
    { ErrorEquals: ['Lambda.TooManyRequestsException', 'Custom.Throttled'], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 1.5, MaxDelaySeconds: 30, JitterStrategy: 'FULL' },
    { ErrorEquals: ['States.Timeout'], MaxAttempts: 2 },
  ]);
  await inspector.button('retrier-1-remove').click();
  await expect.poll(async () => ((await stateOf(studio, 'Validate'))['Retry'] as unknown[]).length).toBe(1);

  await inspector.button('catcher-add').click();
  await inspector.choose('catcher-1-Next', 'Done');
  await inspector.removeError('catcher-1-errors', 'States.ALL');
  await inspector.addError('catcher-1-errors', 'States.TaskFailed');
  await inspector.fill('catcher-1-ResultPath', '$.error');
  await inspector.button('catcher-1-up').click();
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Catch']).toEqual([
    { ErrorEquals: ['States.TaskFailed'], Next: 'Done', ResultPath: '$.error' },
    { ErrorEquals: ['States.ALL'], Next: 'Failed' },
  ]);
  await inspector.button('catcher-0-remove').click();
  await inspector.button('catcher-0-remove').click();
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Catch']).toBeUndefined();
});

test('Catch editor creates its fallback state: New Fail state… / New Pass state…, one undo step each', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  // A Task alone in a Parallel branch has no state to fall back to: the editor creates one there.
  await studio.load({ StartAt: 'P', States: { P: { Type: 'Parallel', End: true, Branches: [
    { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
  ] } } });
  await inspector.select('P/0/Call');
  await inspector.tab('error-handling');
  await expect(inspector.button('catcher-add')).toBeDisabled();
  await inspector.button('catcher-add-fail').click();
  const branch = async () => ((await stateOf(studio, 'P'))['Branches'] as StateMachine[])[0]!;
  await expect.poll(async () => (await branch()).States).toEqual({
    Call: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Call failed' }] },
    'Call failed': { Type: 'Fail' },
  });
  await expect(inspector.field('catcher-0-Next')).toHaveValue('Call failed');

  // On a catcher that exists, "New Pass state…" creates and wires a Pass state.
  await studio.load(WORKFLOW);
  await inspector.select('Validate');
  await inspector.tab('error-handling');
  await inspector.field('catcher-0-Next').selectOption({ label: 'New Pass state…' });
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Catch']).toEqual([{ ErrorEquals: ['States.ALL'], Next: 'Handle Validate error' }]);
  expect((await studio.definition()).States['Handle Validate error']).toEqual({ Type: 'Pass', End: true });
  await expect(inspector.field('catcher-0-Next')).toHaveValue('Handle Validate error');
  // One undo removes the new state and restores the catcher.
  await page.getByTestId('undo').click();
  await expect.poll(async () => (await stateOf(studio, 'Validate'))['Catch']).toEqual([{ ErrorEquals: ['States.ALL'], Next: 'Failed' }]);
  expect((await studio.definition()).States['Handle Validate error']).toBeUndefined();
});

test('Choice rule builder writes the rule JSON: operators, Path variants, Not, And/Or, Default', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Route');
  await expect(inspector.root.getByTestId('rule-0-summary')).toHaveText('$.kind == "wait"');

  await inspector.choose('rule-0-cond-operator', 'NumericGreaterThan');
  await inspector.fill('rule-0-cond-variable', '$.count');
  await inspector.fill('rule-0-cond-value', 'ten');
  await expect(inspector.error('rule-0-cond-value')).toHaveText('Enter a number.');
  await inspector.fill('rule-0-cond-value', '10');
  await expect.poll(async () => ((await stateOf(studio, 'Route'))['Choices'] as unknown[])[0]).toEqual({ Variable: '$.count', NumericGreaterThan: 10, Next: 'Pause' });

  await inspector.choose('rule-0-cond-operand-kind', 'path');
  await inspector.fill('rule-0-cond-value', '$.limit');
  await expect.poll(async () => ((await stateOf(studio, 'Route'))['Choices'] as unknown[])[0]).toEqual({ Variable: '$.count', NumericGreaterThanPath: '$.limit', Next: 'Pause' });

  await inspector.button('rule-add').click();
  await inspector.choose('rule-1-cond-kind', 'and');
  await inspector.fill('rule-1-cond-0-variable', '$.status');
  await inspector.fill('rule-1-cond-0-value', 'ready');
  await inspector.button('rule-1-cond-add').click();
  await inspector.choose('rule-1-cond-1-kind', 'not');
  await inspector.choose('rule-1-cond-1-not-operator', 'IsNull');
  await inspector.fill('rule-1-cond-1-not-variable', '$.owner');
  await inspector.choose('rule-1-Next', 'Done');
  await inspector.choose('Default', 'Each');

  await expect.poll(() => stateOf(studio, 'Route')).toEqual({
    Type: 'Choice',
    Choices: [
      { Variable: '$.count', NumericGreaterThanPath: '$.limit', Next: 'Pause' },
      { And: [{ Variable: '$.status', StringEquals: 'ready' }, { Not: { Variable: '$.owner', IsNull: true } }], Next: 'Done' },
    ],
    Default: 'Each',
  });
  await expect(inspector.root.getByTestId('rule-1-summary')).toHaveText('$.status == "ready" and not ($.owner is null)');

  await inspector.button('rule-1-up').click();
  await expect.poll(async () => ((await stateOf(studio, 'Route'))['Choices'] as { Next: string }[]).map((r) => r.Next)).toEqual(['Done', 'Pause']);
  await inspector.button('rule-0-remove').click();
  await expect.poll(async () => ((await stateOf(studio, 'Route'))['Choices'] as unknown[]).length).toBe(1);
});

test('Wait, Fail, Pass, Map and Parallel forms', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Pause');
  await inspector.choose('WaitKind', 'TimestampPath');
  await inspector.fill('TimestampPath', '$.until');
  await expect.poll(() => stateOf(studio, 'Pause')).toEqual({ Type: 'Wait', TimestampPath: '$.until', Next: 'Fanout' });
  await inspector.choose('Next', '__end__');
  await expect.poll(() => stateOf(studio, 'Pause')).toEqual({ Type: 'Wait', TimestampPath: '$.until', End: true });

  await inspector.select('Failed');
  await inspector.fill('CausePath', '$.reason');
  await inspector.fill('Error', 'Rejected');
  await expect.poll(() => stateOf(studio, 'Failed')).toEqual({ Type: 'Fail', Error: 'Rejected', CausePath: '$.reason' });

  await inspector.select('Fanout/0/Left');
  await inspector.fillJson('Result', { ok: true });
  await inspector.tab('output');
  await inspector.fill('ResultPath', '$.left');
  const left = ((await studio.definition()).States['Fanout'] as { Branches: { States: Record<string, unknown> }[] }).Branches[0]!.States['Left'];
  expect(left).toEqual({ Type: 'Pass', Result: { ok: true }, ResultPath: '$.left', End: true });

  // The chosen tab stays when the selection changes.
  await inspector.select('Fanout');
  await expect(inspector.root.getByTestId('inspector-tab-output')).toHaveAttribute('aria-selected', 'true');
  await inspector.tab('configuration');
  await inspector.button('branch-add').click();
  await expect(inspector.root.getByTestId('branch-1')).toBeVisible();
  await inspector.button('branch-0-remove').click();
  await expect.poll(async () => ((await stateOf(studio, 'Fanout'))['Branches'] as unknown[]).length).toBe(1);
  await expect(inspector.button('branch-0-remove')).toBeDisabled();

  await inspector.select('Each');
  await inspector.fill('ItemsPath', '$.orders');
  await inspector.fill('MaxConcurrency', '5');
  await inspector.fillJson('ItemSelector', { 'order.$': '$$.Map.Item.Value' });
  await inspector.choose('ProcessorConfig-Mode', 'DISTRIBUTED');
  await inspector.choose('ItemProcessor-ProcessorConfig-ExecutionType', 'EXPRESS');
  await inspector.fill('ToleratedFailurePercentage', '10');
  await inspector.fill('Label', 'orders');
  await inspector.fillJson('ItemBatcher', { MaxItemsPerBatch: 50 });
  await expect.poll(() => stateOf(studio, 'Each')).toMatchObject({
    ItemsPath: '$.orders',
    MaxConcurrency: 5,
    ItemSelector: { 'order.$': '$$.Map.Item.Value' },
    ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'EXPRESS' } },
    ToleratedFailurePercentage: 10,
    Label: 'orders',
    ItemBatcher: { MaxItemsPerBatch: 50 },
  });
});

test('JSONata states show Arguments/Output and a Condition, and hide the JSONPath fields', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Validate');
  await inspector.choose('QueryLanguage', 'JSONata');
  await expect(inspector.root.getByTestId('foreign-fields')).toContainText('Parameters');
  await inspector.button('remove-foreign-fields').click();
  await expect(inspector.field('Arguments')).toBeVisible();
  await inspector.fillJson('Arguments', { FunctionName: 'validate', Payload: '{% $states.input %}' });
  await inspector.tab('output');
  await expect(inspector.field('ResultPath')).toHaveCount(0);
  await inspector.fillJson('Output', '"{% $states.result.Payload %}"');
  await expect.poll(() => stateOf(studio, 'Validate')).toMatchObject({
    QueryLanguage: 'JSONata',
    Arguments: { FunctionName: 'validate', Payload: '{% $states.input %}' },
    Output: '{% $states.result.Payload %}',
  });
  expect(await stateOf(studio, 'Validate')).not.toHaveProperty('Parameters');
  await inspector.tab('error-handling');
  await expect(inspector.field('catcher-0-Output')).toBeVisible();
  await expect(inspector.field('TimeoutSecondsPath')).toHaveCount(0);

  await inspector.select('Route');
  await inspector.choose('QueryLanguage', 'JSONata');
  await inspector.button('rule-add').click();
  await inspector.fill('rule-1-Condition', '{% $states.input.count > 3 %}');
  await expect.poll(async () => ((await stateOf(studio, 'Route'))['Choices'] as unknown[])[1]).toEqual({ Condition: '{% $states.input.count > 3 %}', Next: 'Validate' });
});

test('each committed inspector edit is one undo step (toolbar undo/redo)', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.select('Pause');
  await inspector.fill('Seconds', '30');
  await inspector.fill('Comment', 'Let the payment settle');
  await inspector.choose('Next', 'Done');
  await expect.poll(() => stateOf(studio, 'Pause')).toEqual({ Type: 'Wait', Seconds: 30, Next: 'Done', Comment: 'Let the payment settle' });

  await page.getByTestId('undo').click();
  await expect.poll(() => stateOf(studio, 'Pause')).toEqual({ Type: 'Wait', Seconds: 30, Next: 'Fanout', Comment: 'Let the payment settle' });
  await expect(inspector.field('Next')).toHaveValue('Fanout');
  await page.getByTestId('undo').click();
  await expect(inspector.field('Comment')).toHaveValue('');
  await page.getByTestId('undo').click();
  await expect(inspector.field('Seconds')).toHaveValue('5');
  expect(await studio.definition()).toEqual(WORKFLOW);
  await page.getByTestId('redo').click();
  await expect(inspector.field('Seconds')).toHaveValue('30');
});

test('with nothing selected, the workflow form edits the top-level fields', async ({ page, studio }) => {
  const inspector = new Inspector(page);
  await inspector.selectNone();
  await inspector.fill('workflow-Comment', 'Orders');
  await inspector.choose('workflow-StartAt', 'Route');
  await inspector.fill('workflow-TimeoutSeconds', '3600');
  await inspector.fill('workflow-Version', '1.0');
  await inspector.choose('workflow-QueryLanguage', 'JSONata');
  await expect.poll(async () => {
    const { States: _s, ...top } = await studio.definition();
    return top;
  }).toEqual({ Comment: 'Orders', StartAt: 'Route', TimeoutSeconds: 3600, Version: '1.0', QueryLanguage: 'JSONata' });
});
