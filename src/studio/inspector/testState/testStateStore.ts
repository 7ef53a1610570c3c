/**
 * The inspector's "Test state" forms and answers for one studio, by canvas node id: what was typed
 * for a state is still there when the user comes back to it (session only; a form is a scratchpad,
 * not part of the workflow). Small on purpose: the panel and testState load when the tab opens.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RunRecord } from '../../../store/runStore';
import type { StudioStore } from '../../../store/studioStore';
import type { TestStateResponse } from '../../../teststate/types';
import { buildVisits } from '../../../run/visits';
import { decodeStatePath, encodeStatePath } from '../../../asl/paths';
import { defaultForm, type FormProblems, type TestStateForm } from './testStateForm';

export interface TestStateAnswer {
  /** The state as it was tested (the answer is stale once it changes). */
  stateJson: string;
  response?: TestStateResponse;
  problems?: FormProblems;
  /** How long testState took (ms). */
  ms?: number;
}

export interface TestStateState {
  forms: Record<string, TestStateForm>;
  answers: Record<string, TestStateAnswer>;
  running: string | null;
  setForm(id: string, form: TestStateForm): void;
}

export type TestStateStore = StoreApi<TestStateState>;

const stores = new WeakMap<StudioStore, TestStateStore>();

export function testStateStoreFor(studio: StudioStore): TestStateStore {
  let store = stores.get(studio);
  if (!store) {
    store = createStore<TestStateState>()((set) => ({
      forms: {},
      answers: {},
      running: null,
      setForm: (id, form) => set((s) => ({ forms: { ...s.forms, [id]: form } })),
    }));
    stores.set(studio, store);
  }
  return store;
}

/** The input of the last visit of node `id` in the newest run that reached it (runs are oldest first). */
export function lastRunInput(runs: readonly RunRecord[], id: string): unknown {
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r]!;
    if (run.events.length === 0) continue;
    const visits = buildVisits(run.events);
    for (let v = visits.length - 1; v >= 0; v--) {
      const visit = visits[v]!;
      if (visit.path === id && visit.input !== undefined) return visit.input;
    }
  }
  return undefined;
}

/** The form of node `id`: the one typed before, else a new one with the input of the last run that reached the state. */
export function formFor(store: TestStateStore, id: string, runs: readonly RunRecord[]): TestStateForm {
  const typed = store.getState().forms[id];
  if (typed) return typed;
  const input = lastRunInput(runs, id);
  return defaultForm(input === undefined ? '{}' : JSON.stringify(input, null, 2));
}

/** The canvas node of the state the last Test state of `id` goes to next (same scope), or undefined. */
export function testedNextOf(state: TestStateState, id: string | undefined): string | undefined {
  const next = id === undefined ? undefined : state.answers[id]?.response?.nextState;
  if (next === undefined) return undefined;
  return encodeStatePath([...decodeStatePath(id!).slice(0, -1), next]);
}
