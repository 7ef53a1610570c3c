/**
 * Runs test cases in their own worker (the page stays responsive however long the runs take),
 * falling back to this thread when workers are unavailable. One worker per request, ended when
 * the request is done or cancelled.
 */
import type { StateMachine } from '../../asl/types';
import type { SfnTestFile } from '../../testing/format';
import { runTestCase, type CaseResult } from '../../testing/case';

export interface SuiteRequest {
  definition: StateMachine;
  suite: SfnTestFile;
  /** Indexes of the cases to run, in order. */
  indexes: number[];
}

export type SuiteMessage =
  | { kind: 'case'; index: number; result: CaseResult }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

export interface SuiteRun {
  /** Resolves when every requested case ran (or the run was cancelled). */
  done: Promise<void>;
  cancel(): void;
}

async function runInThread(request: SuiteRequest, onCase: (index: number, result: CaseResult) => void, cancelled: () => boolean): Promise<void> {
  for (const index of request.indexes) {
    if (cancelled()) return;
    onCase(index, await runTestCase(request.definition, request.suite, request.suite.tests[index]!));
  }
}

/** Runs the requested cases; `onCase` receives each result as it arrives. */
export function runSuite(request: SuiteRequest, onCase: (index: number, result: CaseResult) => void, options: { inThread?: boolean } = {}): SuiteRun {
  let worker: Worker | undefined;
  let cancelled = false;
  let settle: () => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const fallback = () => {
    worker?.terminate();
    worker = undefined;
    runInThread(request, onCase, () => cancelled).then(settle, fail);
  };
  if (options.inThread || typeof Worker === 'undefined') fallback();
  else {
    try {
      worker = new Worker(new URL('./suite.worker.ts', import.meta.url), { type: 'module', name: 'asl-tests' });
      let received = 0;
      worker.onmessage = (event: MessageEvent<SuiteMessage>) => {
        const message = event.data;
        if (message.kind === 'case') {
          received++;
          onCase(message.index, message.result);
        } else {
          worker?.terminate();
          if (message.kind === 'done') settle();
          else fail(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        // A worker that never came up runs the cases here instead; one that broke mid-way fails.
        if (received === 0) fallback();
        else fail(new Error(event.message || 'the test worker stopped'));
      };
      worker.postMessage(request);
    } catch {
      fallback();
    }
  }
  return {
    done,
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle();
    },
  };
}
