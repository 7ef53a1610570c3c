/**
 * The Tests tab end to end: run the sample workflow, save the run as a test case, run the suite
 * (it passes), see on the canvas what no test covers, open the case's run, break the workflow (a
 * rename typed in the inspector) and see the case fail with a diff, reload (the tests stay with the
 * workflow), and export the test file: it is valid against the schema and passes on the original.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { RunPanelPage } from './pages/RunPanel';
import { runTestSuite } from '../src/testing/suite';
import { SAMPLE_WORKFLOW } from '../src/studio/sampleWorkflow';
import { readTestFile } from './testFiles';

const WORD = /(^|\s)uncovered(\s|$)/;

test('save a run as a test case, run it, see coverage on the canvas, break the workflow, export the file', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('start');
  const input = page.getByTestId('run-input');
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{"orderId": "o-7"}');
  await run.start();
  await run.expectStatus('SUCCEEDED');

  await page.getByTestId('save-test-case').click();
  await expect(page.getByTestId('saved-test-case')).toContainText('Saved as test case');
  await run.tab('tests');
  const testCase = page.getByTestId('test-case');
  await expect(testCase).toHaveCount(1);
  await page.getByTestId('tests-run-all').click();
  await expect(testCase).toHaveAttribute('data-state', 'passed');

  // Coverage: one happy-path case leaves the failure paths and the retrier uncovered.
  const coverage = page.getByTestId('tests-coverage');
  await expect(coverage).toBeVisible();
  expect(Number(await coverage.getAttribute('data-percent'))).toBeLessThan(100);
  await expect(coverage).toContainText('states 4/6');
  await page.getByTestId('tests-overlay').check();
  await expect(page.getByTestId('tests-legend')).toBeVisible();
  await expect(run.node('Out of stock')).toHaveClass(WORD);
  await expect(run.node('Order failed')).toHaveClass(WORD);
  await expect(run.node('Charge card')).not.toHaveClass(WORD);
  await expect(run.node('Check stock')).toHaveClass(/(^|\s)uncovered-retry(\s|$)/);
  // Coverage alone: the last run's colours are not mixed into the overlay.
  await expect(run.node('Charge card')).not.toHaveClass(/(^|\s)run-succeeded(\s|$)/);
  expect(await page.locator('.sf-edge.uncovered').count()).toBeGreaterThan(0);
  await page.getByTestId('tests-missing').locator('summary').click();
  await expect(page.getByTestId('tests-missing')).toContainText('Check stock: Catch #1');
  await page.screenshot({ path: 'test-results/tests-panel-coverage.png' });

  // The case's run opens in the Run views.
  await testCase.getByTestId('test-open-run').click();
  await run.expectStatus('SUCCEEDED');
  await expect(page.getByTestId('run-tab-table')).toHaveAttribute('aria-selected', 'true');
  // Opening a run shows its colours again (the overlay steps aside).
  await run.expectNode('Charge card', 'succeeded');

  // Break the workflow: rename a state in the inspector, key by key.
  await page.getByTestId('mode-design').click();
  await page.evaluate(() => window.__studio!.store.getState().select(['Notify customer']));
  const name = page.getByTestId('inspector-name');
  await name.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Notify');
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.definition().then((d) => Object.keys(d.States))).toContain('Notify');
  await run.open();
  await run.tab('tests');
  await page.getByTestId('tests-run-all').click();
  await expect(testCase).toHaveAttribute('data-state', 'failed');
  // The renamed state has no mock any more (the case mocks 'Notify customer'): the run fails there.
  // Said once: the values are in the sentence, not repeated after it.
  await expect(testCase.getByTestId('test-mismatches').locator('li').filter({ hasText: 'status:' })).toHaveText('status: expected "SUCCEEDED", got "FAILED"');
  await expect(testCase.getByTestId('test-mismatches')).toContainText('path: expected Check stock → In stock? → Charge card → Notify customer, got Check stock → In stock? → Charge card → Notify');
  await expect(testCase.getByTestId('test-diff').last()).toContainText('-   "Notify customer"');
  await page.screenshot({ path: 'test-results/tests-panel-failure.png' });

  // The tests are saved with the workflow.
  await page.reload();
  await studio.ready();
  await run.open();
  await run.tab('tests');
  await expect(page.getByTestId('test-case')).toHaveCount(1);

  // Export: a valid test file that passes on the workflow it was recorded on.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tests-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.sfn-test\.json$/);
  const suite = readTestFile(readFileSync((await download.path())!, 'utf8'));
  expect(suite.workflow).toMatch(/\.asl\.json$/);
  expect(suite.tests[0]!.input).toEqual({ orderId: 'o-7' });
  expect((await runTestSuite(SAMPLE_WORKFLOW, suite)).passed).toBe(true);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('a broken import is refused with located problems; a good one runs; the test file opens in the editor', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('tests');
  await page.getByTestId('tests-import-file').setInputFiles({ name: 'bad.sfn-test.yaml', mimeType: 'text/yaml', buffer: Buffer.from('workflow: w.asl.json\ntests:\n  - name: t\n    expect:\n      stauts: SUCCEEDED\n') });
  await expect(page.getByTestId('tests-import-problems')).toContainText("bad.sfn-test.yaml:5:7: the value 'stauts' is not a known field");
  await expect(page.getByTestId('tests-empty')).toBeVisible();

  await page.getByTestId('tests-import-file').setInputFiles({ name: 'good.sfn-test.yaml', mimeType: 'text/yaml', buffer: Buffer.from('workflow: w.asl.json\ntests:\n  - name: out of stock\n    input: { orderId: o-1 }\n    mocks:\n      Check stock: [{ Return: { Payload: { inStock: false }, StatusCode: 200 } }]\n    expect: { status: FAILED, error: OutOfStock }\n') });
  await expect(page.getByTestId('test-case')).toHaveCount(1);
  await page.getByTestId('tests-run-all').click();
  await expect(page.getByTestId('test-case')).toHaveAttribute('data-state', 'passed');

  // The editor: Monaco with the test file schema (a misspelt field is marked).
  await page.getByTestId('tests-edit').locator('summary').click();
  await expect(page.getByTestId('test-file-editor')).toBeVisible();
  await page.waitForFunction(() => window.__aslTestEditor?.value().includes('out of stock'));
  // A valid file: the schema-checking editor shows it without markers.
  await expect.poll(() => page.evaluate(() => window.__aslTestEditor!.markers().length)).toBe(0);
  await page.screenshot({ path: 'test-results/tests-panel-editor.png' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
