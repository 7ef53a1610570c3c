/**
 * Load to laid-out canvas, side by side with asl-viewer: generated definitions of 50 to 2,000
 * states, each run in a fresh page (no layout cache), studio and viewer interleaved. Records
 * the time from handing over the definition to the DOM commit where every node is measured and
 * visible and edges are drawn, and (first run) how many edges cross node boxes.
 */
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openStudio, openViewer, RUNS, writeSamples } from './pages';
import type { CrossingReport } from './crossings';

const SIZES = (process.env['BENCH_SIZES'] ?? '50,200,1000,2000').split(',').map(Number);

interface Sample { ms: number; paintedMs: number; layoutMs?: number; domNodes: number; graphNodes?: number }

async function settle(page: Page): Promise<void> {
  // fitView and virtualisation follow the first laid-out frame: let the node count settle.
  await page.evaluate(async () => {
    let last = -1;
    for (let i = 0; i < 60; i += 1) {
      await window.__bench!.nextFrame();
      const count = document.querySelectorAll('.react-flow__node').length;
      if (count === last && i >= 5) return;
      last = count;
    }
  });
}

async function studioLoad(page: Page, n: number): Promise<Sample> {
  return page.evaluate(async (size) => {
    const bench = window.__bench!;
    const studio = window.__studio!;
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    const definition = bench.generate(size);
    const before = Number(canvas.dataset['layoutCount'] ?? 0);
    const t0 = performance.now();
    studio.load(definition);
    const t1 = await bench.until(canvas, () => {
      if (canvas.dataset['layout'] !== 'done' || Number(canvas.dataset['layoutCount']) <= before) return false;
      const nodes = canvas.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length === 0 || canvas.querySelector('.react-flow__edge') === null) return false;
      for (const node of nodes) if (node.style.visibility === 'hidden') return false;
      return String(nodes.length);
    });
    const painted = await bench.nextFrame();
    return {
      ms: t1 - t0, paintedMs: painted - t0, layoutMs: Number(canvas.dataset['layoutMs']),
      domNodes: canvas.querySelectorAll('.react-flow__node').length, graphNodes: Number(canvas.dataset['nodeCount']),
    };
  }, n);
}

async function viewerLoad(page: Page, n: number, size: { width: number; height: number }): Promise<Sample> {
  return page.evaluate(async ({ n: count, size: box }) => {
    const bench = window.__bench!;
    const root = document.getElementById('root')!;
    const definition = bench.legacyMaps(bench.generate(count));
    const t0 = performance.now();
    window.__viewer!.render(definition, box);
    const t1 = await bench.until(root, () => {
      const nodes = root.querySelectorAll<HTMLElement>('.react-flow__node');
      if (nodes.length === 0 || root.querySelector('.react-flow__edge') === null) return false;
      for (const node of nodes) if (node.style.visibility === 'hidden') return false;
      return String(nodes.length);
    }, 300_000);
    const painted = await bench.nextFrame();
    return { ms: t1 - t0, paintedMs: painted - t0, domNodes: root.querySelectorAll('.react-flow__node').length };
  }, { n, size });
}

function crossings(page: Page, selector: string): Promise<CrossingReport> {
  return page.evaluate((sel) => window.__bench!.crossings(document.querySelector(sel)!), selector);
}

test('load to laid-out canvas, studio vs asl-viewer', async ({ browser }) => {
  const results: Record<string, { studio: Sample[]; viewer: Sample[]; studioCrossings?: CrossingReport; viewerCrossings?: CrossingReport; viewerError?: string }> = {};
  let canvasSize = { width: 1000, height: 800 };
  for (let run = 0; run < RUNS; run += 1) {
    for (const n of SIZES) {
      const entry = (results[n] ??= { studio: [], viewer: [] });
      const studioFirst = run % 2 === 0;
      for (const side of studioFirst ? ['studio', 'viewer'] : ['viewer', 'studio']) {
        if (side === 'studio') {
          const { page, close } = await openStudio(browser);
          canvasSize = await page.evaluate(() => {
            const r = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
            return { width: Math.round(r.width), height: Math.round(r.height) };
          });
          const sample = await studioLoad(page, n);
          entry.studio.push(sample);
          if (run === 0) {
            await settle(page);
            entry.studioCrossings = await crossings(page, '[data-testid="canvas"]');
          }
          console.log(`load ${n} studio run ${run + 1}: ${sample.ms.toFixed(0)} ms (layout ${sample.layoutMs} ms)`);
          await close();
        } else {
          if (entry.viewerError) continue;
          const { page, close } = await openViewer(browser);
          try {
            const sample = await viewerLoad(page, n, canvasSize);
            entry.viewer.push(sample);
            if (run === 0) {
              await settle(page);
              entry.viewerCrossings = await crossings(page, '#root');
            }
            console.log(`load ${n} asl-viewer run ${run + 1}: ${sample.ms.toFixed(0)} ms`);
          } catch (error) {
            entry.viewerError = String(error instanceof Error ? error.message : error).slice(0, 200);
            console.warn(`load ${n} asl-viewer failed: ${entry.viewerError}`);
          }
          await close();
        }
      }
    }
  }
  writeSamples('load', { runs: RUNS, canvasSize, sizes: results });
});
