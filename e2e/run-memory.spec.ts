/**
 * Memory over many runs (issue 16): a loop that stops at the 25,000-event limit with 2 KB
 * results, run 12 times. Only the newest runs keep their histories (the Executions list says
 * so for the others); the retained heap after leaving Run mode is measured through CDP
 * (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`) and written to
 * test-results/run-memory.json — reported, not asserted (the bound is asserted structurally).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { RunPanelPage } from './pages/RunPanel';
import type { StateMachine } from '../src/asl/types';

const RUNS = 12;
const KEPT = 3;

const LOOP_2KB: StateMachine = {
  Comment: 'Loops until the 25,000-event history limit; each pass carries a 2 KB result',
  StartAt: 'Work',
  States: {
    Work: { Type: 'Pass', Result: { blob: 'x'.repeat(2048) }, ResultPath: '$.last', Next: 'Again' },
    Again: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'Done' }], Default: 'Work' },
    Done: { Type: 'Succeed' },
  },
};

test('12 runs that hit the 25,000-event limit keep only the newest histories; the heap stays bounded', async ({ page, studio, health }) => {
  test.setTimeout(1_800_000);
  await page.goto('/');
  await studio.ready();
  await studio.load(LOOP_2KB);
  const run = new RunPanelPage(page);
  const cdp = await page.context().newCDPSession(page);
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return Math.round(usage.usedSize / 1e5) / 10;
  };
  const baseline = await heapMb();
  await run.open();
  const perRun: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    await run.setName(`loop-${i}`);
    await run.start();
    await expect(run.status).toHaveAttribute('data-status', 'FAILED', { timeout: 180_000 });
    await expect(page.getByTestId('run-error')).toContainText('25000');
    perRun.push(await heapMb());
  }
  await run.tab('executions');
  await expect(page.getByTestId('execution-row')).toHaveCount(RUNS);
  await expect(page.locator('[data-testid="execution-row"][data-released="true"]')).toHaveCount(RUNS - KEPT);
  await expect(page.getByTestId('released-loop-1')).toContainText('History released to save memory');
  await expect(page.getByTestId('open-loop-12')).toBeVisible();
  // Leave Run mode: what is still held now is what the runs retain.
  await page.getByTestId('mode-design').click();
  const afterLeaving = await heapMb();
  mkdirSync('test-results', { recursive: true });
  const figures = { runs: RUNS, keptHistories: KEPT, baselineMb: baseline, afterEachRunMb: perRun, afterLeavingRunModeMb: afterLeaving };
  writeFileSync('test-results/run-memory.json', `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`run memory: ${JSON.stringify(figures)}`);
  expect(health.consoleErrors).toEqual([]);
});
