/**
 * Retained heap of the studio page over many runs (issue #16: a loop stopped by the 25,000-event
 * limit with 2 KB results used to add ~213 MB per run until the tab crashed). Runs started from
 * the Run panel, one after another in one page; after each, garbage is collected through the
 * DevTools protocol (`HeapProfiler.collectGarbage`) and the main thread's used JS heap is read
 * (`Runtime.getHeapUsage`; the engine's worker is a fresh one per run, gone after it). The first
 * run's growth is what one 25,000-event run holds; the growth after the third shows whether the
 * history cap (KEPT_HISTORIES) holds. Figures only: nothing here asserts.
 */
import { test } from '@playwright/test';
import { openStudio, writeSamples } from './pages';
import type { StateMachine } from '../../src/asl/types';

/** Runs in the one page (more than the 3 kept histories); BENCH_HEAP_RUNS overrides. */
const HEAP_RUNS = Math.max(4, Number(process.env['BENCH_HEAP_RUNS'] ?? 8));
const RESULT_BYTES = 2048;

/** A Pass recording a 2 KB result and a Choice looping back to it: the 25,000-event limit ends it. */
const DEFINITION: StateMachine = {
  Comment: 'Bench: a loop stopped by the history limit, 2 KB results',
  StartAt: 'Work',
  States: {
    Work: { Type: 'Pass', Result: { blob: 'x'.repeat(RESULT_BYTES) }, ResultPath: '$.result', Next: 'Again' },
    Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Work' },
    Done: { Type: 'Succeed' },
  },
} as StateMachine;

export interface HeapSample {
  run: number;
  status: string;
  events: number | null;
  /** Used JS heap of the page after a full collection, in bytes. */
  usedBytes: number;
}

test('retained heap over many 25,000-event runs', async ({ browser }) => {
  test.setTimeout(20 * 60_000);
  const { page, close } = await openStudio(browser);
  const cdp = await page.context().newCDPSession(page);
  const usedHeap = async (): Promise<number> => {
    // Twice: the first collection can leave what finalisers released for the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate((def) => window.__studio!.load(def), DEFINITION);
  await page.getByTestId('mode-run').click();
  await page.getByTestId('run-start').waitFor();
  const baseline = await usedHeap();
  console.log(`heap: baseline in Run mode ${(baseline / 2 ** 20).toFixed(1)} MiB`);
  const samples: HeapSample[] = [];
  for (let run = 1; run <= HEAP_RUNS; run += 1) {
    const name = `heap-${run}`;
    await page.getByTestId('run-tab-start').click().catch(() => undefined);
    await page.getByTestId('run-name').fill(name);
    await page.getByTestId('run-start').click();
    // This run's outcome is on screen (its name, a final status, the engine's time).
    await page.waitForFunction((n) => {
      const summary = document.querySelector('[data-testid="run-summary"]');
      const status = summary?.getAttribute('data-status');
      return document.querySelector('[data-testid="run-exec-name"]')?.textContent === n && status && status !== 'RUNNING' && summary?.getAttribute('data-worker-ms');
    }, name, { timeout: 10 * 60_000, polling: 250 });
    const status = (await page.getByTestId('run-status').getAttribute('data-status')) ?? '';
    const events = await page.evaluate(() => {
      const terms = [...document.querySelectorAll('[data-testid="run-summary"] dt')];
      const value = terms.find((dt) => dt.textContent === 'History events')?.nextElementSibling?.firstChild?.textContent ?? '';
      return value ? Number(value.replaceAll(',', '')) : null;
    });
    const usedBytes = await usedHeap();
    samples.push({ run, status, events, usedBytes });
    console.log(`heap: after run ${run} (${status}, ${events ?? '?'} events) ${(usedBytes / 2 ** 20).toFixed(1)} MiB (+${((usedBytes - baseline) / 2 ** 20).toFixed(1)} MiB over baseline)`);
  }
  await page.getByTestId('mode-design').click();
  const afterLeaving = await usedHeap();
  console.log(`heap: after leaving Run mode ${(afterLeaving / 2 ** 20).toFixed(1)} MiB`);
  writeSamples('heap', { runs: HEAP_RUNS, resultBytes: RESULT_BYTES, baselineBytes: baseline, afterLeavingBytes: afterLeaving, samples });
  await close();
});
