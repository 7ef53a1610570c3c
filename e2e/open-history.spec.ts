/**
 * `asl-studio open history.json`: the studio opens in Run mode on the recorded AWS execution
 * (the definition it carries drawn on the canvas, the states coloured as recorded); the server
 * serves that one file only and never writes it.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';
import { buildCli, startOpen, type OpenServer } from './openServer';
import { CanvasPage } from './pages/Canvas';
import { RunPanelPage } from './pages/RunPanel';

const cliPort = Number(process.env['E2E_PORT'] ?? 4173) + 1002;

test.use({ baseURL: `http://127.0.0.1:${cliPort}` });

const here = resolve('e2e/data');
const RECORDED = JSON.parse(readFileSync(join(here, 'aws-payment-history.json'), 'utf8')) as { events: unknown[] };
const PAYMENT = readFileSync(join(here, 'aws-payment.asl.json'), 'utf8');
// get-execution-history output with describe-execution's definition beside it (one file).
const HISTORY = JSON.stringify({ ...RECORDED, definition: PAYMENT }, null, 2);

let project: string;
let server: OpenServer | undefined;
let url = '';
let libDir = '';
// get-execution-history output alone (no definition in it).
const BARE = JSON.stringify(RECORDED, null, 2);
const OTHER = JSON.stringify({ StartAt: 'Other', States: { Other: { Type: 'Pass', End: true } } }, null, 2);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  libDir = await buildCli(cliPort);
  project = await mkdtemp(join(tmpdir(), 'asl-open-history-'));
  await writeFile(join(project, 'history.json'), HISTORY);
  await writeFile(join(project, 'payment.asl.json'), PAYMENT);
  server = await startOpen(libDir, join(project, 'history.json'), cliPort);
  url = server.url;
});

test.afterAll(async () => {
  server?.stop();
  if (project) await rm(project, { recursive: true, force: true });
});

test('asl-studio open history.json shows the recorded execution in Run mode, and serves that file only', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const run = new RunPanelPage(page);
  await page.goto(url);
  await studio.ready();
  await expect(page.getByTestId('mode-run')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('recorded-panel')).toBeVisible();
  await expect(page.getByTestId('file-path')).toHaveText('history.json');
  await canvas.waitForLayout();
  await run.expectStatus('SUCCEEDED');
  await run.expectNode('Charge', 'succeeded');
  await run.expectNode('Settle', 'succeeded');
  await run.expectNode('Failed', 'not-reached');
  await page.screenshot({ path: 'test-results/open-history.png' });

  // Replay it locally on the definition it carries: it matches.
  await page.getByTestId('replay-locally').click();
  await expect(page.getByTestId('replay-result')).toHaveAttribute('data-match', 'true');

  // Only the opened file is served; it is never written.
  const token = new URL(url).searchParams.get('token')!;
  const api = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${cliPort}${path}`, { ...init, headers: { 'x-asl-studio-token': token } });
  expect((await api('/api/file?path=payment.asl.json')).status).toBe(403);
  const list = await (await api('/api/workflows')).json() as { workflows: { id: string; kind: string }[] };
  expect(list.workflows).toEqual([{ id: 'history.json', file: 'history.json', kind: 'history' }]);
  expect((await api('/api/workflow?id=history.json', { method: 'PUT', body: JSON.stringify({ text: '{}', baseVersion: 'x' }) })).status).toBe(403);
  expect(await readFile(join(project, 'history.json'), 'utf8')).toBe(HISTORY);

  expect(health.consoleErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

/** A project folder in the temp dir and `asl-studio open <target in it>` on `port` (stopped after the describe). */
function openProject(port: number, files: Record<string, string>, target: string): { url: () => string; dir: () => string } {
  let dir = '';
  let running: OpenServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = await mkdtemp(join(tmpdir(), 'asl-open-history-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    running = await startOpen(libDir, join(dir, target), port);
  });
  test.afterAll(async () => {
    running?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return { url: () => running!.url, dir: () => dir };
}

test.describe('a history without its definition, opened alone', () => {
  const port = cliPort + 1;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  const opened = openProject(port, { 'history.json': BARE, 'a-other.asl.json': OTHER, 'payment.asl.json': PAYMENT }, 'history.json');

  test('is drawn on the workflow beside it that it fits (not on an empty canvas), and says which', async ({ page, studio, health }) => {
    const canvas = new CanvasPage(page);
    const run = new RunPanelPage(page);
    await page.goto(opened.url());
    await studio.ready();
    await expect(page.getByTestId('recorded-panel')).toContainText('definition payment.asl.json, beside the history (which fits it)');
    await expect(page.getByTestId('recorded-missing-definition')).toHaveCount(0);
    await expect(page.getByTestId('recorded-fit')).toHaveCount(0);
    await canvas.waitForLayout();
    await run.expectNode('Charge', 'succeeded');
    await run.expectNode('Failed', 'not-reached');
    await page.getByTestId('replay-locally').click();
    await expect(page.getByTestId('replay-result')).toHaveAttribute('data-match', 'true');
    expect(await readFile(join(opened.dir(), 'history.json'), 'utf8')).toBe(BARE);
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });
});

test.describe('a history without its definition and nothing beside it that it fits', () => {
  const port = cliPort + 2;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  const opened = openProject(port, { 'history.json': BARE, 'other.asl.json': OTHER }, 'history.json');

  test('says the definition is missing and how to supply it; opening describe output with it draws the workflow', async ({ page, studio, health }) => {
    const canvas = new CanvasPage(page);
    const run = new RunPanelPage(page);
    await page.goto(opened.url());
    await studio.ready();
    const missing = page.getByTestId('recorded-missing-definition');
    await expect(missing).toBeVisible();
    await expect(missing).toContainText('The definition is missing.');
    await expect(missing).toContainText('describe-state-machine-for-execution --execution-arn');
    await expect(missing).toContainText('asl-studio open <folder>');
    await expect(page.getByTestId('canvas-empty')).toHaveText('No workflow to draw this run on: the Run panel says how to open its definition.');
    await page.screenshot({ path: 'test-results/open-history-missing-definition.png' });

    // The user saved describe-state-machine-for-execution output and opens it with the history.
    const describe = join(opened.dir(), 'describe.json');
    await writeFile(describe, JSON.stringify({ stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Payment', definition: PAYMENT }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('run-tab-start').click();
    await page.getByTestId('open-aws-execution').click();
    await (await chooser).setFiles([join(opened.dir(), 'history.json'), describe]);
    await expect(page.getByTestId('recorded-panel')).toContainText('definition from the files');
    await expect(missing).toHaveCount(0);
    await expect(page.getByTestId('canvas-empty')).toHaveCount(0);
    await canvas.waitForLayout();
    await expect(canvas.node('Charge')).toBeVisible();
    await run.expectNode('Settle', 'succeeded');
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });
});

test.describe('a folder holding a workflow and a history of it', () => {
  const port = cliPort + 3;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  const opened = openProject(port, { 'history.json': BARE, 'payment.asl.json': PAYMENT }, '.');

  test('choosing the history opens the workflow it fits for editing, with the history as a run on it', async ({ page, studio, health }) => {
    const run = new RunPanelPage(page);
    await page.goto(opened.url());
    await studio.ready();
    // The folder opens on its workflow, not on the recording.
    await expect(page.getByTestId('file-path')).toHaveText('payment.asl.json');
    await expect(page.getByTestId('mode-design')).toHaveAttribute('aria-selected', 'true');
    await page.getByTestId('file-workflow').selectOption('history.json');
    await expect(page.getByTestId('recorded-panel')).toContainText('definition payment.asl.json, which the history fits');
    await expect(page.getByTestId('file-path')).toHaveText('payment.asl.json');
    await expect(page.getByTestId('mode-run')).toHaveAttribute('aria-selected', 'true');
    await run.expectNode('Charge', 'succeeded');
    // The workflow is the file's, editable: not read-only, nothing to save yet.
    await expect(page.getByTestId('file-notice')).toHaveCount(0);
    await expect(page.getByTestId('file-dirty')).toHaveText('');
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });
});

test.describe('asl-studio open runs/history.json --definition statemachine/payment.asl.json', () => {
  const port = cliPort + 20;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  let dir = '';
  let running: OpenServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dir = await mkdtemp(join(tmpdir(), 'asl-open-history-definition-'));
    await mkdir(join(dir, 'runs'));
    await mkdir(join(dir, 'statemachine'));
    await writeFile(join(dir, 'runs', 'history.json'), BARE);
    await writeFile(join(dir, 'statemachine', 'payment.asl.json'), PAYMENT);
    running = await startOpen(libDir, join(dir, 'runs', 'history.json'), port, ['--definition', join(dir, 'statemachine', 'payment.asl.json')]);
  });
  test.afterAll(async () => {
    running?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the history is a run on that workflow, which is editable and saved back to its file (after a reload too)', async ({ page, studio, health }) => {
    const canvas = new CanvasPage(page);
    const run = new RunPanelPage(page);
    const definitionFile = join(dir, 'statemachine', 'payment.asl.json');
    await page.goto(running!.url);
    await studio.ready();
    await expect(page.getByTestId('mode-run')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('recorded-panel')).toContainText('statemachine/payment.asl.json (--definition)');
    await expect(page.getByTestId('file-path')).toHaveText('statemachine/payment.asl.json');
    await canvas.waitForLayout();
    await run.expectNode('Charge', 'succeeded');
    await run.expectNode('Failed', 'not-reached');
    await page.screenshot({ path: 'test-results/open-history-definition.png' });

    // Edit it in Design mode, key by key, and save: the definition file changes by exactly the rename.
    await page.getByTestId('mode-design').click();
    await canvas.waitForLayout();
    await canvas.select('Failed');
    await page.getByTestId('inspector-name').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Declined');
    await page.keyboard.press('Enter');
    await expect(canvas.node('Declined')).toBeVisible();
    await expect(page.getByTestId('file-dirty')).toHaveText('●');
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('file-dirty')).toHaveText('');
    expect(await readFile(definitionFile, 'utf8')).toBe(PAYMENT.replaceAll('"Failed"', '"Declined"'));
    expect(await readFile(join(dir, 'runs', 'history.json'), 'utf8')).toBe(BARE);

    // A reload opens the same pair again: the run on the saved workflow.
    await page.reload();
    await studio.ready();
    await expect(page.getByTestId('recorded-panel')).toContainText('statemachine/payment.asl.json (--definition)');
    await canvas.waitForLayout();
    await run.expectNode('Charge', 'succeeded');
    await expect(canvas.node('Declined')).toBeVisible();
    await expect(page.getByTestId('file-dirty')).toHaveText('');
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });
});
