/**
 * A 25,000-event AWS execution history (a 6,245-item inline Map, printed with `--reverse-order`,
 * ~6 MB of JSON) dropped on Run mode: time from the drop to the frame where the canvas shows the
 * recorded colours, the longest main-thread frame gap meanwhile, and then "Replay locally" to
 * the frame showing its verdict. Each run in a fresh page; nothing asserted on times.
 */
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { recordHistory } from '../../src/history/testing/recorded';
import type { StateMachine } from '../../src/asl/types';
import { openStudio, RUNS, writeSamples } from './pages';

const ITEMS = 6245;
const DEFINITION: StateMachine = {
  Comment: 'Bench: a recorded 6,245-item inline Map',
  StartAt: 'Each item',
  States: {
    'Each item': {
      Type: 'Map', ItemsPath: '$.items',
      ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, StartAt: 'Tag', States: { Tag: { Type: 'Pass', End: true } } },
      End: true,
    },
  },
};

interface HistorySample {
  events: number;
  bytes: number;
  /** Drop → the frame where the Map node shows the recorded status. */
  openMs: number;
  openMaxGapMs: number;
  /** "Replay locally" click → the frame where the verdict shows. */
  replayMs: number;
  replayMaxGapMs: number;
  replayMatch: string;
}

/** Arms a timer in the page that starts on `start()` and stops at the first frame where `done` holds. */
async function timeInPage(page: Page, action: 'drop' | 'replay', text?: string): Promise<{ ms: number; maxGapMs: number; detail: string }> {
  return page.evaluate(async ([kind, body]) => {
    const bench = window.__bench!;
    const target = document.querySelector('[data-testid="run-mode"]')!;
    let transfer: DataTransfer | undefined;
    if (kind === 'drop') {
      transfer = new DataTransfer();
      transfer.items.add(new File([body!], 'history.json', { type: 'application/json' }));
    }
    const stopFrames = bench.sampleFrames();
    const t0 = performance.now();
    if (transfer) {
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    } else {
      (document.querySelector('[data-testid="replay-locally"]') as HTMLButtonElement).click();
    }
    const t1 = await bench.untilFrame(() => (kind === 'drop'
      ? document.querySelector('[data-testid="node-Each item"]')?.classList.contains('run-succeeded') === true
      : document.querySelector('[data-testid="replay-result"]') !== null) && 'shown');
    const frames = stopFrames();
    const detail = kind === 'replay' ? (document.querySelector('[data-testid="replay-result"]')?.getAttribute('data-match') ?? '') : '';
    return { ms: t1 - t0, maxGapMs: frames.maxGapMs, detail };
  }, [action, text ?? null] as const);
}

test('25,000-event AWS history: open and replay', async ({ browser }) => {
  const input = { items: Array.from({ length: ITEMS }, (_, i) => ({ id: i, name: `item ${i}` })) };
  const recorded = await recordHistory(DEFINITION, input);
  const text = JSON.stringify({ events: [...recorded.events].reverse() }, null, 1);
  const samples: HistorySample[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { page, close } = await openStudio(browser);
    await page.evaluate((def) => window.__studio!.load(def), DEFINITION);
    await page.getByTestId('mode-run').click();
    const open = await timeInPage(page, 'drop', text);
    const replay = await timeInPage(page, 'replay');
    const sample: HistorySample = {
      events: recorded.events.length, bytes: text.length,
      openMs: open.ms, openMaxGapMs: open.maxGapMs, replayMs: replay.ms, replayMaxGapMs: replay.maxGapMs, replayMatch: replay.detail,
    };
    samples.push(sample);
    console.log(`history run ${run + 1}: ${sample.events} events (${(sample.bytes / 1e6).toFixed(1)} MB) open ${sample.openMs.toFixed(0)} ms (longest frame gap ${sample.openMaxGapMs.toFixed(0)} ms); replay ${sample.replayMs.toFixed(0)} ms (gap ${sample.replayMaxGapMs.toFixed(0)} ms, match ${sample.replayMatch})`);
    await close();
  }
  writeSamples('history', { items: ITEMS, samples });
});
