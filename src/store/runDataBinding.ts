/**
 * Connects the run store's per-workflow settings (mocks, input, policy, MockConfigFile, test
 * case, breakpoints, limits) to whatever keeps the open workflow: the library workspace, or the
 * file session of `asl-studio open`. Changes the host applies itself (opening a workflow) are
 * not reported back as edits.
 */
import type { RunState, RunStore } from './runStore';
import { readRunData, type RunDataBinding } from '../run/runData';

/** Keeps the open workflow's run data (saved with it, restored when it opens). */
export interface RunDataHost {
  bindRunData(binding: RunDataBinding): void;
}

const slice = (s: RunState) => [s.mocks, s.input, s.defaultPolicy, s.mockFile, s.mockFileName, s.testCase, s.breakpoints, s.limits];

export function runStoreBinding(store: RunStore): RunDataBinding {
  let applying = false;
  return {
    get: () => store.getState().runData(),
    set(value, workflow) {
      applying = true;
      try {
        store.getState().loadRunData(readRunData(value));
        if (workflow !== undefined) store.getState().showWorkflow(workflow);
      } finally {
        applying = false;
      }
    },
    subscribe: (listener) => store.subscribe((state, previous) => {
      if (applying) return;
      const before = slice(previous);
      if (slice(state).some((value, i) => value !== before[i])) listener();
    }),
  };
}
