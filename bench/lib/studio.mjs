/** Medians of the studio benches' raw samples (bench/results/studio-*.json). */
import { median, pairedRatio, round } from './stats.mjs';

const pick = (list, key) => (list ?? []).map((s) => s[key]);

function summariseLoad(load) {
  if (!load) return undefined;
  const sizes = {};
  for (const [n, entry] of Object.entries(load.sizes)) {
    const studio = pick(entry.studio, 'ms');
    const viewer = pick(entry.viewer, 'ms');
    sizes[n] = {
      studioMs: round(median(studio)),
      studioLayoutMs: round(median(pick(entry.studio, 'layoutMs'))),
      studioPaintedMs: round(median(pick(entry.studio, 'paintedMs'))),
      viewerMs: viewer.length ? round(median(viewer)) : null,
      viewerPaintedMs: viewer.length ? round(median(pick(entry.viewer, 'paintedMs'))) : null,
      // > 1 means the studio was faster; each run's pair was measured back to back.
      viewerOverStudio: viewer.length ? round(pairedRatio(viewer, studio), 2) : null,
      studioDomNodes: entry.studio[0]?.domNodes ?? null,
      studioGraphNodes: entry.studio[0]?.graphNodes ?? null,
      viewerDomNodes: entry.viewer[0]?.domNodes ?? null,
      studioCrossings: entry.studioCrossings ?? null,
      viewerCrossings: entry.viewerCrossings ?? null,
      viewerError: entry.viewerError ?? null,
      studioRuns: studio.map((v) => round(v)),
      viewerRuns: viewer.map((v) => round(v)),
    };
  }
  return { canvasSize: load.canvasSize, sizes };
}

function summariseSync(sync) {
  if (!sync) return undefined;
  const codeToCanvas = {};
  for (const [n, entry] of Object.entries(sync.codeToCanvas)) {
    codeToCanvas[n] = {
      fieldMs: round(median(entry.field), 1), structureMs: round(median(entry.structure), 1),
      fieldRuns: entry.field.map((v) => round(v, 1)), structureRuns: entry.structure.map((v) => round(v, 1)),
    };
  }
  const { design, code, states } = sync.canvasToCode;
  return {
    codeToCanvas,
    canvasToCode: {
      states,
      storeEditMs: round(median(pick(design, 'editMs')), 1),
      setFieldMs: round(median(pick(design, 'setFieldMs')), 1),
      textEditsMs: round(median(pick(design, 'textEditsMs')), 1),
      codeModeStoreEditMs: round(median(pick(code, 'editMs')), 1),
      toMonacoMs: round(median(pick(code, 'monacoMs')), 1),
      storeEditRuns: pick(design, 'editMs').map((v) => round(v, 1)),
      toMonacoRuns: pick(code, 'monacoMs').map((v) => round(v, 1)),
    },
  };
}

function summariseMapRun(mapRun) {
  if (!mapRun) return undefined;
  const samples = mapRun.samples;
  return {
    items: mapRun.items,
    statuses: pick(samples, 'status'),
    transports: pick(samples, 'transport'),
    resultMs: round(median(pick(samples, 'ms'))),
    maxFrameGapMs: round(median(pick(samples, 'maxGapMs'))),
    worstFrameGapMs: round(Math.max(...pick(samples, 'maxGapMs'))),
    p95FrameGapMs: round(median(pick(samples, 'p95GapMs').filter((v) => typeof v === 'number'))),
    // The same page left idle for a second before Start: what the busy machine costs on its own.
    idleMaxFrameGapMs: round(median(pick(samples, 'idleMaxGapMs').filter((v) => typeof v === 'number'))),
    workerMs: round(median(pick(samples, 'workerMs').filter((v) => v !== null))),
    resultRuns: pick(samples, 'ms').map((v) => round(v)),
    frameGapRuns: pick(samples, 'maxGapMs').map((v) => round(v)),
  };
}

function summariseHistory(history) {
  if (!history) return undefined;
  const samples = history.samples;
  return {
    events: samples[0]?.events ?? 0,
    bytes: samples[0]?.bytes ?? 0,
    openMs: round(median(pick(samples, 'openMs'))),
    openMaxGapMs: round(median(pick(samples, 'openMaxGapMs'))),
    replayMs: round(median(pick(samples, 'replayMs'))),
    replayMaxGapMs: round(median(pick(samples, 'replayMaxGapMs'))),
    matches: pick(samples, 'replayMatch'),
    openRuns: pick(samples, 'openMs').map((v) => round(v)),
    replayRuns: pick(samples, 'replayMs').map((v) => round(v)),
  };
}

const MIB = 2 ** 20;

/** Retained heap over runs (studio-heap.json): one run's share, and the growth once the history cap applies. */
function summariseHeap(heap) {
  if (!heap || heap.samples.length === 0) return undefined;
  const mib = (bytes) => round(bytes / MIB, 1);
  const used = heap.samples.map((s) => s.usedBytes);
  const third = used[Math.min(2, used.length - 1)];
  const last = used[used.length - 1];
  const laterRuns = used.length - 1 - Math.min(2, used.length - 1);
  return {
    runs: heap.samples.length,
    events: heap.samples[0].events,
    statuses: pick(heap.samples, 'status'),
    baselineMiB: mib(heap.baselineBytes),
    firstRunMiB: mib(used[0] - heap.baselineBytes),
    afterThirdMiB: mib(third - heap.baselineBytes),
    afterLastMiB: mib(last - heap.baselineBytes),
    // Past the cap each run should only add a summary: the mean growth per run after the third.
    perRunAfterCapMiB: laterRuns > 0 ? mib((last - third) / laterRuns) : null,
    afterLeavingMiB: mib(heap.afterLeavingBytes - heap.baselineBytes),
    usedMiB: used.map(mib),
  };
}

/** Summaries of whichever studio benches produced figures. */
export function summariseStudio({ load, sync, mapRun, history, heap }) {
  return { load: summariseLoad(load), sync: summariseSync(sync), mapRun: summariseMapRun(mapRun), history: summariseHistory(history), heap: summariseHeap(heap) };
}
