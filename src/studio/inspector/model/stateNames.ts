/** State name rules (ASL: unique across the whole machine, at most 80 characters) and scope lists. */
import { allStateNames, getScope } from '../../../asl';
import type { StateMachine, StatePath } from '../../../asl/types';

export const MAX_STATE_NAME = 80;

/** Why `name` cannot be the new name of the state at `path`, or undefined when it can. */
export function stateNameProblem(def: StateMachine, path: StatePath, name: string): string | undefined {
  if (name.trim() === '') return 'A state needs a name.';
  // The spec counts Unicode characters, not UTF-16 code units.
  if ([...name].length > MAX_STATE_NAME) return `State names are at most ${MAX_STATE_NAME} characters.`;
  const current = path[path.length - 1];
  if (name === current) return undefined;
  return allStateNames(def).has(name) ? `A state named "${name}" already exists (names are unique across the workflow).` : undefined;
}

/** Names of the states in the scope that holds `path` (the legal targets of Next, Default, Catch). */
export function statesInScope(def: StateMachine, path: StatePath): string[] {
  const scope = getScope(def, path.slice(0, -1));
  return scope?.States ? Object.keys(scope.States) : [];
}

