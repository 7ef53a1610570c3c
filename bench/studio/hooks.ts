/**
 * Browser-side helpers of the studio benchmarks, built as one IIFE (vite.hooks.config.ts) and
 * injected into both bench pages (the studio build and the asl-viewer page) as `window.__bench`,
 * so both sides are generated, timed and checked by the same code.
 */
import { generateDefinition } from '../../src/graph/testing/generate';
import { setField } from '../../src/asl/edits';
import { applyTextEdits, computeTextEdits } from '../../src/asl/textPatch';
import type { StateMachine, StatePath } from '../../src/asl/types';
import { edgeCrossings, type CrossingReport } from './crossings';

/** Returns a non-empty signature while the condition holds, or false. */
export type Probe = () => string | false;

export interface BenchHooks {
  generate(n: number): StateMachine;
  /** The same definition with each Map's ItemProcessor spelled as the legacy Iterator (asl-viewer reads only that). */
  legacyMaps(def: StateMachine): StateMachine;
  setField(def: StateMachine, path: StatePath, fieldPath: (string | number)[], value: unknown): StateMachine;
  /** Times the pure parts of an inspector edit on their own: setField, then the minimal text edits. */
  patchCost(def: StateMachine, text: string, path: StatePath, fieldPath: (string | number)[], value: unknown): { setFieldMs: number; textEditsMs: number };
  /** Resolves with performance.now() of the first DOM commit (or frame) at which `probe` holds. */
  until(root: Element, probe: Probe, timeoutMs?: number): Promise<number>;
  /** Like `until`, checking once per animation frame only (no MutationObserver on a busy page). */
  untilFrame(probe: Probe, timeoutMs?: number): Promise<number>;
  crossings(root: Element): CrossingReport;
  /** Starts sampling requestAnimationFrame gaps; the returned function stops and reports. */
  sampleFrames(): () => { maxGapMs: number; frames: number };
  nextFrame(): Promise<number>;
}

declare global {
  interface Window {
    __bench?: BenchHooks;
  }
}

function legacyMaps<T>(value: T): T {
  if (Array.isArray(value)) return value.map(legacyMaps) as T;
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'ItemProcessor' && (value as { Type?: unknown }).Type === 'Map' && inner && typeof inner === 'object') {
      const { ProcessorConfig: _config, ...scope } = inner as Record<string, unknown>;
      out['Iterator'] = legacyMaps(scope);
    } else {
      out[key] = legacyMaps(inner);
    }
  }
  return out as T;
}

function until(root: Element, probe: Probe, timeoutMs = 60_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      clearTimeout(timer);
      if (ok) resolve(performance.now());
      else reject(new Error(`condition not met within ${timeoutMs} ms`));
    };
    // A MutationObserver sees each React commit as it lands; rAF catches changes made by styles.
    const observer = new MutationObserver(() => {
      if (probe()) finish(true);
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(false), timeoutMs);
    const tick = () => {
      if (settled) return;
      if (probe()) finish(true);
      else requestAnimationFrame(tick);
    };
    if (probe()) finish(true);
    else requestAnimationFrame(tick);
  });
}

function untilFrame(probe: Probe, timeoutMs = 600_000): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = (now: number) => {
      if (probe()) resolve(performance.now());
      else if (now - started > timeoutMs) reject(new Error(`condition not met within ${timeoutMs} ms`));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function sampleFrames(): () => { maxGapMs: number; frames: number } {
  let last = performance.now();
  let maxGap = 0;
  let frames = 0;
  let running = true;
  const tick = (now: number) => {
    if (!running) return;
    maxGap = Math.max(maxGap, now - last);
    last = now;
    frames += 1;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    running = false;
    // The gap still open when sampling stops counts too.
    maxGap = Math.max(maxGap, performance.now() - last);
    return { maxGapMs: maxGap, frames };
  };
}

window.__bench = {
  generate: (n) => generateDefinition(n),
  legacyMaps,
  patchCost(def, text, path, fieldPath, value) {
    const t0 = performance.now();
    const next = setField(def, path, fieldPath, value);
    const t1 = performance.now();
    applyTextEdits(text, computeTextEdits(text, next));
    return { setFieldMs: t1 - t0, textEditsMs: performance.now() - t1 };
  },
  setField: (def, path, fieldPath, value) => setField(def, path, fieldPath, value),
  until,
  untilFrame,
  crossings: edgeCrossings,
  sampleFrames,
  nextFrame: () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
};
