/**
 * AWS executions end to end: drop a real-shaped `get-execution-history --reverse-order` file on
 * the studio, see it as a run (colours, recorded durations), scrub through it with the mouse,
 * replay it locally (matches), edit the workflow in the inspector so it diverges, see the
 * divergence on the canvas and in the Events view, and save the recorded answers as a test case.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { Inspector } from './pages/Inspector';
import { RunPanelPage } from './pages/RunPanel';
import type { Page } from '@playwright/test';
import type { StateMachine } from '../src/asl/types';
import { runTestSuite } from '../src/testing/suite';
import { readTestFile } from './testFiles';

const here = dirname(fileURLToPath(import.meta.url));
const HISTORY = readFileSync(resolve(here, 'data/aws-payment-history.json'), 'utf8');
const PAYMENT = JSON.parse(readFileSync(resolve(here, 'data/aws-payment.asl.json'), 'utf8')) as StateMachine;

/** A real drop: a File built in the page, carried by a DataTransfer through dragenter/dragover/drop. */
async function dropFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(([n, t]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([t], n, { type: 'application/json' }));
    return transfer;
  }, [name, text] as const);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, type, { dataTransfer });
}

test('drop an AWS history, scrub it, replay it, make the workflow diverge, save the test case', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load(PAYMENT);
  const run = new RunPanelPage(page);
  await run.open();

  await dropFile(page, '[data-testid=run-mode]', 'payment-history.json', HISTORY);
  await expect(page.getByTestId('recorded-panel')).toBeVisible();
  await expect(page.getByTestId('recorded-fit')).toHaveCount(0);
  await run.expectStatus('SUCCEEDED');
  await run.expectNode('Charge', 'succeeded');
  await run.expectNode('Settle', 'succeeded');
  await run.expectNode('Done', 'succeeded');
  await run.expectNode('Failed', 'not-reached');
  // Recorded durations: the Wait took 3 h 12 min on AWS; the run is 17 events sorted from --reverse-order.
  await run.tab('table');
  await expect(page.locator('[data-testid=visit-row][data-name=Settle] td').nth(4)).toHaveText('3 h 12 min');
  await expect(page.getByTestId('run-duration')).toHaveText('3 h 12 min');
  await expect(page.getByTestId('run-cost')).toContainText('Standard $0.000125 (5 transitions) · Express $0.01 (11,541,600 ms × 64 MB)');

  // Scrub back with the mouse: the thumb dragged to the left third shows Charge still retrying.
  const bar = (await page.getByTestId('run-scrubber').boundingBox())!;
  await page.mouse.move(bar.x + bar.width - 4, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width * 0.5, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.move(bar.x + bar.width * 0.33, bar.y + bar.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(run.cursor).toHaveAttribute('data-live', 'false');
  const cursor = Number(await run.cursor.getAttribute('data-cursor'));
  expect(cursor).toBeGreaterThan(1);
  expect(cursor).toBeLessThan(11);
  await run.expectNode('Charge', 'in-progress');
  await run.expectNode('Settle', 'not-reached');
  await run.resume();

  // Replay on the open workflow: it matches the recording.
  await page.getByTestId('replay-locally').click();
  await expect(page.getByTestId('replay-result')).toHaveAttribute('data-match', 'true');

  // The fix that breaks it: one retry only, typed in the inspector key by key.
  await page.getByTestId('mode-design').click();
  const inspector = new Inspector(page);
  await inspector.select('Charge');
  await inspector.tab('error-handling');
  const attempts = inspector.field('retrier-0-MaxAttempts');
  await attempts.click();
  await attempts.press('Control+a');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect.poll(async () => ((await studio.definition()).States['Charge'] as { Retry: { MaxAttempts: number }[] }).Retry[0]!.MaxAttempts).toBe(1);

  await run.open();
  await expect(page.getByTestId('recorded-panel')).toBeVisible();
  await page.getByTestId('replay-locally').click();
  const result = page.getByTestId('replay-result');
  await expect(result).toHaveAttribute('data-match', 'false');
  await expect(page.getByTestId('replay-message')).toHaveText("AWS went to Retry #2 of 'Charge', this run went to Catch → 'Failed' (after States.Timeout).");
  await expect(result).toHaveAttribute('data-state', 'Charge');
  await expect(run.node('Charge')).toHaveClass(/(^|\s)run-diverged(\s|$)/);
  await run.tab('events');
  await page.getByTestId('replay-show').click();
  await expect(page.locator('[data-testid=event-row][data-diverged]')).toHaveAttribute('data-type', 'LambdaFunctionScheduled');
  await expect(page.getByTestId('event-divergence')).toContainText("this run: went to Catch → 'Failed'");
  await page.screenshot({ path: 'test-results/aws-execution-divergence.png' });

  // The recorded answers as a Step Functions Local test case.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-mockconfig').click()]);
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { StateMachines: Record<string, unknown>; MockedResponses: Record<string, Record<string, unknown>> };
  expect(download.suggestedFilename()).toMatch(/\.mockconfig\.json$/);
  const charge = Object.values(saved.MockedResponses)[0]!;
  expect(charge).toEqual({
    '0-1': { Throw: { Error: 'States.Timeout', Cause: 'Task timed out after 3.00 seconds' } },
    '2': { Return: { charged: true, receipt: 'r-991' } },
  });

  // Save as test case: the recorded input, answers and outcome go into the workflow's tests.
  await page.getByTestId('save-test-case').click();
  await expect(page.getByTestId('saved-test-case')).toContainText('Saved as test case');
  await run.tab('tests');
  const testCase = page.getByTestId('test-case');
  await expect(testCase).toHaveCount(1);
  await expect(testCase).toHaveAttribute('data-state', 'not-run');
  // The workflow now gives up after one attempt: the recorded success is not reached, the case fails with a diff.
  await page.getByTestId('tests-run-all').click();
  await expect(testCase).toHaveAttribute('data-state', 'failed');
  await expect(testCase.getByTestId('test-mismatch').first()).toContainText('status: expected "SUCCEEDED", got "FAILED"');
  const [testFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tests-export').click()]);
  expect(testFile.suggestedFilename()).toMatch(/\.sfn-test\.json$/);
  const suite = readTestFile(readFileSync((await testFile.path())!, 'utf8'));
  // On the workflow as recorded, the saved case passes.
  expect((await runTestSuite(PAYMENT, suite)).passed).toBe(true);
  await run.tab('table');

  // The local run is there too.
  await page.getByTestId('replay-open-local').click();
  await run.expectStatus('FAILED');
  await run.expectNode('Failed', 'failed');
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('a history that does not fit the open workflow says so; a broken file shows located problems', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load({ StartAt: 'Only', States: { Only: { Type: 'Pass', End: true } } });
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('start');
  await page.getByTestId('open-aws-execution-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"events": [\n  {"id": 1, "type": "ExecutionStarted", "timestamp": "later"}\n]}') });
  await expect(page.getByTestId('open-execution-problems')).toContainText('broken.json, events[0].timestamp: expected an ISO-8601 timestamp, found "later"');

  await page.getByTestId('paste-aws-execution').click();
  await page.getByTestId('paste-history').fill(HISTORY);
  await page.getByTestId('open-pasted').click();
  await expect(page.getByTestId('recorded-fit')).toContainText("The history has a state 'Charge' (event 2), which is not in this workflow.");
  // It carries no definition: the panel says so and how to supply it, instead of drawing it on the wrong workflow silently.
  await expect(page.getByTestId('recorded-missing-definition')).toContainText('This history carries no definition, and the open workflow is not the one it ran on.');
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('payloads AWS cut or left out are marked in Step details', async ({ page, studio, health }) => {
  const history = JSON.parse(HISTORY) as { events: Record<string, Record<string, unknown>>[] };
  const byId = (id: number) => history.events.find((e) => (e as unknown as { id: number }).id === id)!;
  // Settle's input was over what AWS records (cut text, `truncated`); its output was not fetched.
  const entered = byId(13)['stateEnteredEventDetails']!;
  entered['input'] = '{"amount": 4';
  entered['inputDetails'] = { truncated: true };
  const exited = byId(14)['stateExitedEventDetails']!;
  delete exited['output'];
  exited['outputDetails'] = { truncated: false };

  await page.goto('/');
  await studio.ready();
  await studio.load(PAYMENT);
  const run = new RunPanelPage(page);
  await run.open();
  await dropFile(page, '[data-testid=run-mode]', 'cut-history.json', JSON.stringify(history));
  await run.expectStatus('SUCCEEDED');
  await expect(page.getByTestId('recorded-truncated')).toHaveText('1 payload was truncated by AWS (shown as recorded, not compared); 1 payload was left out of the history.');

  await run.tab('table');
  await run.visitRows().filter({ hasText: 'Settle' }).getByRole('button').click();
  await expect(run.stepDetails).toHaveAttribute('data-name', 'Settle');
  await expect(page.getByTestId('step-input-notice')).toHaveAttribute('data-reason', 'truncated');
  await expect(page.getByTestId('step-input')).toContainText('{"amount": 4');
  await expect(page.getByTestId('step-output-notice')).toHaveAttribute('data-reason', 'omitted');
  await page.screenshot({ path: 'test-results/aws-execution-payload-notices.png' });
  // A state AWS recorded in full carries no notice.
  await run.tab('table');
  await run.visitRows().filter({ hasText: 'Charge' }).getByRole('button').click();
  await expect(run.stepDetails).toHaveAttribute('data-name', 'Charge');
  await expect(page.getByTestId('step-input-notice')).toHaveCount(0);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
