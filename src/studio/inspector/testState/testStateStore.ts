/**
 * The inspector's "Test state" forms and answers for one studio, by canvas node id: what was typed
 * for a state is still there when the user comes back to it (session only; a form is a scratchpad,
 * not part of the workflow). Small on purpose: the canvas reads it (the tested state's next state),
 * so the forms' defaults (testStateForms.ts), the panel and testState load when the tab opens.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StateMachine } from '../../../asl/types';
import type { RunNodeStatus } from '../../../run/runViewTypes';
import type { StudioStore } from '../../../store/studioStore';
import type { TestStateResponse, TestStateStatus } from '../../../teststate/types';
import { decodeStatePath, encodeStatePath } from '../../../asl/paths';
import type { FormProblems, TestStateForm } from './testStateForm';

export interface TestStateAnswer {
  /** The state as it was tested (the answer is stale once it changes). */
  stateJson: string;
  /** The document as tested: the canvas shows the answer only while it is still the current one. */
  definition: StateMachine;
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

/** The answer of node `id` while `definition` is still the document it was tested on (any edit clears it from the canvas). */
function currentAnswer(state: TestStateState, id: string | undefined, definition: StateMachine): TestStateResponse | undefined {
  const answer = id === undefined ? undefined : state.answers[id];
  return answer?.definition === definition ? answer.response : undefined;
}

/** The canvas node of the state the last Test state of `id` goes to next (same scope), or undefined. */
export function testedNextOf(state: TestStateState, id: string | undefined, definition: StateMachine): string | undefined {
  const next = currentAnswer(state, id, definition)?.nextState;
  if (next === undefined) return undefined;
  return encodeStatePath([...decodeStatePath(id!).slice(0, -1), next]);
}

/**
 * TestState statuses in the run colours (canvas.css): a RETRIABLE state runs again, as a retrying
 * state shows in a run (in progress); CAUGHT_ERROR is the run's "caught error".
 */
const RUN_STATUS: Record<TestStateStatus, RunNodeStatus> = { SUCCEEDED: 'succeeded', FAILED: 'failed', CAUGHT_ERROR: 'caught', RETRIABLE: 'in-progress' };

/** The run colour of the last Test state of node `id`, while the document is the one it was tested on. */
export function testedStatusOf(state: TestStateState, id: string | undefined, definition: StateMachine): RunNodeStatus | undefined {
  const status = currentAnswer(state, id, definition)?.status;
  return status === undefined ? undefined : RUN_STATUS[status];
}
