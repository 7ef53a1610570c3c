/**
 * The Tests tab end to end: run the sample workflow, save the run as a test case, run the suite
 * (it passes), see on the canvas what no test covers, open the case's run, break the workflow (a
 * rename typed in the inspector) and see the case fail with a diff, reload (the tests stay with the
 * workflow), and export the test file: it is valid against the schema and passes on the original.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { RunPanelPage } from './pages/RunPanel';
import { WorkspacePage } from './pages/Workspace';
import { runTestSuite } from '../src/testing/suite';
import { SAMPLE_WORKFLOW } from '../src/studio/sampleWorkflow';
import { readTestFile } from './testFiles';

/** The test file schema: what the editor's completion must offer. */
const TEST_SCHEMA = JSON.parse(readFileSync(new URL('../src/testing/sfn-test.schema.json', import.meta.url), 'utf8')) as {
  definitions: Record<'testCase' | 'expectations', { properties: Record<string, { enum?: string[] }> }> & { expectations: { properties: { status: { enum: string[] } } } };
};

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

test('the test file editor marks a schema error where it is typed, key by key', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('tests');
  await page.getByTestId('tests-import-file').setInputFiles({ name: 'good.sfn-test.yaml', mimeType: 'text/yaml', buffer: Buffer.from('workflow: w.asl.json\ntests:\n  - name: out of stock\n    input: { orderId: o-1 }\n    mocks:\n      Check stock: [{ Return: { Payload: { inStock: false }, StatusCode: 200 } }]\n    expect: { status: FAILED, error: OutOfStock }\n') });
  await expect(page.getByTestId('test-case')).toHaveCount(1);
  await page.getByTestId('tests-edit').locator('summary').click();
  const editor = page.getByTestId('test-file-editor');
  await expect(editor).toBeVisible();
  await page.waitForFunction(() => window.__aslTestEditor?.value().includes('OutOfStock'));
  await expect.poll(() => page.evaluate(() => window.__aslTestEditor!.markers().length)).toBe(0);

  // After `"error": "OutOfStock"`, a misspelt key, typed key by key. The line is below the
  // editor's fold: click into the editor, then walk there with the keys, as a person does.
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const before = await page.evaluate(() => window.__aslTestEditor!.value());
  // The editor has room to type in (it was 0 px high: editor.css, loaded later, set its height to 100% of a <details>).
  expect((await editor.boundingBox())!.height).toBeGreaterThan(200);
  await editor.locator('.view-line').first().click();
  await page.keyboard.press('Control+End');
  for (let i = before.split('\n').length; i > lineOf(before, '"OutOfStock"'); i--) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"stauts": "FAILED"');
  await expect.poll(() => page.evaluate(() => window.__aslTestEditor!.value())).toContain('"stauts": "FAILED"');
  const typedLine = lineOf(await page.evaluate(() => window.__aslTestEditor!.value()), '"stauts"');
  await expect.poll(() => page.evaluate(() => window.__aslTestEditor!.markers())).toEqual([expect.objectContaining({ line: typedLine, message: expect.stringMatching(/stauts/) })]);
  // The marker is drawn under the typed key.
  await expect(editor.locator('.squiggly-error, .squiggly-warning').first()).toBeVisible();

  // A value of the wrong type on the next line: a second marker, on that line.
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"transitions": "two"');
  const text = await page.evaluate(() => window.__aslTestEditor!.value());
  const wrongLine = lineOf(text, '"transitions"');
  await expect.poll(() => page.evaluate(() => window.__aslTestEditor!.markers().map((m) => m.line).sort((a, b) => a - b))).toEqual([typedLine, wrongLine]);
  const messages = await page.evaluate(() => window.__aslTestEditor!.markers().map((m) => m.message));
  expect(messages.join('\n')).toMatch(/integer|number/i);
  await page.screenshot({ path: 'test-results/tests-panel-schema-marker.png' });

  // Running the cases refuses the file with located problems, and runs nothing.
  await page.getByTestId('tests-run-all').click();
  await expect(page.getByTestId('tests-problem')).toContainText(`:${typedLine}:`);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('coverage on the canvas shades Parallel branches and Map item processors', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load({
    StartAt: 'Route',
    States: {
      Route: { Type: 'Choice', Choices: [{ Variable: '$.fan', BooleanEquals: true, Next: 'Fan' }], Default: 'Each' },
      Fan: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
          { StartAt: 'Right', States: { Right: { Type: 'Pass', End: true } } },
        ],
        End: true,
      },
      Each: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } }, End: true },
    },
  });
  const run = new RunPanelPage(page);
  await run.open();
  await run.saveRunAsTestCase('{"fan": false, "items": [1, 2]}');
  await expect(page.getByTestId('test-case')).toHaveAttribute('data-state', 'passed');
  await expect(page.getByTestId('tests-coverage')).toContainText('branches/bodies 1/3');
  await page.getByTestId('tests-overlay').check();
  await expect(page.getByTestId('group-Fan/0')).toHaveAttribute('data-coverage', 'uncovered');
  await expect(page.getByTestId('group-Fan/1')).toHaveAttribute('data-coverage', 'uncovered');
  await expect(page.getByTestId('group-Each/0')).toHaveAttribute('data-coverage', 'covered');
  await expect(page.getByTestId('group-Fan/0')).toContainText('Branch 1 (not covered)');
  await expect(page.getByTestId('tests-legend')).toContainText('branch / item processor never run');
  await page.screenshot({ path: 'test-results/tests-panel-coverage-groups.png' });

  // A case through the Parallel covers both branches; the overlay follows.
  await run.saveRunAsTestCase('{"fan": true}');
  await expect(page.getByTestId('tests-coverage')).toContainText('branches/bodies 3/3');
  await expect(page.getByTestId('group-Fan/0')).toHaveAttribute('data-coverage', 'covered');
  await expect(page.getByTestId('group-Fan/1')).toHaveAttribute('data-coverage', 'covered');
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('what no test covers comes with a suggestion; one click adds the case for the missing Catch and the overlay follows', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.saveRunAsTestCase('{"orderId": "o-9"}');
  const cases = page.getByTestId('test-case');
  await expect(cases).toHaveAttribute('data-state', 'passed');
  await page.getByTestId('tests-overlay').check();
  await expect(run.node('Order failed')).toHaveClass(WORD);
  await expect(run.node('Check stock')).toHaveClass(/(^|\s)uncovered-retry(\s|$)/);

  const missing = page.getByTestId('tests-missing');
  await missing.locator('summary').click();
  const catchItem = missing.getByTestId('tests-missing-item').filter({ hasText: 'No test reaches Check stock: Catch #1' });
  await expect(catchItem.getByTestId('tests-suggestion')).toHaveText('No test reaches Check stock: Catch #1 [Catch States.ALL] → Order failed: add a case where Check stock throws States.TaskFailed.');
  await page.screenshot({ path: 'test-results/tests-panel-suggestions.png' });
  await catchItem.getByTestId('tests-suggest-add').click();

  // The case is there, passes, and the Catch path is no longer drawn as uncovered.
  await expect(cases).toHaveCount(2);
  await expect(cases.nth(1)).toHaveAttribute('data-name', 'Check stock throws States.TaskFailed');
  await expect(cases.nth(1)).toHaveAttribute('data-state', 'passed');
  await expect(cases.nth(0)).toHaveAttribute('data-state', 'passed');
  await expect(run.node('Order failed')).not.toHaveClass(WORD);
  await expect(missing.getByTestId('tests-missing-item').filter({ hasText: 'Catch #1' })).toHaveCount(0);

  // The retrier's suggestion too: one throw, then the answer; the retry is exercised.
  const retryItem = missing.getByTestId('tests-missing-item').filter({ hasText: 'No test exercises Check stock: Retry #1' });
  await expect(retryItem.getByTestId('tests-suggestion')).toContainText('add a case where Check stock throws Lambda.ServiceException once, then answers.');
  await retryItem.getByTestId('tests-suggest-add').click();
  await expect(cases).toHaveCount(3);
  await expect(cases.nth(2)).toHaveAttribute('data-state', 'passed');
  await expect(run.node('Check stock')).not.toHaveClass(/(^|\s)uncovered-retry(\s|$)/);
  await page.screenshot({ path: 'test-results/tests-panel-suggestions-added.png' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('a Choice rule no test takes: the suggestion derives the input, one click adds the case, Run all shows the rule covered', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  await new WorkspacePage(page).useTemplate('choice-branching', 'build');
  const run = new RunPanelPage(page);
  await run.open();
  await run.saveRunAsTestCase('{"orderId": "o-17", "amount": 240}');
  const cases = page.getByTestId('test-case');
  await expect(cases).toHaveAttribute('data-state', 'passed');
  const saved = await cases.getAttribute('data-name');

  // amount 240 takes rule #2; rule #1 (>= 1000) and the Default are drawn as never taken.
  await page.getByTestId('tests-overlay').check();
  const rule1 = run.edge('Check amount->choice:0->Needs review');
  const UNCOVERED = /(^|\s)uncovered(\s|$)/;
  await expect(rule1).toHaveClass(UNCOVERED);
  await expect(run.edge('Check amount->choice:1->Standard handling')).not.toHaveClass(UNCOVERED);
  await expect(run.node('Needs review')).toHaveClass(WORD);

  const missing = page.getByTestId('tests-missing');
  await missing.locator('summary').click();
  const ruleItem = missing.getByTestId('tests-missing-item').filter({ hasText: 'No test takes Check amount: rule #1' });
  const suggestion = ruleItem.getByTestId('tests-suggestion');
  await expect(suggestion).toHaveText(`No test takes Check amount: rule #1 → Needs review: add a case with input $.amount = 1000 (from “${saved}”).`);
  await expect(suggestion).toHaveAttribute('data-verified', 'true');
  // The state behind the rule says which case gets there.
  await expect(missing.locator('[data-item="Needs review"]')).toContainText('No test enters Needs review: the case suggested for Check amount: rule #1 → Needs review gets there too.');
  await page.screenshot({ path: 'test-results/tests-panel-choice-suggestion.png' });
  await ruleItem.getByTestId('tests-suggest-add').click();

  // The new case exists with the derived input; Run all: it passes and the rule is covered on the canvas.
  await expect(cases).toHaveCount(2);
  await expect(cases.nth(1)).toHaveAttribute('data-name', 'Check amount takes rule #1');
  await page.getByTestId('tests-run-all').click();
  await expect(cases.nth(1)).toHaveAttribute('data-state', 'passed');
  await expect(cases.nth(0)).toHaveAttribute('data-state', 'passed');
  await expect(rule1).not.toHaveClass(UNCOVERED);
  await expect(rule1).toHaveClass(/(^|\s)sf-edge(\s|$)/);
  await expect(run.node('Needs review')).not.toHaveClass(WORD);
  await expect(missing.getByTestId('tests-missing-item').filter({ hasText: 'rule #1' })).toHaveCount(0);

  // The Default too: an amount no rule matches.
  const defaultItem = missing.getByTestId('tests-missing-item').filter({ hasText: 'No test takes Check amount: Default' });
  await expect(defaultItem.getByTestId('tests-suggestion')).toHaveText(`No test takes Check amount: Default → Fast track: add a case with input $.amount = 100 (from “${saved}”).`);
  await defaultItem.getByTestId('tests-suggest-add').click();
  await expect(cases).toHaveCount(3);
  await expect(cases.nth(2)).toHaveAttribute('data-state', 'passed');
  await expect(run.edge('Check amount->default:0->Fast track')).not.toHaveClass(UNCOVERED);
  await expect(page.getByTestId('tests-coverage')).toContainText('Choice rules 3/3');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tests-export').click()]);
  const file = readTestFile(readFileSync((await download.path())!, 'utf8'));
  expect(file.tests.map((t) => [t.name, t.input])).toEqual([
    [saved, { orderId: 'o-17', amount: 240 }],
    ['Check amount takes rule #1', { orderId: 'o-17', amount: 1000 }],
    ['Check amount takes Default', { orderId: 'o-17', amount: 100 }],
  ]);
  await page.screenshot({ path: 'test-results/tests-panel-choice-covered.png' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('the test file editor completes the schema keys while a case is typed key by key; a wrong value is marked, fixed, and the case runs', async ({ page, studio, health }) => {
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('tests');
  // Suite-level mocks: a case typed in the editor needs no mocks of its own.
  await page.getByTestId('tests-import-file').setInputFiles({ name: 'stock.sfn-test.yaml', mimeType: 'text/yaml', buffer: Buffer.from('workflow: w.asl.json\nmocks:\n  Check stock: [{ Return: { Payload: { inStock: false }, StatusCode: 200 } }]\ntests:\n  - name: out of stock\n    input: { orderId: o-1 }\n    expect: { status: FAILED, error: OutOfStock }\n') });
  await expect(page.getByTestId('test-case')).toHaveCount(1);
  await page.getByTestId('tests-edit').locator('summary').click();
  const editor = page.getByTestId('test-file-editor');
  await expect(editor).toBeVisible();
  await page.waitForFunction(() => window.__aslTestEditor?.value().includes('OutOfStock'));
  const value = () => page.evaluate(() => window.__aslTestEditor!.value());
  const markers = () => page.evaluate(() => window.__aslTestEditor!.markers());
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  /** The labels the open suggest widget offers ("expect, Property" → "expect"), in one order to compare with the schema's. */
  const offered = async () => (await page.locator('.suggest-widget.visible .monaco-list-row').evaluateAll((rows) => rows.map((r) => (r.getAttribute('aria-label') ?? '').split(',')[0]!))).sort();
  const schemaKeys = (definition: 'testCase' | 'expectations') => Object.keys(TEST_SCHEMA.definitions[definition].properties).sort();
  const caseKeys = schemaKeys('testCase');
  expect(caseKeys).toEqual(expect.arrayContaining(['context', 'expect', 'input', 'mocks', 'mockTestCase', 'name']));

  // The JSON language has loaded when the text is coloured (its brackets, indentation and completion come with it).
  await expect(editor.locator('.view-line span span:not(.mtk1)').first()).toBeVisible();
  // To the line that closes the first case (two below its `"error": "OutOfStock"`), then a new case.
  // Both braces are typed: Monaco closes a `{` only sometimes when typed this fast (seen 1 in 8), and overtypes the `}` it added.
  const before = await value();
  await editor.locator('.view-line').first().click();
  await page.keyboard.press('Control+End');
  for (let i = before.split('\n').length; i > lineOf(before, '"OutOfStock"') + 2; i--) await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  await page.keyboard.type('{}');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');

  // Ctrl+Space in the new case: the schema's test case keys.
  await page.keyboard.press('Control+Space');
  await expect.poll(offered).toEqual(caseKeys);
  await page.screenshot({ path: 'test-results/tests-editor-completion.png' });
  await page.keyboard.type('name');
  await page.keyboard.press('Enter');
  await expect.poll(value).toContain('"name": ""');
  await page.keyboard.type('typed by hand');
  await page.keyboard.press('End');
  await page.keyboard.type(',');
  await page.keyboard.press('Enter');
  // A key already given is not offered again.
  await page.keyboard.press('Control+Space');
  await expect.poll(offered).toEqual(caseKeys.filter((k) => k !== 'name'));
  await page.keyboard.type('expect');
  await page.keyboard.press('Enter');
  await expect.poll(value).toContain('"expect": {}');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  await expect.poll(offered).toEqual(schemaKeys('expectations'));
  await page.keyboard.type('status');
  await page.keyboard.press('Enter');
  // Accepting `status` offers its values.
  await expect.poll(offered).toEqual(['"ABORTED"', '"FAILED"', '"SUCCEEDED"', '"TIMED_OUT"']);
  expect(TEST_SCHEMA.definitions.expectations.properties.status.enum).toHaveLength(4);

  // A value the schema does not allow: marked on its line, with the allowed values.
  await page.keyboard.type('"DONE"');
  const statusLine = lineOf(await value(), '"DONE"');
  expect(statusLine).toBeGreaterThan(lineOf(before, '"OutOfStock"'));
  await expect.poll(markers).toEqual([{ severity: 8, line: statusLine, message: 'Value is not accepted. Valid values: "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED".' }]);
  await expect(editor.locator('.squiggly-error').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/tests-editor-marker.png' });
  // Running now refuses the file at that line and runs nothing.
  await page.getByTestId('tests-run-all').click();
  await expect(page.getByTestId('tests-problem')).toContainText(`:${statusLine}:`);
  await expect(page.locator('[data-testid="test-case"][data-state="passed"]')).toHaveCount(0);

  // Fixed key by key (back in the editor, on the marked line): no markers, the typed case passes.
  await editor.locator('.view-line', { hasText: '"DONE"' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'DONE'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('FAILED');
  await expect.poll(markers).toEqual([]);
  // The problem reported for the old text goes with the edit.
  await expect(page.getByTestId('tests-problem')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/tests-editor-fixed.png' });
  const typed = JSON.parse(await value()) as { tests: unknown[] };
  expect(typed.tests[1]).toEqual({ name: 'typed by hand', expect: { status: 'FAILED' } });
  const typedCase = page.locator('[data-testid="test-case"][data-name="typed by hand"]');
  await expect(typedCase).toHaveAttribute('data-state', 'not-run');
  await typedCase.getByTestId('test-run-one').click();
  await expect(typedCase).toHaveAttribute('data-state', 'passed');
  await page.getByTestId('tests-run-all').click();
  await expect(page.getByTestId('test-case')).toHaveCount(2);
  await expect(page.locator('[data-testid="test-case"][data-state="passed"]')).toHaveCount(2);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
