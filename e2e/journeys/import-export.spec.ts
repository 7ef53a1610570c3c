/**
 * Journey: import and export round trip. A person imports an ASL file (it opens as a NEW library
 * entry; the workflow that was open stays in the library), then exports the graph as SVG and PNG
 * and opens the downloaded files: the edges are there (pixels along an edge are painted), not only
 * a well-formed file.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { ExportImportPage } from '../pages/ExportImport';
import { WorkspacePage } from '../pages/Workspace';

const SHOTS = 'test-results/journeys';
const HELLO = { StartAt: 'Hello', States: { Hello: { Type: 'Pass', Next: 'World' }, World: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } } };

/** Points along the first state-to-state edge, in export image coordinates (as exportImage crops). */
async function edgePoints(page: Page): Promise<{ x: number; y: number }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('.react-flow')!;
    let minX = Infinity, minY = Infinity;
    for (const node of root.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(node.style.transform);
      if (!m) continue;
      minX = Math.min(minX, Number(m[1]));
      minY = Math.min(minY, Number(m[2]));
    }
    const path = root.querySelector<SVGPathElement>('[data-testid="rf__edge-Hello->next:0->World"] .react-flow__edge-path')!;
    const length = path.getTotalLength();
    return [0.35, 0.5, 0.65].map((f) => {
      const p = path.getPointAtLength(length * f);
      return { x: p.x + 24 - minX, y: p.y + 24 - minY };
    });
  });
}

/** Renders an image file in a fresh page and tells, per point, whether a pixel near it is painted. */
async function paintedNear(page: Page, dataUrl: string, points: { x: number; y: number }[], scale: number): Promise<boolean[]> {
  await page.setContent('<canvas id="c"></canvas>');
  return page.evaluate(async ([url, pts, k]) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const bg = ctx.getImageData(1, 1, 1, 1).data;
    return pts.map(({ x, y }) => {
      const data = ctx.getImageData(Math.round(x * k) - 3, Math.round(y * k) - 3, 7, 7).data;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i]! - bg[0]!) + Math.abs(data[i + 1]! - bg[1]!) + Math.abs(data[i + 2]! - bg[2]!) > 90) return true;
      }
      return false;
    });
  }, [dataUrl, points, scale] as const);
}

test('import opens a new library entry; exported SVG and PNG, rendered, show the edges', async ({ page, context, health, studio }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  const workspace = new WorkspacePage(page);
  await workspace.waitSaved();

  const io = new ExportImportPage(page);
  await io.openImport();
  await page.getByTestId('import-file-input').setInputFiles({ name: 'hello.asl.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(HELLO)) });
  await expect(page.getByTestId('import-target-new')).toBeChecked();
  await io.openMachine('StateMachine');
  await expect(canvas.node('World')).toBeVisible();
  await canvas.waitForLayout();
  await workspace.openLibrary();
  await expect(page.getByTestId('library-row-hello')).toBeVisible();
  await expect(page.getByTestId('library-row-OrderWorkflow')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-new-entry-library.png` });
  await page.keyboard.press('Escape');

  const points = await edgePoints(page);
  const svg = await workspace.exportImage('svg');
  const svgBytes = await readFile((await svg.path())!);
  console.log(`[figure] SVG export of a 3-state workflow: ${svgBytes.length} bytes`);
  const png = await workspace.exportImage('png');
  const pngBytes = await readFile((await png.path())!);

  const viewer = await context.newPage();
  const svgText = svgBytes.toString('utf8');
  const svgUrl = svgText.startsWith('data:') ? svgText : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  expect(await paintedNear(viewer, svgUrl, points, 1)).toEqual([true, true, true]);
  expect(await paintedNear(viewer, `data:image/png;base64,${pngBytes.toString('base64')}`, points, 2)).toEqual([true, true, true]);
  await viewer.setContent(`<img src="data:image/png;base64,${pngBytes.toString('base64')}">`);
  await viewer.screenshot({ path: `${SHOTS}/exported-png-rendered.png` });
  expect(health.consoleErrors).toEqual([]);
});

test('SVG export of the 6-state sample stays small (styles inlined only where they matter)', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await new CanvasPage(page).waitForLayout();
  const svg = await new WorkspacePage(page).exportImage('svg');
  const bytes = (await readFile((await svg.path())!)).length;
  console.log(`[figure] SVG export of the 6-state sample workflow: ${bytes} bytes`);
  expect(bytes).toBeLessThan(300_000);
});
