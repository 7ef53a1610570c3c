/**
 * `asl-studio open` end to end, against real files in a temp folder: the CLI (built here, into
 * test-results/) serves the studio build the e2e web server just made, bound to a SAM project.
 */
import { chmod, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { openProjectForSpec } from './openServer';
import { CanvasPage } from './pages/Canvas';
import { RunPanelPage } from './pages/RunPanel';

const cliPort = Number(process.env['E2E_PORT'] ?? 4173) + 1000;

test.use({ baseURL: `http://127.0.0.1:${cliPort}` });

const TEMPLATE = `# A SAM project as a user keeps it
Transform: AWS::Serverless-2016-10-31
Resources:
  OrderFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/order.asl.json
      Policies:
        - AWSXrayWriteOnlyAccess
`;
// The user's own formatting: four-space indent, key order, one-line states.
const ORDER = `{
    "Comment": "Order flow",
    "StartAt": "Check",
    "States": {
        "Check": { "Type": "Pass", "Next": "Ship" },
        "Ship": {
            "Type": "Pass",
            "Result": { "shipped": true },
            "Next": "Done"
        },
        "Done": { "Type": "Succeed" }
    }
}
`;

const project = openProjectForSpec(cliPort, 'asl-open-e2e-', { 'template.yaml': TEMPLATE, 'statemachine/order.asl.json': ORDER }, 'template.yaml');

test('open a SAM project, rename a state, save: the diff is exactly the rename; disk changes flow back; a conflict asks', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const file = join(project.dir, 'statemachine', 'order.asl.json');
  expect(project.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${cliPort}/\\?token=`));

  await page.goto(project.url);
  await studio.ready();
  // The token left the address bar (kept for this tab only).
  await expect(page).toHaveURL(`http://127.0.0.1:${cliPort}/`);
  await expect(page.getByTestId('file-path')).toHaveText('statemachine/order.asl.json');
  await canvas.waitForLayout();
  await expect(canvas.node('Check')).toBeVisible();
  expect(await studio.text()).toBe(ORDER);

  // Rename in the inspector, typing key by key; the document is dirty until saved.
  await canvas.select('Check');
  const name = page.getByTestId('inspector-name');
  await name.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Verify');
  await page.keyboard.press('Enter');
  await expect(canvas.node('Verify')).toBeVisible();
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  expect(await readFile(file, 'utf8')).toBe(ORDER);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const saved = await readFile(file, 'utf8');
  // Exactly the rename: every other byte (indent, key order, one-line states) as the user wrote it.
  expect(saved).toBe(ORDER.replaceAll('"Check"', '"Verify"'));
  expect(await readFile(join(project.dir, 'template.yaml'), 'utf8')).toBe(TEMPLATE);
  await page.screenshot({ path: 'test-results/open-files-saved.png' });
  // The file controls fit in the top bar: nothing pushes the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // ... and keep to one row: a bar that wrapped when a status text grew changed the canvas's height,
  // and so the view, under the user's eyes.
  expect((await page.locator('header.topbar').boundingBox())!.height).toBe(38);
  await expect(page.getByTestId('file-path')).toBeInViewport({ ratio: 1 });

  // Another editor (or git checkout) changes the file: the canvas follows, no question asked.
  const viewport = await canvas.viewportTransform();
  const started = Date.now();
  await writeFile(file, saved.replaceAll('"Done"', '"Finished"'));
  await expect(canvas.node('Finished')).toBeVisible();
  const latency = Date.now() - started;
  test.info().annotations.push({ type: 'file-change-to-canvas', description: `${latency} ms` });
  console.log(`file change → canvas: ${latency} ms`);
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  expect(await canvas.viewportTransform()).toBe(viewport);

  // Unsaved edits + a change on disk: the user is asked; nothing is overwritten meanwhile.
  await canvas.select('Ship');
  await name.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Deliver');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  const theirs = (await readFile(file, 'utf8')).replace('"Order flow"', '"Order flow (edited elsewhere)"');
  await writeFile(file, theirs);
  const dialog = page.getByTestId('file-conflict');
  await expect(dialog).toBeVisible();
  expect((await studio.definition()).States['Deliver']).toBeDefined();
  await dialog.getByTestId('file-show-diff').click();
  await expect(dialog.getByTestId('file-diff')).toContainText('+         "Deliver": {');
  await expect(dialog.getByTestId('file-diff')).toContainText('-         "Ship": {');
  await expect(dialog.getByTestId('file-diff')).toContainText('(edited elsewhere)');
  await page.screenshot({ path: 'test-results/open-files-conflict.png' });
  expect(await readFile(file, 'utf8')).toBe(theirs);
  await dialog.getByTestId('file-keep-mine').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const kept = await readFile(file, 'utf8');
  expect(kept).toContain('"Deliver"');
  expect(kept).not.toContain('edited elsewhere');

  // A read-only file: a clear error, the edit stays in the studio.
  await chmod(file, 0o444);
  await canvas.select('Verify');
  await name.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Inspect');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-notice')).toContainText('order.asl.json is read-only; your edits are kept');
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  expect(await readFile(file, 'utf8')).toBe(kept);
  await chmod(file, 0o644);

  // Deleted while open: the studio says so and Save writes it back.
  await unlink(file);
  await expect(page.getByTestId('file-notice')).toContainText('was deleted on disk');
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  expect(await readFile(file, 'utf8')).toContain('"Inspect"');
  await expect(page.getByTestId('file-notice')).toBeHidden();

  expect(health.consoleErrors.filter((e) => !/Failed to load resource: the server responded with a status of 403/.test(e))).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('tests live beside the workflow: a saved run becomes statemachine/order.sfn-test.yaml, hand edits survive the next save', async ({ page, studio, health }) => {
  const testFile = join(project.dir, 'statemachine', 'order.sfn-test.yaml');
  await page.goto(project.url);
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.start();
  await run.expectStatus('SUCCEEDED');
  await page.getByTestId('save-test-case').click();
  await expect(page.getByTestId('saved-test-case')).toContainText('Saved as test case');
  // The tests are part of what Save writes.
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const written = await readFile(testFile, 'utf8');
  expect(written).toMatch(/^workflow: \.\.\/template\.yaml\nstateMachine: OrderFlow\ntests:\n {2}- name: /);
  expect(written).toContain('status: SUCCEEDED');

  // The user comments the file in their editor; the studio reads it back on reload.
  const commented = written.replace('tests:\n', 'tests: # cases recorded in the studio\n');
  await writeFile(testFile, commented);
  await page.reload();
  await studio.ready();
  await run.open();
  await run.tab('tests');
  await expect(page.getByTestId('test-case')).toHaveCount(1);
  await page.getByTestId('tests-run-all').click();
  await expect(page.getByTestId('test-case')).toHaveAttribute('data-state', 'passed');

  // A second case: only its lines are added to the file; the comment and the first case stay byte for byte.
  await run.tab('start');
  await run.start();
  await page.getByTestId('save-test-case').click();
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const after = await readFile(testFile, 'utf8');
  expect(after.startsWith(commented)).toBe(true);
  expect(after.slice(commented.length)).toMatch(/^ {2}- name: /);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('a test file changed on disk reaches the Tests tab live; with unsaved test edits the user chooses', async ({ page, studio, health }) => {
  const testFile = join(project.dir, 'statemachine', 'order.sfn-test.yaml');
  const header = 'workflow: ../template.yaml\nstateMachine: OrderFlow\ntests:\n';
  const testCase = (name: string) => `  - name: ${name}\n    expect:\n      status: SUCCEEDED\n`;
  await writeFile(testFile, `${header}${testCase('from disk')}`);
  await page.goto(project.url);
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('tests');
  const cases = page.getByTestId('test-case');
  await expect(cases).toHaveCount(1);

  // No unsaved test edits: a case added in another editor shows up without a reload, nothing to save.
  const started = Date.now();
  await writeFile(testFile, `${header}${testCase('from disk')}${testCase('added elsewhere')}`);
  await expect(cases).toHaveCount(2);
  const latency = Date.now() - started;
  test.info().annotations.push({ type: 'test-file-change-to-panel', description: `${latency} ms` });
  console.log(`test file change → Tests tab: ${latency} ms`);
  await expect(cases.nth(1)).toHaveAttribute('data-name', 'added elsewhere');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  await page.getByTestId('tests-run-all').click();
  await expect(cases.nth(1)).toHaveAttribute('data-state', 'passed');

  // Unsaved test edits (a run saved as a case) + a change on disk: the same choice as for the workflow.
  await run.tab('start');
  await run.start();
  await run.expectStatus('SUCCEEDED');
  await page.getByTestId('save-test-case').click();
  const mine = ((await page.getByTestId('saved-test-case').textContent()) ?? '').replace(/^.*“(.*)”.*$/, '$1');
  expect(mine).not.toBe('');
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  const theirs = `${header}${testCase('from disk')}${testCase('added elsewhere')}${testCase('theirs')}`;
  await writeFile(testFile, theirs);
  const dialog = page.getByTestId('file-conflict');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('The tests in statemachine/order.sfn-test.yaml changed on disk while you have unsaved test edits here.');
  await dialog.getByTestId('file-show-diff').click();
  const diff = dialog.getByTestId('file-tests-diff');
  await expect(diff.locator('.diff-removed')).toContainText(['"name": "theirs"']);
  await expect(diff.locator('.diff-added').filter({ hasText: `"name": "${mine}"` })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/open-files-tests-conflict.png' });
  expect(await readFile(testFile, 'utf8')).toBe(theirs);

  // Closing the dialog keeps my case; Save asks again instead of writing over theirs.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await run.tab('tests');
  await expect(cases).toHaveCount(3);
  await expect(cases.nth(2)).toHaveAttribute('data-name', mine);
  await page.keyboard.press('Control+s');
  await expect(dialog).toBeVisible();
  expect(await readFile(testFile, 'utf8')).toBe(theirs);

  // Take theirs: the file's cases, nothing left to save.
  await dialog.getByTestId('file-take-theirs').click();
  await expect(dialog).toBeHidden();
  await expect(cases).toHaveCount(3);
  await expect(cases.nth(2)).toHaveAttribute('data-name', 'theirs');
  await expect(page.getByTestId('file-dirty')).toHaveText('');

  // The bar's note from closing the dialog earlier is gone with the choice made.
  await expect(page.getByText('The file on disk differs from your edits; Save asks again.')).toHaveCount(0);
  // My tests are not lost: one click brings them back (an unsaved edit), and Save writes them.
  const dropped = page.getByTestId('tests-dropped');
  await expect(dropped).toContainText('Your test edits were replaced by statemachine/order.sfn-test.yaml from disk.');
  await page.screenshot({ path: 'test-results/open-files-tests-restore.png' });
  await dropped.getByTestId('tests-restore-mine').click();
  await expect(dropped).toHaveCount(0);
  await expect(cases).toHaveCount(3);
  await expect(cases.nth(2)).toHaveAttribute('data-name', mine);
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  await expect.poll(() => readFile(testFile, 'utf8')).toContain(`- name: ${mine}`);
  expect(await readFile(testFile, 'utf8')).not.toContain('- name: theirs');
  // Theirs again from disk (no unsaved edits: taken at once), for the next step.
  await writeFile(testFile, theirs);
  await expect(cases.nth(2)).toHaveAttribute('data-name', 'theirs');
  await expect(page.getByTestId('file-dirty')).toHaveText('');

  // Again with Keep mine: my cases are written over theirs (minimal edits of the file on disk).
  await run.tab('start');
  await run.start();
  await page.getByTestId('save-test-case').click();
  const mine2 = ((await page.getByTestId('saved-test-case').textContent()) ?? '').replace(/^.*“(.*)”.*$/, '$1');
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  const theirs2 = theirs.replace('tests:\n', 'tests: # reviewed\n');
  await writeFile(testFile, theirs2);
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('file-keep-mine').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const kept = await readFile(testFile, 'utf8');
  expect(kept.startsWith(theirs2)).toBe(true);
  expect(kept.slice(theirs2.length)).toMatch(new RegExp(`^ {2}- name: ${mine2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
