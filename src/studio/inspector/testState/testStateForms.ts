/**
 * The form a state's "Test state" tab opens with: the one typed before, else one holding the input
 * of the last run that reached the state. Apart from testStateStore because it reads run histories
 * (buildVisits), which only the tab needs.
 */
import type { RunRecord } from '../../../store/runStore';
import { buildVisits } from '../../../run/visits';
import { defaultForm, type TestStateForm } from './testStateForm';
import type { TestStateStore } from './testStateStore';

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
