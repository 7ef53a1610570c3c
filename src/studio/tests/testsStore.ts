/**
 * The Tests panel's state for one studio: the workflow's test file (text, kept with the workflow
 * in the library) and the latest results of running its cases (session only: results are
 * derived from runs and never saved). Small on purpose: the canvas reads the coverage overlay
 * from it on first paint; the panel and the runner are loaded when the Tests tab opens.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateMachine } from '../../asl/types';
import type { HistoryEvent } from '../../interpreter/types';
import type { Coverage } from '../../run/coverage';
import type { Mismatch } from '../../testing/expect';
import type { RunDataBinding } from '../../workspace/workspace';
import type { StudioStore } from '../../store/studioStore';

/** The result of one test case run. */
export interface CaseOutcome {
  name: string;
  passed: boolean;
  mismatches: Mismatch[];
  status: string;
  output?: unknown;
  error?: string;
  cause?: string;
  input: unknown;
  events: HistoryEvent[];
}

export interface TestsState {
  /** The test file (`*.sfn-test.json` text); null when the workflow has none. */
  text: string | null;
  /** Latest result per case name. */
  results: Record<string, CaseOutcome>;
  /** The definition the results were obtained on (results are stale once it changes). */
  resultsFor: StateMachine | null;
  coverage: Coverage | null;
  /** Node and edge ids no test exercised (from `coverage`). */
  uncovered: ReadonlySet<string> | null;
  /** Shade what no test covers on the canvas. */
  overlay: boolean;
  running: string[] | null;
  /** Why the cases could not run (a broken test file). */
  problem: string | null;
  /** The case whose details are open. */
  openCase: string | null;
  /** An edited text drops the problem reported for the previous one (its lines no longer hold). */
  setText(text: string | null): void;
  setOverlay(on: boolean): void;
  setOpenCase(name: string | null): void;
}

export type TestsStore = StoreApi<TestsState>;

export function createTestsStore(): TestsStore {
  return createStore<TestsState>()((set) => ({
    text: null,
    results: {},
    resultsFor: null,
    coverage: null,
    uncovered: null,
    overlay: false,
    running: null,
    problem: null,
    openCase: null,
    setText: (text) => set((s) => (s.text === text ? {} : { text, problem: null })),
    setOverlay: (overlay) => set({ overlay }),
    setOpenCase: (openCase) => set({ openCase }),
  }));
}

const stores = new WeakMap<StudioStore, TestsStore>();

/** The tests of a studio (created on first use). */
export function testsStoreFor(studio: StudioStore): TestsStore {
  let store = stores.get(studio);
  if (!store) {
    store = createTestsStore();
    stores.set(studio, store);
  }
  return store;
}

/** What the workspace saves with the workflow: the test file text. Another workflow's tests clear the results. */
export function testsBinding(store: TestsStore): RunDataBinding {
  return {
    get: () => store.getState().text ?? undefined,
    set: (value) => store.setState({ text: typeof value === 'string' ? value : null, results: {}, resultsFor: null, coverage: null, uncovered: null, problem: null, openCase: null }),
    subscribe: (listener) => store.subscribe((state, previous) => {
      if (state.text !== previous.text) listener();
    }),
  };
}
