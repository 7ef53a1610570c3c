/**
 * Journey: the same workflow open in two tabs. A person types in tab A; before A's autosave, tab
 * B saves its own edit. A must not silently overwrite B's save (nor lose its own typing): it
 * holds its autosave and offers Reload theirs / Keep mine / Compare. Each button is checked by
 * reading what the library stored and by reloading the page.
 *
 * The pages' timers run on Playwright's clock (one per browser context), paused while A types
 * and B saves with Ctrl+S, so "A has unsaved edits when B saves" is a fact of the test, not a
 * race with A's 300 ms autosave.
 */
import { test, expect } from '../fixtures';
import type { BrowserContext, Page } from '@playwright/test';
import type { StateMachine } from '../../src/asl/types';
import { CanvasPage } from '../pages/Canvas';
import { WorkspacePage } from '../pages/Workspace';

const SHOTS = 'test-results/journeys';

/** The definition the library (IndexedDB) holds for a workflow, read in the page. */
function stored(page: Page, name: string): Promise<StateMachine | undefined> {
  return page.evaluate((wanted) => new Promise<StateMachine | undefined>((resolve, reject) => {
    const open = indexedDB.open('asl-studio');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('workflows', 'readonly').objectStore('workflows').getAll();
      request.onsuccess = () => {
        const record = (request.result as { name: string; definition: StateMachine }[]).find((r) => r.name === wanted);
        open.result.close();
        resolve(record?.definition);
      };
    };
  }), name);
}

async function typeComment(page: Page, state: string, text: string): Promise<void> {
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await canvas.select(state);
  await page.getByTestId('inspector').getByTestId('field-Comment').click();
  await page.keyboard.type(text);
}

/** Tab A (its clock paused, with typed edits) and tab B, which then saves an edit of its own. */
async function conflictingTabs(page: Page, context: BrowserContext): Promise<{ a: Page; b: Page }> {
  const a = page;
  await a.clock.install();
  await a.goto('/');
  await a.waitForFunction(() => window.__studio !== undefined);
  await new WorkspacePage(a).waitSaved();
  const b = await context.newPage();
  await b.goto('/');
  await b.waitForFunction(() => window.__studio !== undefined);
  await expect(b.getByTestId('workflow-name')).toHaveText('OrderWorkflow');
  // From here A's timers (its draft debounce, its autosave) wait for the test.
  await a.clock.pauseAt(Date.now() + 60_000);
  await typeComment(a, 'Charge card', 'typed in A');
  await expect(a.getByTestId('save-status')).not.toHaveAttribute('data-state', 'saved');
  await typeComment(b, 'Check stock', 'saved in B');
  // B saves explicitly (the shared clock is paused, so no autosave runs in either tab).
  await b.keyboard.press('ControlOrMeta+s');
  await new WorkspacePage(b).waitSaved();
  expect((await stored(b, 'OrderWorkflow'))?.States['Check stock']?.Comment).toBe('saved in B');
  await expect(a.getByTestId('tab-conflict')).toBeVisible();
  await expect(a.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  // A's autosave is held: B's save is still what the library holds.
  expect((await stored(a, 'OrderWorkflow'))?.States['Check stock']?.Comment).toBe('saved in B');
  return { a, b };
}

test('two tabs: Keep mine writes this tab\'s version, explicitly; Compare shows both', async ({ page, context, health }) => {
  test.setTimeout(180_000);
  const { a, b } = await conflictingTabs(page, context);
  await a.getByTestId('tab-compare').click();
  await expect(a.getByTestId('tab-diff-states')).toContainText('Charge card');
  await expect(a.getByTestId('tab-diff-states')).toContainText('Check stock');
  await expect(a.getByTestId('tab-diff-lines')).toContainText('typed in A');
  await expect(a.getByTestId('tab-diff-lines')).toContainText('saved in B');
  await a.screenshot({ path: `${SHOTS}/two-tabs-conflict-compare.png` });
  await a.getByTestId('tab-keep-mine').click();
  await expect(a.getByTestId('tab-conflict')).toBeHidden();
  await expect(a.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const kept = await stored(a, 'OrderWorkflow');
  expect(kept?.States['Charge card']?.Comment).toBe('typed in A');
  expect(kept?.States['Check stock']?.Comment).toBeUndefined();
  // B had no edits left: it shows the version A kept, and says so.
  await expect(b.getByTestId('workspace-message')).toContainText('saved in another tab');
  expect(await b.evaluate(() => window.__studio!.getDefinition().States['Charge card']?.Comment)).toBe('typed in A');
  await a.clock.resume();
  await a.reload();
  await a.waitForFunction(() => window.__studio !== undefined);
  expect(await a.evaluate(() => window.__studio!.getDefinition().States['Charge card']?.Comment)).toBe('typed in A');
  expect((await stored(a, 'OrderWorkflow'))?.States['Charge card']?.Comment).toBe('typed in A');
  await b.close();
  expect(health.consoleErrors).toEqual([]);
});

test('two tabs: Reload theirs shows the other tab\'s save, stores nothing over it, and Undo brings mine back', async ({ page, context, health }) => {
  test.setTimeout(180_000);
  const { a, b } = await conflictingTabs(page, context);
  await a.screenshot({ path: `${SHOTS}/two-tabs-conflict.png` });
  await a.getByTestId('tab-reload-theirs').click();
  await expect(a.getByTestId('tab-conflict')).toBeHidden();
  const shown = () => a.evaluate(() => window.__studio!.getDefinition().States);
  expect((await shown())['Check stock']?.Comment).toBe('saved in B');
  expect((await shown())['Charge card']?.Comment).toBeUndefined();
  expect((await stored(a, 'OrderWorkflow'))?.States['Check stock']?.Comment).toBe('saved in B');
  // Mine is one Undo away (the typed draft went into the document before theirs replaced it).
  await a.getByTestId('undo').click();
  expect((await shown())['Charge card']?.Comment).toBe('typed in A');
  await a.getByRole('button', { name: 'Redo' }).click();
  expect((await shown())['Charge card']?.Comment).toBeUndefined();
  await a.clock.resume();
  await a.reload();
  await a.waitForFunction(() => window.__studio !== undefined);
  expect((await shown())['Check stock']?.Comment).toBe('saved in B');
  expect((await stored(a, 'OrderWorkflow'))?.States['Check stock']?.Comment).toBe('saved in B');
  await b.close();
  expect(health.consoleErrors).toEqual([]);
});
