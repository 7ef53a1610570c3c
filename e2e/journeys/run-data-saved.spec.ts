/**
 * Journey: mocks and run settings belong to the workflow. A person edits a mock and the run
 * input key by key, goes to another workflow and back, reloads right after typing, and shares a
 * link: the mocks and the input are there each time (they used to reset to the catalog defaults,
 * and the input was only remembered after pressing Start).
 */
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { RunPanelPage } from '../pages/RunPanel';
import { WorkspacePage } from '../pages/Workspace';

const SHOTS = 'test-results/journeys';
const MOCK = '{"Payload": {"inStock": true, "note": "typed by hand"}}';
const INPUT = '{"orderId": "A-17", "qty": 2}';

/** Replaces a textarea's text the way a person does: click, select all, type key by key. */
async function retype(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

async function expectRunData(page: Page, run: RunPanelPage): Promise<void> {
  await run.tab('mocks');
  await expect(page.getByTestId('mock-Check stock-0-return')).toHaveValue(/typed by hand/);
  expect(JSON.parse(await page.getByTestId('mock-Check stock-0-return').inputValue())).toEqual(JSON.parse(MOCK));
  await run.tab('start');
  await expect(page.getByTestId('run-input')).toHaveValue(INPUT);
}

test('mocks and the run input stay with the workflow: switch away and back, reload mid-edit, share a link', async ({ page, context, health, studio }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await studio.ready();
  const run = new RunPanelPage(page);
  const workspace = new WorkspacePage(page);
  await run.open();
  await run.tab('mocks');
  await retype(page, 'mock-Check stock-0-return', MOCK);
  await run.tab('start');
  await retype(page, 'run-input', INPUT);
  // Mock and input edits are edits of the workflow: autosaved like any other.
  await workspace.waitSaved();

  // Another workflow, then back: its own mocks and input again.
  await workspace.newBlank();
  await run.open();
  await run.tab('start');
  await expect(page.getByTestId('run-input')).not.toHaveValue(INPUT);
  await workspace.openFromLibrary('OrderWorkflow');
  await run.open();
  await expectRunData(page, run);

  // Reload right after the last key (no blur, no pause).
  await run.tab('mocks');
  await retype(page, 'mock-Charge card-0-return', '{"saved": "just before the reload"}');
  await page.reload();
  await studio.ready();
  await run.open();
  await expectRunData(page, run);
  await run.tab('mocks');
  await expect(page.getByTestId('mock-Charge card-0-return')).toHaveValue(/"saved": "just before the reload"/);
  await page.screenshot({ path: `${SHOTS}/mocks-after-reload.png` });

  // A share link carries the mocks and the input: opened in a second page, they are there.
  const url = await workspace.shareUrl();
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForFunction(() => window.__studio !== undefined);
  await expect(other.getByTestId('workspace-message')).toContainText('shared copy');
  const otherRun = new RunPanelPage(other);
  await otherRun.open();
  await expectRunData(other, otherRun);
  await otherRun.tab('mocks');
  await expect(other.getByTestId('mock-Charge card-0-return')).toHaveValue(/"saved": "just before the reload"/);
  await other.close();
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
