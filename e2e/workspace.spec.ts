import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { WorkspacePage } from './pages/Workspace';
import { STARTER_TEMPLATES } from '../src/templates';

test.describe('workspace', () => {
  test('edits, settings and mocks survive a reload', async ({ page, studio }) => {
    const ws = new WorkspacePage(page);
    await page.goto('/');
    await studio.ready();
    // The poll template brings mocks; a run after the reload only succeeds if they came back.
    await ws.useTemplate('poll-job', 'build');
    await page.evaluate(() => {
      const s = window.__studio!.store.getState();
      s.edit('Comment', (d) => ({ ...d, Comment: 'edited before reload' }));
      s.setSettings('Type', (x) => ({ ...x, type: 'EXPRESS' }));
    });
    await ws.waitSaved();
    const before = await studio.text();
    await page.reload();
    await studio.ready();
    expect(await studio.text()).toBe(before);
    expect((await studio.definition()).Comment).toBe('edited before reload');
    expect(await page.evaluate(() => window.__studio!.store.getState().settings.type)).toBe('EXPRESS');
    // Undo history came back too.
    await page.getByTestId('undo').click();
    expect(await page.evaluate(() => window.__studio!.store.getState().settings.type)).toBe('STANDARD');
    await page.getByTestId('redo').click();
    await page.getByTestId('mode-run').click();
    await page.getByTestId('run-start').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED');
  });

  test('a page killed mid-edit recovers the last keystrokes', async ({ page, context, studio }) => {
    await page.goto('/');
    await studio.ready();
    const text = JSON.stringify({ Comment: 'typed just before the crash', StartAt: 'Only', States: { Only: { Type: 'Succeed' } } }, null, 2);
    await page.evaluate((t) => window.__studio!.store.getState().setText(t), text);
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    await again.goto('/');
    await again.waitForFunction(() => window.__studio !== undefined);
    expect(await again.evaluate(() => window.__studio!.getText())).toBe(text);
    expect(await again.evaluate(() => window.__studio!.getDefinition().Comment)).toBe('typed just before the crash');
  });

  test('Blank workflow: one Pass state, a valid unique state machine name, an export that would deploy', async ({ page, studio }) => {
    const ws = new WorkspacePage(page);
    await page.goto('/');
    await studio.ready();
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      await ws.newBlank();
      await ws.waitSaved();
      names.push((await page.getByTestId('workflow-name').textContent()) ?? '');
    }
    for (const name of names) expect(name).toMatch(/^MyStateMachine-[a-z0-9]{6}$/);
    expect(names[0]).not.toBe(names[1]);
    expect(await studio.definition()).toEqual({ StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } });
    await expect(page.getByTestId('count-error')).toHaveText('0 errors');
    await page.getByTestId('open-export').click();
    await expect(page.getByTestId('export-preview')).toBeVisible();
    await expect(page.getByTestId('export-bad-name')).toHaveCount(0);
    await page.keyboard.press('Escape');
    // Two "Build on it" of one template are two library entries with distinct valid names.
    await ws.useTemplate('saga', 'build');
    await ws.waitSaved();
    await ws.useTemplate('saga', 'build');
    await ws.waitSaved();
    await ws.openLibrary();
    const rows = await page.locator('[data-testid^="library-row-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('library-row-'.length)));
    expect(new Set(rows).size).toBe(rows.length);
    for (const row of rows.filter((r) => !r.startsWith('MyStateMachine-') && r !== 'OrderWorkflow')) expect(row).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
  });

  test('three workflows in the library, switching between them', async ({ page, studio }) => {
    const ws = new WorkspacePage(page);
    await page.goto('/');
    await studio.ready();
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      await ws.newBlank();
      await page.evaluate((n) => {
        const s = window.__studio!.store.getState();
        s.setSettings('Rename', (x) => ({ ...x, name: n }));
        s.edit('Comment', (d) => ({ ...d, Comment: `I am ${n}` }));
      }, name);
      await ws.waitSaved();
    }
    await ws.openFromLibrary('Alpha');
    expect((await studio.definition()).Comment).toBe('I am Alpha');
    await ws.openFromLibrary('Beta');
    expect((await studio.definition()).Comment).toBe('I am Beta');
    await expect(page.getByTestId('workflow-name')).toHaveText('Beta');
    // Delete with undo.
    await ws.openLibrary();
    await page.getByTestId('library-row-Gamma').getByTestId('library-delete').click();
    await expect(page.getByTestId('library-row-Gamma')).toHaveCount(0);
    await page.getByTestId('library-undo-delete').click();
    await expect(page.getByTestId('library-row-Gamma')).toHaveCount(1);
    await page.getByTestId('library-search').fill('gam');
    await expect(page.locator('[data-testid^="library-row-"]')).toHaveCount(1);
  });

  test('a share link opens the same workflow as a new copy in a fresh browser', async ({ page, browser, studio }) => {
    const ws = new WorkspacePage(page);
    await page.goto('/');
    await studio.ready();
    await ws.useTemplate('saga', 'build');
    const url = await ws.shareUrl();
    const original = await studio.text();
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await other.waitForFunction(() => window.__studio !== undefined);
    expect(await other.evaluate(() => window.__studio!.getText())).toBe(original);
    await expect(other.getByTestId('workspace-message')).toContainText('shared copy');
    // A cut-off link says so and still opens the studio.
    await other.goto(url.slice(0, url.length - 40) + 'garbage');
    await other.reload();
    await other.waitForFunction(() => window.__studio !== undefined);
    await expect(other.getByTestId('workspace-message')).toContainText('broken');
    await fresh.close();
  });

  test('exports the graph as well-formed SVG and PNG images', async ({ page, studio }) => {
    const ws = new WorkspacePage(page);
    await page.goto('/');
    await studio.ready();
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const svg = await readFile((await (await ws.exportImage('svg')).path())!, 'utf8');
    // The browser saves the data URL's decoded content: the file is the SVG document itself.
    const svgText = svg.startsWith('data:') ? decodeURIComponent(svg.slice(svg.indexOf(',') + 1)) : svg;
    expect(svgText).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(svgText).toContain('Check stock');
    const png = await readFile((await (await ws.exportImage('png')).path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(100);
    expect(height).toBeGreaterThan(100);
  });

  test('every starter template runs as a demo and ends as promised', async ({ page, studio, health }) => {
    const ws = new WorkspacePage(page);
    await page.goto('/');
    await studio.ready();
    for (const template of STARTER_TEMPLATES) {
      await ws.useTemplate(template.id, 'demo');
      await expect(page.getByTestId('mode-run')).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByTestId('run-status'), template.id).toHaveAttribute('data-status', template.expectedStatus);
    }
    expect(health.consoleErrors).toEqual([]);
  });

  test('when IndexedDB is unavailable the studio says so and keeps working in memory', async ({ page, studio }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto('/');
    await studio.ready();
    await expect(page.getByTestId('workspace-problem')).toContainText('memory');
    await page.evaluate(() => window.__studio!.store.getState().edit('Comment', (d) => ({ ...d, Comment: 'in memory' })));
    await expect(page.getByTestId('save-status')).toHaveText('Kept in memory');
    expect((await studio.definition()).Comment).toBe('in memory');
  });
});
