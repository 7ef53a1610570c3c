/**
 * Markup injection through every door: state names, comments, Fail errors and causes, Result
 * values, mock errors, run input, a file name, a SAM template's state machine name, a share link,
 * code pasted into Monaco, and a dropped AWS execution history all carry `<img onerror>`,
 * `<script>`, `<svg onload>` and `javascript:` strings. Whatever view shows them: nothing runs
 * (the flag stays unset, the CSP reports nothing — an injected handler would be refused and
 * reported), no element is made from them, no request leaves the app, and the text is shown
 * literally. The exported SVG, opened as a document in its own page, runs nothing either.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lzString from 'lz-string';
import type { Page } from '@playwright/test';
import { test, expect, type PageHealth } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { CodeView } from '../pages/CodeView';
import { ExportImportPage } from '../pages/ExportImport';
import { RunPanelPage } from '../pages/RunPanel';
import { WorkspacePage } from '../pages/Workspace';
import type { StateMachine } from '../../src/asl/types';
import { recordViolations, violations } from './cspWatch';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '<script>window.__pwned=2</script>';
const JS = 'javascript:window.__pwned=3';
const SVG = '<svg onload=window.__pwned=4>';
const BOLD = '<b>bold</b> & "quotes"';

const HOSTILE: StateMachine = {
  Comment: `${SCRIPT} ${JS}`,
  StartAt: IMG,
  States: {
    [IMG]: { Type: 'Pass', Comment: SVG, Result: { html: IMG, link: JS }, ResultPath: '$.pass', Next: SCRIPT },
    [SCRIPT]: {
      Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Comment: JS,
      Parameters: { FunctionName: JS, 'Payload.$': '$' },
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: BOLD }], End: true,
    },
    [BOLD]: { Type: 'Fail', Error: IMG, Cause: SCRIPT },
  },
} as unknown as StateMachine;

const here = dirname(fileURLToPath(import.meta.url));

/** Nothing ran, nothing was built from the strings, nothing left the app. */
async function expectInert(page: Page, health: PageHealth, where: string): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), where).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], [onerror], a[href^="javascript:"], script:not([src])').length), where).toBe(0);
  expect(await violations(page), where).toEqual([]);
  expect(health.foreignRequests, where).toEqual([]);
  expect(health.consoleErrors, where).toEqual([]);
}

