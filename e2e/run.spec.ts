/**
 * Run mode end to end: runs in the interpreter worker, canvas colours, stepping and time travel,
 * the Events view and time travel over a long history, breakpoints, callbacks, Stop on an endless
 * loop, MockConfigFile test cases, and the 10,000-item Map figure (written to test-results/figures/run-e2e.json, outside git).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { RunPanelPage } from './pages/RunPanel';
import type { StateMachine } from '../src/asl/types';

const RETRY_CATCH: StateMachine = {
  Comment: 'Charge a card; retry twice, then hand the error to a catcher that fails the run',
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
      Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2, IntervalSeconds: 1 }],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Handle' }],
      Next: 'Done',
    },
    Handle: { Type: 'Pass', Next: 'Failed' },
    Failed: { Type: 'Fail', Error: 'PaymentFailed', Cause: 'The card was declined' },
    Done: { Type: 'Succeed' },
  },
};

const PARALLEL_IN_MAP: StateMachine = {
  StartAt: 'Items',
  States: {
    Items: {
      Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 1, Next: 'Done',
      ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Fan', States: {
          Fan: { Type: 'Parallel', End: true, Branches: [
            { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
            { StartAt: 'Right', States: { Right: { Type: 'Pass', Result: 'r', End: true } } },
          ] },
        },
      },
    },
    Done: { Type: 'Succeed' },
  },
};

test.describe('Run mode', () => {
  test('retry then catch: the failed task is caught, the catcher path succeeds, the Fail state is reached; then time travel', async ({ page, studio, health }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load(RETRY_CATCH);
    const run = new RunPanelPage(page);
    await run.open();
    await run.mockThrow('Charge', 'Boom', 'card declined');
    await run.setInput('{"amount": 42}');
    await run.start();
    await run.expectStatus('FAILED');
    await expect(page.getByTestId('run-error')).toContainText('PaymentFailed');
    await run.expectNode('Charge', 'caught');
    await run.expectNode('Handle', 'succeeded');
    await run.expectNode('Failed', 'failed');
    await run.expectNode('Done', 'not-reached');
    await expect(run.edge('Charge->catch:0->Handle')).toHaveClass(/taken/);
    await expect(run.edge('Handle->next:0->Failed')).toHaveClass(/taken/);
    await expect(run.edge('Charge->next:0->Done')).not.toHaveClass(/taken/);
    await expect(page.getByTestId('run-duration')).toHaveText('3.00 s');
    await expect(page.getByTestId('run-transitions')).toHaveText('3 + 2 retries');
    await expect(page.getByTestId('run-cost')).toContainText('Standard $0.000125 (5 transitions)');

    // Table → Step details of the task: error, attempts, data flow.
    await run.tab('table');
    await expect(run.visitRows()).toHaveCount(3);
    await run.visitRows().filter({ hasText: 'Charge' }).getByRole('button').click();
    await expect(run.stepDetails).toHaveAttribute('data-name', 'Charge');
    await expect(page.getByTestId('step-error')).toContainText('Boom');
    await expect(page.getByTestId('step-attempts').locator('li')).toHaveCount(3);
    await expect(page.getByTestId('step-input')).toContainText('"amount": 42');
    await expect(page.getByTestId('step-output')).toContainText('"Error": "Boom"');

    // Scrub back to the moment the task was entered: nothing after it has happened yet.
    await run.scrubTo(1);
    await run.expectNode('Charge', 'in-progress');
    await run.expectNode('Handle', 'not-reached');
    await run.expectNode('Failed', 'not-reached');
    await expect(run.currentNode()).toHaveAttribute('data-testid', 'node-Charge');
    await expect(run.cursor).toContainText('time travel');
    // Step stops at each attempt (failed, retried, failed, retried, failed), then at the catcher; one back.
    for (const status of ['failed', 'in-progress', 'failed', 'in-progress', 'failed'] as const) {
      await run.step();
      await run.expectNode('Charge', status);
      await run.expectNode('Handle', 'not-reached');
    }
    await run.step();
    await run.expectNode('Charge', 'caught');
    await run.expectNode('Handle', 'in-progress');
    await run.stepBack();
    await run.expectNode('Handle', 'not-reached');
    // Run to end returns to the live end of the history.
    await run.resume();
    await run.expectNode('Failed', 'failed');

    // A second run with the catalog default mock succeeds; compare the two.
    await run.tab('mocks');
    await page.getByTestId('mock-Charge').getByRole('button', { name: 'Default' }).click();
    await run.setName('second');
    await run.start();
    await run.expectStatus('SUCCEEDED');
    await run.expectNode('Done', 'succeeded');
    await run.tab('executions');
    await expect(page.getByTestId('execution-row')).toHaveCount(2);
    await page.getByTestId('execution-row').nth(0).getByRole('checkbox').check();
    await page.getByTestId('execution-row').nth(1).getByRole('checkbox').check();
    await expect(page.getByTestId('compare-view')).toBeVisible();
    await expect(page.getByTestId('compare-states').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByTestId('compare-view').locator('tr[data-differs="true"]').first()).toContainText('Status');
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });

  test('a long Map history: the Events filter and details, then time travel back and forth over 8,000 events', async ({ page, studio, health }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load({
      StartAt: 'Each item',
      States: { 'Each item': { Type: 'Map', ItemsPath: '$.items', End: true, ItemProcessor: {
        ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Double', States: { Double: { Type: 'Pass', End: true } },
      } } },
    });
    const run = new RunPanelPage(page);
    await run.open();
    await run.setInput(JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => i) }));
    await run.start();
    await run.expectStatus('SUCCEEDED');
    // 3 events before the items, 4 per item (iteration started, entered, exited, iteration succeeded), 3 after.
    await run.filterEvents('PassStateExited');
    await expect(page.getByTestId('events-count')).toHaveText('2000 of 8006 events');
    await expect(run.eventRows()).toHaveCount(25);
    const first = run.eventRows().first();
    await first.locator('summary').click();
    await expect(first.locator('pre')).toContainText('"name": "Double"');
    // The page shown follows the cursor (the end): its first row is item 1975 exiting. Go to it.
    await first.getByRole('button').click();
    await expect(run.cursor).toHaveAttribute('data-cursor', String(3 + 4 * 1975 + 2));
    await expect(run.cursor).toContainText('time travel');
    // From the end back to item 999 (a checkpoint left while the run streamed), to item 1, forward again.
    await run.tab('table');
    await run.scrubTo(4002);
    await expect(run.latestActive('Each item')).toHaveText('Latest active (999)');
    await run.expectNode('Each item', 'in-progress');
    await run.scrubTo(10);
    await expect(run.latestActive('Each item')).toHaveText('Latest active (1)');
    await run.scrubTo(7000);
    await expect(run.latestActive('Each item')).toHaveText('Latest active (1749)');
    await run.resume();
    await run.expectNode('Each item', 'succeeded');
    await expect(run.latestActive('Each item')).toHaveText('Latest active (1999)');
    expect(health.consoleErrors).toEqual([]);
  });

  test('steps through a Parallel inside a Map one transition at a time', async ({ page, studio }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load(PARALLEL_IN_MAP);
    const run = new RunPanelPage(page);
    await run.open();
    await run.setInput('{"items": ["a", "b"]}');
    await run.startPaused();
    await run.start();
    await run.tab('details');
    const expected: [string, string, string | null][] = [
      ['Items', 'Items', null],
      ['Fan', 'Fan', '0'], ['Left', 'Left', '0'], ['Right', 'Right', '0'],
      ['Fan', 'Fan', '1'], ['Left', 'Left', '1'], ['Right', 'Right', '1'],
      ['Done', 'Done', null],
    ];
    for (const [node, details, iteration] of expected) {
      await run.step();
      await expect(run.currentNode()).toHaveAttribute('data-testid', `node-${node}`);
      await expect(run.stepDetails).toHaveAttribute('data-name', details);
      await run.expectNode(node, 'in-progress');
      if (iteration !== null) await expect(page.getByTestId('step-iteration')).toHaveText(iteration);
      await run.expectStatus('RUNNING');
    }
    // Iteration 1's Left is done while Right runs; its input is the item.
    await run.expectNode('Left', 'succeeded');
    await run.step();
    await run.expectStatus('SUCCEEDED');
    await run.expectNode('Items', 'succeeded');
    await expect(page.getByTestId('run-output')).toContainText('"r"');
    // Choose iteration 0 of the Map: the table shows its visits.
    await run.tab('table');
    await page.getByTestId('iteration-Items').selectOption('0');
    await expect(run.visitRows()).toHaveCount(5);
  });

  test('pauses on a breakpoint, then runs to the end', async ({ page, studio }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load(RETRY_CATCH);
    const run = new RunPanelPage(page);
    await run.open();
    await run.mockThrow('Charge', 'Boom', 'card declined');
    await run.setBreakpoint('Handle');
    await run.start();
    await expect(run.status).toHaveText('RUNNING (paused)');
    await run.expectNode('Charge', 'caught');
    await run.expectNode('Handle', 'in-progress');
    await expect(run.currentNode()).toHaveAttribute('data-testid', 'node-Handle');
    await run.expectNode('Failed', 'not-reached');
    await run.resume();
    await run.expectStatus('FAILED');
    await run.expectNode('Failed', 'failed');
  });

  test('a callback task waits for the user to send task success', async ({ page, studio }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load({
      StartAt: 'Ask approval',
      States: {
        'Ask approval': {
          Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken',
          Parameters: { QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/approvals', MessageBody: { 'token.$': '$$.Task.Token' } },
          Next: 'Approved?',
        },
        'Approved?': { Type: 'Choice', Choices: [{ Variable: '$.approved', BooleanEquals: true, Next: 'Ship' }], Default: 'Rejected' },
        Ship: { Type: 'Succeed' },
        Rejected: { Type: 'Fail', Error: 'Rejected' },
      },
    });
    const run = new RunPanelPage(page);
    await run.open();
    await run.start();
    await expect(page.getByTestId('run-callback-state')).toHaveText('Ask approval');
    await run.expectStatus('RUNNING');
    await run.expectNode('Ask approval', 'in-progress');
    await run.sendTaskSuccess('{"approved": true}');
    await run.expectStatus('SUCCEEDED');
    await run.expectNode('Ship', 'succeeded');
    await run.expectNode('Rejected', 'not-reached');
    await expect(page.getByTestId('run-callback')).toHaveCount(0);
  });

  test('Stop ends an endless loop at once and the page stays responsive', async ({ page, studio }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load({
      StartAt: 'Tick',
      States: {
        Tick: { Type: 'Pass', Next: 'Tock' },
        Tock: { Type: 'Pass', Next: 'Again?' },
        'Again?': { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Tick' },
        Done: { Type: 'Succeed' },
      },
    });
    const run = new RunPanelPage(page);
    await run.open();
    await run.setLimits({ maxTransitions: 1_000_000_000_000, maxEvents: 1_000_000_000 });
    await run.start();
    await expect.poll(async () => Number(await run.cursor.getAttribute('data-cursor')), { timeout: 15_000 }).toBeGreaterThan(2000);
    // The main thread still renders frames while the worker loops (a blocked page would never
    // answer and the test would time out); the delay is reported as a figure, not asserted.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }));
    console.log(`frame answered after ${frameMs.toFixed(0)} ms while the loop ran`);
    // The history keeps growing, so the worker really is still running while the page answers.
    const before = Number(await run.cursor.getAttribute('data-cursor'));
    await expect.poll(async () => Number(await run.cursor.getAttribute('data-cursor'))).toBeGreaterThan(before);
    await run.stop();
    await run.expectStatus('ABORTED');
    await run.tab('events');
    await expect(page.getByTestId('event-row').last()).toHaveAttribute('data-type', 'ExecutionAborted');
    await run.tab('table');
    await expect(page.getByTestId('run-stop')).toBeDisabled();
  });

  test('imports a MockConfigFile and runs a test case', async ({ page, studio }) => {
    await page.goto('/');
    await studio.ready();
    await studio.load({
      StartAt: 'ChargeCard',
      States: {
        ChargeCard: {
          Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'charge', 'Payload.$': '$' },
          Retry: [{ ErrorEquals: ['Lambda.TooManyRequestsException'], MaxAttempts: 3, IntervalSeconds: 2, BackoffRate: 2 }],
          ResultSelector: { 'charged.$': '$.Payload.charged' },
          Next: 'Notify',
        },
        Notify: { Type: 'Task', Resource: 'arn:aws:states:::sns:publish', Parameters: { TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders', 'Message.$': '$' }, End: true },
      },
    }, { name: 'OrderFlow' });
    const run = new RunPanelPage(page);
    await run.open();
    await run.importMockConfig({
      StateMachines: { OrderFlow: { TestCases: {
        AllGood: { ChargeCard: 'ChargeOk', Notify: 'NotifyOk' },
        FlakyPayment: { ChargeCard: 'ChargeFlaky', Notify: 'NotifyOk' },
      } } },
      MockedResponses: {
        ChargeOk: { '0': { Return: { StatusCode: 200, Payload: { charged: true } } } },
        ChargeFlaky: {
          '0-1': { Throw: { Error: 'Lambda.TooManyRequestsException', Cause: 'throttled' } },
          '2': { Return: { StatusCode: 200, Payload: { charged: true } } },
        },
        NotifyOk: { '0': { Return: { MessageId: 'm-1' } } },
      },
    });
    await expect(page.getByTestId('mock-file-info')).toContainText('2 test cases');
    await run.chooseTestCase('OrderFlow', 'FlakyPayment');
    await run.start();
    await run.expectStatus('SUCCEEDED');
    await expect(page.getByTestId('run-output')).toContainText('"MessageId": "m-1"');
    await expect(page.getByTestId('run-transitions')).toHaveText('2 + 2 retries');
    // Back-off 2 s then 4 s on the simulated clock.
    await expect(page.getByTestId('run-duration')).toHaveText('6.00 s');
    await run.tab('table');
    await expect(run.visitRows().filter({ hasText: 'ChargeCard' }).locator('td').nth(5)).toHaveText('2');
    await run.visitRows().filter({ hasText: 'ChargeCard' }).getByRole('button').click();
    await expect(page.getByTestId('step-stage-afterResultSelector')).toContainText('"charged": true');
  });

  test('figure: a 10,000-item Map end to end, with the main thread frame gaps', async ({ page, studio }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await studio.ready();
    await studio.load({
      StartAt: 'Each item',
      States: {
        'Each item': {
          Type: 'Map', ItemsPath: '$.items', End: true,
          ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Double', States: {
            // The Map's output (10,000 numbers) stays under the 256 KiB payload limit.
            Double: { Type: 'Pass', Parameters: { 'twice.$': 'States.MathAdd($, $)' }, OutputPath: '$.twice', End: true },
          } },
        },
      },
    });
    const run = new RunPanelPage(page);
    await run.open();
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    await run.setInput(JSON.stringify({ items }));
    await run.setLimits({ maxEvents: 200_000 });
    // Sample frames from now until the result is on screen.
    await page.evaluate(() => {
      const w = window as unknown as { __frames: { gaps: number[]; stop: boolean } };
      w.__frames = { gaps: [], stop: false };
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.gaps.push(now - last);
        last = now;
        if (!w.__frames.stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const t0 = Date.now();
    await run.start();
    await expect(run.status).not.toHaveAttribute('data-status', 'RUNNING', { timeout: 60_000 });
    expect(await page.getByTestId('run-error').count() ? await page.getByTestId('run-error').textContent() : '').toBe('');
    await run.expectStatus('SUCCEEDED');
    const summary = page.getByTestId('run-summary');
    await expect(summary).not.toHaveAttribute('data-ui-ms', '');
    const wallMs = Date.now() - t0;
    const frames = await page.evaluate(() => {
      const w = window as unknown as { __frames: { gaps: number[]; stop: boolean } };
      w.__frames.stop = true;
      const gaps = w.__frames.gaps.slice(1);
      const sorted = [...gaps].sort((a, b) => a - b);
      return { count: gaps.length, max: Math.max(...gaps), p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, over50: gaps.filter((g) => g > 50).length };
    });
    const workerMs = Number(await summary.getAttribute('data-worker-ms'));
    const uiMs = Number(await summary.getAttribute('data-ui-ms'));
    const transport = await summary.getAttribute('data-transport');
    const events = Number((await page.getByTestId('run-cursor').getAttribute('data-cursor')) ?? 0) + 1;
    await run.expectNode('Double', 'succeeded');
    expect(transport).toBe('worker');
    const figure = {
      workload: '10,000-item inline Map (Pass with an intrinsic), simulated clock, in the app (vite preview, Chromium, 2 cores)',
      items: 10_000,
      historyEvents: events,
      engineMsInWorker: Math.round(workerMs),
      startToResultShownMs: Math.round(uiMs),
      playwrightWallMs: wallMs,
      frames: { sampled: frames.count, longestGapMs: Math.round(frames.max), p95GapMs: Math.round(frames.p95), gapsOver50ms: frames.over50 },
      transport,
      measuredAt: new Date().toISOString(),
    };
    console.log(`run-e2e figure: ${JSON.stringify(figure)}`);
    mkdirSync('test-results/figures', { recursive: true });
    writeFileSync('test-results/figures/run-e2e.json', `${JSON.stringify(figure, null, 2)}\n`);
  });
});

test('a fourth run releases the oldest run history: the Executions list says so, and Re-run brings that run back', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load({ StartAt: 'Greet', States: { Greet: { Type: 'Pass', Result: 'hello', End: true } } });
  const run = new RunPanelPage(page);
  await run.open();
  for (let i = 0; i < 4; i++) {
    await run.start();
    await run.expectStatus('SUCCEEDED');
  }
  await run.tab('executions');
  const rows = page.getByTestId('execution-row');
  await expect(rows).toHaveCount(4);
  // Newest first: the last row is the first run, whose history gave way to the three newer ones.
  const oldest = rows.nth(3);
  await expect(oldest).toHaveAttribute('data-released', 'true');
  await expect(rows.nth(0)).not.toHaveAttribute('data-released', 'true');
  // Four runs within seconds get four names (they are run-<date>-<time>, made distinct).
  const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
  expect(new Set(names).size).toBe(4);
  const name = (await oldest.getAttribute('data-name'))!;
  await expect(page.getByTestId(`released-${name}`)).toContainText('History released to save memory');
  await expect(oldest.getByRole('checkbox')).toBeDisabled();
  await page.screenshot({ path: 'test-results/executions-released.png' });
  await page.getByTestId(`rerun-${name}`).click();
  // The re-run is a new, complete run with its history: the step table lists its states.
  await run.expectStatus('SUCCEEDED');
  await run.tab('executions');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(0)).not.toHaveAttribute('data-released', 'true');
  await expect(rows.nth(0)).toHaveAttribute('data-name', `${name}-rerun`);
  expect(health.consoleErrors).toEqual([]);
});
