/**
 * `asl-studio open history.json`: the studio opens in Run mode on the recorded AWS execution
 * (the definition it carries drawn on the canvas, the states coloured as recorded); the server
 * serves that one file only and never writes it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const libDir = await buildCli(cliPort);
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
