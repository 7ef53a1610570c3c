/**
 * Running the inspector's "Test state" form: the request built from the form, testState (loaded on
 * first use) on the current document, and the answer or the problems kept for the node.
 */
import type { State, StateMachine } from '../../../asl/types';
import { fieldOfRefusal, requestFromForm, type TestStateForm } from './testStateForm';
import type { TestStateAnswer, TestStateStore } from './testStateStore';

export interface TestStateTarget {
  /** Canvas node id of the state. */
  id: string;
  name: string;
  state: State;
  /** The state's JSON when tested (to tell a stale answer). */
  stateJson: string;
  definition: StateMachine;
}

/** Tests the state with the form's values; the answer (or the problems, on their fields) goes into the store. */
export async function runTestState(store: TestStateStore, target: TestStateTarget, form: TestStateForm, now: () => number = () => performance.now()): Promise<void> {
  const { id, stateJson, definition } = target;
  const answer = (value: Omit<TestStateAnswer, 'stateJson' | 'definition'>) =>
    store.setState((s) => ({ running: s.running === id ? null : s.running, answers: { ...s.answers, [id]: { stateJson, definition, ...value } } }));
  const built = requestFromForm(definition, target.name, target.state, form);
  if (built.problems) {
    answer({ problems: built.problems });
    return;
  }
  store.setState({ running: id });
  const { testState, TestStateError } = await import('../../../teststate');
  const started = now();
  try {
    const response = await testState(built.request);
    answer({ response, ms: now() - started });
  } catch (error) {
    if (!(error instanceof TestStateError)) {
      answer({ problems: { request: `The test could not run: ${(error as Error).message}` } });
      return;
    }
    answer({ problems: { [fieldOfRefusal(error.message)]: `${error.code}: ${error.message}` } });
  }
}
