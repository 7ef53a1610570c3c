/** renameState: new key in place (same position) and every reference of its scope updated. */
import type { StateMachine, StatePath } from '../types';
import { EditError } from './errors';
import { allStateNames } from './names';
import { retarget } from './references';
import { cloneDefinition, requireState } from './scope';
import { setOwn } from '../objects';

/** A new definition with the state at `path` called `newName`. Throws EditError when the name is taken or empty. */
export function renameState(def: StateMachine, path: StatePath, newName: string): StateMachine {
  const { name } = requireState(def, path);
  if (newName === name) return def;
  if (newName === '') throw new EditError('A state name cannot be empty');
  if (allStateNames(def).has(newName)) throw new EditError(`A state named "${newName}" already exists`);
  const out = cloneDefinition(def);
  const { scope } = requireState(out, path);
  const states: typeof scope.States = {};
  for (const [key, value] of Object.entries(scope.States)) setOwn(states, key === name ? newName : key, value);
  scope.States = states;
  retarget(scope, name, newName);
  return out;
}
