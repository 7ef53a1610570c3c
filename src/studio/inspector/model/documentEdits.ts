/**
 * The pure document edits the inspector commits through the store: a thin seam over src/asl's
 * setField/unsetField so every form speaks in "field operations" (path `[]` is the machine).
 */
import { setField, unsetField } from '../../../asl';
import type { StateMachine, StatePath } from '../../../asl/types';

/** One field change inside a state: `value: undefined` removes the field. */
export interface FieldOp {
  field: (string | number)[];
  value: unknown;
}

/** Applies field operations to the state at `path`, in order. */
export function applyFieldOps(def: StateMachine, path: StatePath, ops: readonly FieldOp[]): StateMachine {
  return ops.reduce((d, op) => (op.value === undefined ? unsetField(d, path, op.field) : setField(d, path, op.field, op.value)), def);
}
