/**
 * Journey: an edit survives a reload. A person types into a field (an inspector text, a Config
 * text, the code editor) and the page reloads right after the last key — no blur, no Enter, no
 * pause. Everything typed is there after the reload, and the status bar never said "Saved" while
 * the text was only on screen.
 */
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { CodeView } from '../pages/CodeView';

const SHOTS = 'test-results/journeys';

test('inspector edit survives reload: a comment typed key by key, then an immediate reload', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await canvas.select('Charge card');
  const comment = page.getByTestId('inspector').getByTestId('field-Comment');
  await comment.click();
  await page.keyboard.type('C');
  // The letter is on screen, not in the library yet: the status bar must not say "Saved".
  await expect(page.getByTestId('save-status')).not.toHaveAttribute('data-state', 'saved');
  await page.keyboard.type('harges the card once, with an idempotency key');
  await page.reload();
  await studio.ready();
  await canvas.waitForLayout();
  expect((await studio.definition()).States['Charge card']).toMatchObject({ Comment: 'Charges the card once, with an idempotency key' });
  await canvas.select('Charge card');
  await expect(page.getByTestId('inspector').getByTestId('field-Comment')).toHaveValue('Charges the card once, with an idempotency key');
  await page.screenshot({ path: `${SHOTS}/inspector-after-reload.png` });
  expect(health.consoleErrors).toEqual([]);
});

test('Config edit survives reload: the workflow comment typed, then an immediate reload', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  await page.getByTestId('mode-config').click();
  const comment = page.getByTestId('config-comment');
  await comment.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' (and ship it)');
  await page.reload();
  await studio.ready();
  expect((await studio.definition()).Comment).toBe('Process an order: check stock, charge, and notify (and ship it)');
  await expect(page.getByTestId('config-comment')).toHaveValue('Process an order: check stock, charge, and notify (and ship it)');
  expect(health.consoleErrors).toEqual([]);
});

test('code edit survives the page being hidden: keys typed in Code mode are journaled on pagehide, then reloaded', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  const code = new CodeView(page);
  await code.open();
  await code.editor.locator('.view-line', { hasText: /"States":\s*\{/ }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('// typed right before the page went away');
  // The browser hides the page (tab switch, close, the OS killing it next) while the editor keeps
  // the focus: no blur, the keystrokes are still waiting for their debounce.
  const journal = await page.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    return localStorage.getItem('asl-studio.journal') ?? '';
  });
  expect(journal).toContain('// typed right before the page went away');
  await page.reload();
  await studio.ready();
  await code.waitReady();
  expect(await code.value()).toContain('// typed right before the page went away');
  expect(health.consoleErrors).toEqual([]);
});
