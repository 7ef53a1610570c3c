/**
 * Runs `readImport` in a worker (import.worker.ts) and lets the dialog cancel it. Where a worker
 * cannot start (no Worker, a blocked script), the same pure function runs in this thread.
 */
import { fromWire, readImport, type ImportOutcome, type ImportSource, type WireOutcome } from './importModel';

export interface ImportJob {
  /** The outcome, or undefined once cancelled. */
  result: Promise<ImportOutcome | undefined>;
  cancel(): void;
}

/** Files larger than this are refused before they are read (the CLI's limit too). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

function defaultWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'asl-import' });
}

/** `createWorker` null: read in this thread. */
export function readImportOffThread(sources: readonly ImportSource[], createWorker: (() => Worker) | null = defaultWorker): ImportJob {
  let worker: Worker | undefined;
  try {
    worker = typeof Worker === 'undefined' || !createWorker ? undefined : createWorker();
  } catch {
    worker = undefined;
  }
  if (!worker) {
    let cancelled = false;
    return { result: Promise.resolve().then(() => (cancelled ? undefined : readImport(sources))), cancel: () => { cancelled = true; } };
  }
  const running = worker;
  let settle: (outcome: ImportOutcome | undefined) => void = () => undefined;
  const result = new Promise<ImportOutcome | undefined>((resolve) => {
    settle = (outcome) => {
      running.terminate();
      resolve(outcome);
    };
  });
  let started = false;
  running.onmessage = (event: MessageEvent<{ ready?: boolean; outcome?: WireOutcome; error?: string }>) => {
    const { ready, outcome, error } = event.data;
    if (ready) {
      started = true;
      return;
    }
    settle(outcome ? fromWire(outcome) : { ok: false, fileName: sources[0]?.name ?? '', reason: `The file could not be read: ${error ?? 'unknown error'}`, missingFiles: [] });
  };
  running.onerror = (event) => {
    event.preventDefault();
    // The worker script did not load: read here rather than fail. If it crashed while reading
    // (out of memory), reading the same file here would take the page down with it: report it.
    if (!started) settle(readImport(sources));
    else settle({ ok: false, fileName: sources[0]?.name ?? '', reason: `The file could not be read: ${event.message || 'the reader stopped (out of memory?)'}`, missingFiles: [] });
  };
  running.postMessage({ sources });
  return { result, cancel: () => settle(undefined) };
}
