/**
 * Default mocked answers for Task states, from the service-integration catalog (what the
 * service returns on success, e.g. a Lambda result with `Payload`); `{}` when the catalog has
 * no entry for the resource.
 */
import { forEachState, encodeStatePath } from '../asl/paths';
import type { StateMachine } from '../asl/types';
import { findIntegration } from '../catalog';
import type { MockResponse, MockShorthand } from '../interpreter/types';

export interface TaskInfo {
  /** Node id (encoded StatePath). */
  id: string;
  name: string;
  resource: string;
  /** `.waitForTaskToken`: answered by the user during the run unless mocked. */
  callback: boolean;
}

/** The Task states of a definition, in document order, Map and Parallel bodies included. */
export function taskStatesOf(definition: StateMachine): TaskInfo[] {
  const out: TaskInfo[] = [];
  forEachState(definition, ({ path, name, state }) => {
    if (state.Type !== 'Task') return;
    const resource = typeof state.Resource === 'string' ? state.Resource : '';
    out.push({ id: encodeStatePath(path), name, resource, callback: resource.endsWith('.waitForTaskToken') });
  });
  return out;
}

/** The catalog's success result for a resource, or `{}`. */
export function defaultMockFor(resource: string): MockResponse {
  const entry = findIntegration(resource);
  const result = entry?.mockResult;
  return { Return: result === undefined ? {} : structuredClone(result) };
}

/**
 * The mocks a workflow starts with: the catalog default for every Task, except callback tasks
 * (`.waitForTaskToken`), which the user answers during the run.
 */
export function defaultStateMocks(definition: StateMachine): Record<string, MockResponse[]> {
  const out: Record<string, MockResponse[]> = {};
  for (const task of taskStatesOf(definition)) if (!task.callback) out[task.name] = [defaultMockFor(task.resource)];
  return out;
}

/**
 * The mocks a run sends: non-empty answer lists of this definition's Task states only (mocks kept
 * for a renamed or deleted state, or emptied on purpose, are not sent and not counted).
 */
export function mocksToSend(definition: StateMachine, mocks: Readonly<Record<string, readonly MockResponse[]>>): MockShorthand {
  const out: MockShorthand = {};
  for (const task of taskStatesOf(definition)) {
    const list = Object.hasOwn(mocks, task.name) ? mocks[task.name] : undefined;
    if (list && list.length > 0) out[task.name] = [...list];
  }
  return out;
}
