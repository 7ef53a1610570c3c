/**
 * Runs belong to the workflow they ran: after opening another library workflow (from a template)
 * or importing one, the Run panel shows none of the previous workflow's run (no status, no events,
 * no "saved as test case", no run colours on the canvas, an empty Executions list); opening the
 * first workflow again brings its run back, as it was left.
 */
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { RunPanelPage } from './pages/RunPanel';
import { WorkspacePage } from './pages/Workspace';
import { ExportImportPage } from './pages/ExportImport';

const RUN_COLOUR = /(^|\s)run-(succeeded|failed|caught|in-progress|cancelled)(\s|$)/;

test('the Run panel shows the open workflow’s runs only: another workflow opened or imported shows nothing of the first', async ({ page, studio, health }, testInfo) => {
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  const ws = new WorkspacePage(page);
  await run.open();
  await run.typeInput('{"orderId": "o-1"}');
  await run.start();
  await run.expectStatus('SUCCEEDED');
  await page.getByTestId('save-test-case').click();
  await expect(page.getByTestId('saved-test-case')).toBeVisible();
  await expect(run.node('Charge card')).toHaveClass(RUN_COLOUR);
  const first = await page.getByTestId('workflow-name').textContent();
  await ws.waitSaved();

  // B: a new workflow from a template. Nothing of A's run is shown.
  await ws.useTemplate('hello-world', 'build');
  await expect(page.getByTestId('workflow-name')).not.toHaveText(first!);
  await expect(run.status).toHaveCount(0);
  await expect(page.getByTestId('run-summary')).toHaveCount(0);
  await expect(page.getByTestId('saved-test-case')).toHaveCount(0);
  await expect(run.node('Greet')).toBeVisible();
  await expect(page.locator('.sf-node')).not.toHaveCount(0);
  for (const node of await page.locator('.sf-node').all()) await expect(node).not.toHaveClass(RUN_COLOUR);
  await run.tab('executions');
  await expect(page.getByTestId('execution-row')).toHaveCount(0);
  await expect(page.getByText('No executions of this workflow in this session yet.')).toBeVisible();
  await page.screenshot({ path: 'test-results/run-per-workflow-other.png' });

  // Back to A: its run is there again, as it was left.
  await ws.waitSaved();
  await ws.openFromLibrary(first!);
  await run.expectStatus('SUCCEEDED');
  await expect(run.node('Charge card')).toHaveClass(RUN_COLOUR);
  await run.tab('executions');
  await expect(page.getByTestId('execution-row')).toHaveCount(1);

  // C: imported from a file as a new workflow. Nothing of A's run.
  const file = testInfo.outputPath('imported.asl.json');
  writeFileSync(file, JSON.stringify({ StartAt: 'Only', States: { Only: { Type: 'Pass', End: true } } }));
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.pickFiles([file]);
  await io.openMachine('StateMachine');
  await expect(run.node('Only')).toBeVisible();
  await expect(run.status).toHaveCount(0);
  await expect(run.node('Only')).not.toHaveClass(RUN_COLOUR);
  await expect(page.getByTestId('execution-row')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/run-per-workflow-imported.png' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
