/**
 * Pure edits of a definition: each returns a new definition (the input is never mutated) and
 * rewrites every reference it touches, so no edit leaves a dangling transition. Impossible
 * requests throw EditError.
 */
import { addBranch, removeBranch } from './branches';
import { deleteStates } from './delete';
import { duplicateState } from './duplicate';
import { setField, unsetField, replaceState } from './fields';
import { insertState } from './insert';
import { moveState } from './move';
import { renameState } from './rename';
import { wrapInMap, wrapInParallel } from './wrap';
import { deleteTransition } from './transitions';

export { addBranch, removeBranch, deleteStates, duplicateState, setField, unsetField, replaceState, insertState, moveState, renameState, wrapInParallel, wrapInMap, deleteTransition };
export { duplicateStateNamed } from './duplicate';
export { addCatchFallback, type FallbackKind } from './catchFallback';
export { EditError } from './errors';
export { queryLanguageAt } from './queryLanguage';
export { uniqueStateName, allStateNames } from './names';
export { listReferences, type Reference, type ReferenceKind } from './references';
export type { EdgeRef, InsertPoint } from './types';

/** Every edit by name, for the store's named commands. */
export const EDITS = {
  insertState, deleteStates, renameState, moveState, duplicateState, addBranch, removeBranch,
  setField, unsetField, replaceState, wrapInParallel, wrapInMap, deleteTransition,
} as const;

export type EditName = keyof typeof EDITS;

/** `{ name, args }` for any edit: a serialisable description of one change. */
export type EditCommand = { [K in EditName]: { name: K; args: Parameters<(typeof EDITS)[K]> extends [unknown, ...infer Rest] ? Rest : never } }[EditName];

/** Apply a described edit. */
export function applyEdit(def: Parameters<typeof insertState>[0], command: EditCommand): ReturnType<typeof insertState> {
  const fn = EDITS[command.name] as (d: typeof def, ...args: unknown[]) => ReturnType<typeof insertState>;
  return fn(def, ...command.args);
}
