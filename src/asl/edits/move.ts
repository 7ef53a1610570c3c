/** moveState: take a state out (reconnecting around it) and insert it elsewhere. */
import type { StateMachine, StatePath } from '../types';
import { deleteStates } from './delete';
import { EditError } from './errors';
import { insertState } from './insert';
import { requireState } from './scope';
import { getState } from '../paths';
import type { InsertPoint } from './types';

function samePath(a: readonly (string | number)[] | null, b: readonly (string | number)[]): boolean {
  return a !== null && a.length === b.length && a.every((seg, i) => seg === b[i]);
}

function targetScope(to: InsertPoint): readonly (string | number)[] {
  switch (to.kind) {
    case 'edge': return to.edge.scope;
    case 'after': return to.path.slice(0, -1);
    case 'scopeStart': return to.scope;
    case 'newBranch': return to.parallel;
  }
}

/**
 * A new definition with the state at `path` moved to `to`. Dropping a state on its own outgoing
 * edge or right after itself changes nothing; moving a container into itself is an EditError.
 */
export function moveState(def: StateMachine, path: StatePath, to: InsertPoint): StateMachine {
  const { name, state } = requireState(def, path);
  if ((to.kind === 'edge' && samePath(to.edge.source, path)) || (to.kind === 'after' && samePath(to.path, path))) return def;
  const scope = targetScope(to);
  if (scope.length >= path.length && path.every((seg, i) => scope[i] === seg)) {
    throw new EditError('A state cannot be moved into itself');
  }
  const without = deleteStates(def, [path]);
  return insertState(without, shiftedInsertPoint(def, without, name, to), name, state);
}

/**
 * Taking a terminal state out removes the Choice rules and catchers that led to it, which shifts
 * the indexes after them: an insertion point on a later rule must follow its rule.
 */
function shiftedInsertPoint(before: StateMachine, after: StateMachine, name: string, to: InsertPoint): InsertPoint {
  if (to.kind !== 'edge' || to.edge.source === null || to.edge.index === undefined) return to;
  if (to.edge.kind !== 'choice' && to.edge.kind !== 'catch') return to;
  const field = to.edge.kind === 'choice' ? 'Choices' : 'Catch';
  const listOf = (d: StateMachine): unknown[] | undefined => {
    const value = (getState(d, to.edge.source!) as Record<string, unknown> | undefined)?.[field];
    return Array.isArray(value) ? value : undefined;
  };
  const old = listOf(before);
  const now = listOf(after);
  if (!old || !now || now.length === old.length) return to;
  const removedBefore = old.slice(0, to.edge.index).filter((rule) => (rule as { Next?: unknown } | null)?.Next === name).length;
  return removedBefore === 0 ? to : { ...to, edge: { ...to.edge, index: to.edge.index - removedBefore } };
}
