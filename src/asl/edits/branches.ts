/** addBranch / removeBranch on a Parallel state. */
import type { State, StateMachine, StatePath } from '../types';
import { EditError } from './errors';
import { insertState } from './insert';
import { uniqueStateName } from './names';
import { cloneDefinition, requireState } from './scope';

/** A new definition with one more branch in the Parallel at `parallel`, holding one state (a Pass by default). */
export function addBranch(def: StateMachine, parallel: StatePath, name?: string, state?: State): StateMachine {
  const first: State = state ?? { Type: 'Pass', End: true };
  return insertState(def, { kind: 'newBranch', parallel }, name ?? uniqueStateName(def, first.Type), first);
}

/** A new definition without branch `index` of the Parallel at `parallel`; the last branch cannot be removed. */
export function removeBranch(def: StateMachine, parallel: StatePath, index: number): StateMachine {
  const { state } = requireState(def, parallel);
  if (state.Type !== 'Parallel' || !Array.isArray(state.Branches)) throw new EditError('Branches belong to Parallel states');
  if (index < 0 || index >= state.Branches.length) throw new EditError(`No branch ${index}`);
  if (state.Branches.length === 1) throw new EditError('A Parallel state keeps at least one branch; delete the state instead');
  const out = cloneDefinition(def);
  const target = requireState(out, parallel).state;
  if (target.Type === 'Parallel') target.Branches.splice(index, 1);
  return out;
}