test('markup in an imported file and its name stays text in every view, the run and the exports', async ({ page, context, health, studio }) => {
  test.setTimeout(300_000);
  await recordViolations(page);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();

  // Door: the Import dialog, with a file whose NAME is markup too.
  const io = new ExportImportPage(page);
  await io.openImport();
  await page.getByTestId('import-file-input').setInputFiles({ name: `${SVG}.asl.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HOSTILE, null, 2)) });
  await expect(page.getByTestId('import-result')).toContainText(`${SVG}.asl.json`);
  await io.openMachine('StateMachine');
  await canvas.waitForLayout();
  await expect(page.getByTestId('workflow-name')).toHaveText(SVG);
  // Design: node labels are the literal names.
  for (const name of [IMG, SCRIPT, BOLD]) await expect(canvas.node(name)).toContainText(name);
  await canvas.select(IMG);
  await expect(page.getByTestId('inspector-name')).toHaveValue(IMG);
  await expectInert(page, health, 'design');

  // Library drawer lists the file-named workflow literally.
  const workspace = new WorkspacePage(page);
  await workspace.openLibrary();
  await expect(page.getByTestId(`library-row-${SVG}`)).toContainText(SVG);
  await page.keyboard.press('Escape');

  // Code mode: Monaco shows the text.
  const code = new CodeView(page);
  await code.open();
  expect(await code.value()).toContain(SCRIPT.replace(/\//g, '/'));
  await expectInert(page, health, 'code');

  // Run: markup input, a mocked failure with a markup error and cause, caught into the Fail state.
  const run = new RunPanelPage(page);
  await run.open();
  await run.mockThrow(SCRIPT, IMG, `${SCRIPT} ${JS}`);
  await run.setInput(JSON.stringify({ name: IMG, link: JS }));
  await run.setName('inject');
  await run.start();
  await run.expectStatus('FAILED');
  await expect(page.getByTestId('run-error')).toContainText(IMG);
  await expect(page.getByTestId('run-error')).toContainText(SCRIPT);
  for (const tab of ['table', 'events', 'executions'] as const) {
    await run.tab(tab);
    await expectInert(page, health, `run ${tab}`);
  }
  await run.tab('events');
  await expect(page.getByTestId('events-view')).toContainText(IMG);
  await run.tab('table');
  await run.visitRows().filter({ hasText: SCRIPT }).first().getByRole('button').click();
  await expect(page.getByTestId('step-error')).toContainText(IMG);
  await expect(page.getByTestId('step-input')).toContainText(IMG);

  // Config mode and the SAM export preview.
  await page.getByTestId('mode-config').click();
  await io.openExport();
  await expect(io.preview()).toContainText('window.__pwned');
  await io.closeDialog();
  await expectInert(page, health, 'config/export');

  // The exported SVG, opened as a document in a page of its own: no script runs there either.
  await page.getByTestId('mode-design').click();
  await canvas.waitForLayout();
  const svgFile = await workspace.exportImage('svg');
  // Saved with its extension, so the browser opens it as an SVG document (not as text).
  const svgPath = join(mkdtempSync(join(tmpdir(), 'asl-svg-')), 'export.svg');
  await svgFile.saveAs(svgPath);
  const svgText = await readFile(svgPath, 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  // The strings are in it, escaped: no raw element or handler made from them.
  expect(svgText).toContain('&lt;img src=x onerror=window.__pwned=1&gt;');
  expect(svgText).not.toMatch(/<script|<img src=x|<svg onload/i);
  const viewer = await context.newPage();
  const viewerErrors: string[] = [];
  viewer.on('pageerror', (e) => viewerErrors.push(String(e)));
  await viewer.goto(`file://${svgPath}`);
  await expect(viewer.locator('svg').first()).toBeAttached();
  expect(await viewer.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await viewer.evaluate(() => document.documentElement.textContent)).toContain(IMG);
  expect(await viewer.evaluate(() => document.querySelectorAll('img[src="x"], script, [onload], [onerror]').length)).toBe(0);
  expect(viewerErrors).toEqual([]);
  await expectInert(page, health, 'svg export');
});

test('markup through a share link, a SAM template name, code pasted into Monaco and a dropped AWS history', async ({ page, context, health, studio }) => {
  test.setTimeout(300_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await recordViolations(page);

  // Door: a share link whose name and workflow are markup.
  const shared = lzString.compressToEncodedURIComponent(JSON.stringify({ v: 1, name: IMG, text: JSON.stringify(HOSTILE) }));
  await page.goto(`/#share=${shared}`);
  await studio.ready();
  await expect(page.getByTestId('workspace-message')).toHaveText(`Opened a shared workflow as a new copy: “${IMG} (shared copy)”.`);
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await expect(canvas.node(SCRIPT)).toContainText(SCRIPT);
  await expectInert(page, health, 'share link');

  // Door: a SAM template whose state machine Name and logical id description are markup.
  const io = new ExportImportPage(page);
  await io.openImport();
  const template = ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Machine:', '    Type: AWS::Serverless::StateMachine', '    Properties:',
    `      Name: ${JSON.stringify(BOLD)}`, `      Definition: ${JSON.stringify({ StartAt: IMG, States: { [IMG]: { Type: 'Succeed', Comment: SCRIPT } } })}`].join('\n');
  await page.getByTestId('import-file-input').setInputFiles({ name: 'template.yaml', mimeType: 'text/yaml', buffer: Buffer.from(template) });
  await expect(io.machine('Machine')).toContainText(BOLD);
  await io.openMachine('Machine', 'replace');
  await expect(canvas.node(IMG)).toContainText(IMG);
  await expectInert(page, health, 'SAM template');

  // Door: paste into the code editor (select all, paste from the clipboard).
  const code = new CodeView(page);
  await code.open();
  await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(HOSTILE, null, 2));
  await code.editor.locator('.monaco-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await code.waitSynced();
  expect((await studio.definition()).StartAt).toBe(IMG);
  await page.getByTestId('mode-design').click();
  await canvas.waitForLayout();
  await expect(canvas.node(BOLD)).toContainText(BOLD);
  await expectInert(page, health, 'paste in code');

  // Door: an AWS execution history dropped on Run mode, with markup in its data and its cause.
  const payment = JSON.parse(readFileSync(resolve(here, '../data/aws-payment.asl.json'), 'utf8')) as StateMachine;
  const history = readFileSync(resolve(here, '../data/aws-payment-history.json'), 'utf8')
    .replaceAll('r-991', IMG).replaceAll('Task timed out after 3.00 seconds', `${SCRIPT} ${JS}`);
  await studio.load(payment);
  const run = new RunPanelPage(page);
  await run.open();
  const transfer = await page.evaluateHandle(([text, name]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, [history, `${SVG}.json`] as const);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('[data-testid=run-mode]', type, { dataTransfer: transfer });
  await expect(page.getByTestId('recorded-panel')).toBeVisible();
  await run.expectStatus('SUCCEEDED');
  await run.tab('events');
  await run.tab('table');
  await run.visitRows().filter({ hasText: 'Done' }).first().getByRole('button').click();
  await expect(page.getByTestId('step-output')).toContainText(IMG);
  await run.tab('executions');
  await expectInert(page, health, 'AWS history');
});

test('markup in test-case names and test-file names stays text in the Tests tab and its export; the New dialog echoes a search as text', async ({ page, health, studio }) => {
  test.setTimeout(180_000);
  await recordViolations(page);
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  await run.open();
  await run.tab('tests');

  // Door: a broken test file whose NAME is markup: the located problems show the name as text.
  await page.getByTestId('tests-import-file').setInputFiles({ name: `${SVG}.sfn-test.yaml`, mimeType: 'text/yaml', buffer: Buffer.from('workflow: w.asl.json\ntests:\n  - name: t\n    expect: { stauts: SUCCEEDED }\n') });
  await expect(page.getByTestId('tests-import-problems')).toContainText(`${SVG}.sfn-test.yaml:4:`);
  await expectInert(page, health, 'test file name');

  // Door: case names (and expected values shown in the mismatches) are markup.
  const outOfStock = { 'Check stock': [{ Return: { Payload: { inStock: false }, StatusCode: 200 } }] };
  const names = [IMG, SCRIPT, `${SVG} ${JS}`, BOLD];
  const file = {
    workflow: 'w.asl.json',
    tests: [
      { name: names[0], input: { orderId: 'o-1' }, mocks: outOfStock, expect: { status: 'FAILED', error: 'OutOfStock' } },
      { name: names[1], input: { orderId: 'o-1' }, mocks: outOfStock, expect: { status: 'FAILED', error: IMG } },
      { name: names[2], input: { orderId: 'o-1' }, mocks: { 'Check stock': [{ Throw: { Error: BOLD, Cause: SCRIPT } }] }, expect: { status: 'SUCCEEDED' } },
      { name: names[3], input: { orderId: 'o-1' }, mocks: outOfStock, expect: { status: 'FAILED', cause: SCRIPT } },
    ],
  };
  await page.getByTestId('tests-import-file').setInputFiles({ name: 'hostile.sfn-test.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const cases = page.getByTestId('test-case');
  await expect(cases).toHaveCount(4);
  await page.getByTestId('tests-run-all').click();
  await expect(cases.nth(0)).toHaveAttribute('data-state', 'passed');
  for (const i of [1, 2, 3]) await expect(cases.nth(i)).toHaveAttribute('data-state', 'failed');
  for (const [i, name] of names.entries()) {
    await expect(cases.nth(i)).toHaveAttribute('data-name', name);
    await expect(cases.nth(i).locator('.tests-case-name')).toContainText(name);
  }
  await expect(cases.nth(1).getByTestId('test-mismatches')).toContainText(IMG);
  await expectInert(page, health, 'test cases');
  await page.screenshot({ path: 'test-results/security/tests-panel-markup-names.png' });

  // Open a failed case's run: its name and error reach the run views as text.
  await cases.nth(2).getByTestId('test-open-run').click();
  await expect(page.getByTestId('run-exec-name')).toHaveText(`Test: ${names[2]}`);
  await run.tab('executions');
  await expect(page.getByTestId('executions-view')).toContainText(`Test: ${names[2]}`);
  await expectInert(page, health, 'test case run');

  // The exported file carries the names unchanged.
  await run.tab('tests');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tests-export').click()]);
  const exported = await readFile((await download.path())!, 'utf8');
  expect((JSON.parse(exported) as { tests: { name: string }[] }).tests.map((t) => t.name)).toEqual(names);

  // Door: the New dialog's template search, typed key by key, is echoed as text.
  await page.getByTestId('ws-new').click();
  const search = page.getByRole('searchbox', { name: 'Search templates' });
  await search.click();
  await page.keyboard.type(IMG);
  await expect(page.getByTestId('new-dialog').locator('.gallery .empty')).toHaveText(`No template matches “${IMG}”.`);
  await expectInert(page, health, 'New dialog search');
  await page.getByTestId('new-dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('new-dialog')).toBeHidden();
});
