/**
 * Journey: code-first with typed comments. A person writes ASL by hand, key by key — comments,
 * state names with spaces, a JSONata expression with spaces — in Code mode and in Design mode's
 * code panel, and the canvas follows. Every space, Backspace and Ctrl key typed in the editor must
 * reach Monaco (its Chromium input is an EditContext div, which window-level canvas key handlers
 * used to cancel: `// hello world` came out as `//helloworld`).
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { CodeView } from '../pages/CodeView';
import { CanvasPage } from '../pages/Canvas';

const SHOTS = 'test-results/journeys';

/** Clicks at the end of the first editor line matching `line` (as a person clicks on text). */
async function clickLineEnd(page: Page, code: CodeView, line: RegExp): Promise<void> {
  await code.editor.locator('.view-line', { hasText: line }).first().click();
  await page.keyboard.press('End');
}

test('code-first: comments, names and JSONata with spaces typed in Code mode and in the code panel', async ({ page, health, studio }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  // A state selected on the canvas: keys typed in the editor must never act on it.
  await canvas.select('Check stock');

  const code = new CodeView(page);
  await code.open();
  await clickLineEnd(page, code, /"States":\s*\{/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('// hello world: greet before checking stock');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`"Say hello": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% 'hello ' & $string($states.input.orderId) %}", "Next": "Check stock"},`);
  await code.waitSynced();

  let text = await code.value();
  expect(text).toContain('// hello world: greet before checking stock');
  expect(text).toContain(`"Output": "{% 'hello ' & $string($states.input.orderId) %}"`);
  await expect(code.node(code.graph, 'Say hello')).toBeVisible();
  const definition = await studio.definition();
  expect(definition.States['Say hello']).toEqual({
    Type: 'Pass', QueryLanguage: 'JSONata', Output: "{% 'hello ' & $string($states.input.orderId) %}", Next: 'Check stock',
  });

  // Backspace, Delete, Ctrl+D, Ctrl+A, arrows and Space act on the text only, never on the selected state.
  await page.keyboard.type(' x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Delete');
  await page.keyboard.type(',');
  await code.waitSynced();
  expect(await code.value()).toBe(text);
  await expect(code.node(code.graph, 'Check stock')).toBeVisible();
  expect(Object.keys((await studio.definition()).States)).toContain('Check stock');
  await page.screenshot({ path: `${SHOTS}/code-first-code-mode.png` });

  // Design mode's code panel: type another comment and a new state; the canvas beside it follows.
  await page.getByTestId('mode-design').click();
  await code.openSidePanel();
  await clickLineEnd(page, code, /"Comment":/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('// typed in the side panel, spaces and all');
  await clickLineEnd(page, code, /"States":\s*\{/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('"Wave goodbye": {"Type": "Succeed", "Comment": "a comment with spaces"},');
  await code.waitSynced();
  text = await code.value();
  expect(text).toContain('// typed in the side panel, spaces and all');
  expect((await studio.definition()).States['Wave goodbye']).toEqual({ Type: 'Succeed', Comment: 'a comment with spaces' });
  await expect(canvas.node('Wave goodbye')).toBeVisible();
  await expect(canvas.node('Say hello')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/code-first-side-panel.png` });

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
