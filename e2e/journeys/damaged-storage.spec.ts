/**
 * Journey: the browser's storage was damaged (an old version, an extension, a full disk). The
 * studio still opens on reload, says what it set aside, and the rest of the library works.
 */
import { test, expect } from '../fixtures';

test('damaged local storage: a string definition and a journal without settings no longer lock the app', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', /saved|idle/);
  // Damage the open workflow's record and the crash journal, as found in the field.
  const id = await page.evaluate(async () => {
    const id = window.__studio!.workspace!.currentId;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('asl-studio');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('workflows', 'readwrite');
    const store = tx.objectStore('workflows');
    const record = await new Promise<Record<string, unknown>>((resolve) => {
      const req = store.get(id);
      req.onsuccess = () => resolve(req.result as Record<string, unknown>);
    });
    store.put({ ...record, definition: JSON.stringify(record['definition']) });
    store.put({ id: 'wf-garbage', name: null, definition: 42 });
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
    return id;
  });
  // The journal is damaged after this page wrote its last one (on pagehide), before the app reads it.
  await page.addInitScript((openId) => {
    if (sessionStorage.getItem('damaged-once')) return;
    sessionStorage.setItem('damaged-once', '1');
    localStorage.setItem('asl-studio.journal', JSON.stringify({ id: openId, text: '{}', at: Date.now() + 60_000 }));
  }, id);
  health.consoleErrors.length = 0;
  await page.reload();
  await studio.ready();
  await expect(page.getByText('The studio panel hit an error')).toHaveCount(0);
  await expect(page.getByTestId('canvas').first()).toHaveAttribute('data-layout', 'done');
  expect(Object.keys((await studio.definition()).States)).toContain('Check stock');
  const notice = page.getByTestId('workspace-notice');
  await expect(notice).toContainText('crash journal');
  await expect(notice).toContainText('set aside');
  await page.screenshot({ path: 'test-results/journeys/damaged-storage.png' });
  // The library drawer opens and lists the workflow; saving works again.
  await page.getByTestId('ws-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.getByTestId('library-row-OrderWorkflow')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__studio!.store.getState().edit('Comment', (d) => ({ ...d, Comment: 'saved after repair' })));
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  expect(health.consoleErrors).toEqual([]);
});

test('a long notice stays a bounded row in Code mode, and every notice can be dismissed', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  await page.getByTestId('mode-code').click();
  await expect(page.getByTestId('code-editor').locator('.monaco-editor')).toBeVisible();
  await page.evaluate(() => window.__studio!.workspace!.status.setState({
    problem: `Saving failed: ${'the disk said no. '.repeat(200)}`,
    notice: 'A damaged workflow record was set aside. '.repeat(40),
  }));
  const notice = page.getByTestId('workspace-notice');
  await expect(notice).toBeVisible();
  const noticeBox = (await notice.boundingBox())!;
  const editorBox = (await page.getByTestId('code-editor').boundingBox())!;
  expect(noticeBox.height).toBeLessThan(120);
  expect(editorBox.height).toBeGreaterThan(400);
  // The notice row is its own row: the editor starts below it, nothing is drawn over it.
  expect(editorBox.y).toBeGreaterThanOrEqual(noticeBox.y + noticeBox.height - 1);
  await page.screenshot({ path: 'test-results/journeys/long-notice-code-mode.png' });
  await page.getByTestId('workspace-notice-dismiss').click();
  await expect(notice).toHaveCount(0);
  expect(health.consoleErrors).toEqual([]);
});
