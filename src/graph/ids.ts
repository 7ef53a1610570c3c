/**
 * Ids of graph elements. Node ids are encoded StatePaths; markers and edges derive from them.
 *
 * Edge id format: `${sourceId}->${kind}:${index}->${targetId}`, e.g.
 * - `#start->start:0->Validate` (the top-level start edge),
 * - `Validate->next:0->Charge`,
 * - `Check->choice:1->Refund` (second Choice rule), `Check->default:0->Fail`,
 * - `Charge->catch:0->Handle` (first catcher),
 * - `P/0#start->start:0->P/0/A` (start of branch 0 of Parallel P),
 * - `Notify->end:0->#end` (a state that ends its scope; also Succeed and Fail).
 * The run panel highlights taken transitions by building ids with `edgeIdFor`.
 */
import { encodeStatePath, type ScopePath } from '../asl/paths';
import type { EdgeKind } from './types';

export function edgeIdFor(sourceId: string, kind: EdgeKind, index: number, targetId: string): string {
  return `${sourceId}->${kind}:${index}->${targetId}`;
}

/** Id of a scope (its group node): the encoded ScopePath, `''` for the top level. */
export function scopeIdFor(scope: ScopePath): string {
  return encodeStatePath(scope);
}

/** Id of a scope's Start marker (`#start` at the top level, `P/1#start` in a branch); the scope by path or id. */
export function startIdFor(scope: ScopePath | string): string {
  return `${typeof scope === 'string' ? scope : scopeIdFor(scope)}#start`;
}

/** Id of a scope's End marker; the scope by path or id. */
export function endIdFor(scope: ScopePath | string): string {
  return `${typeof scope === 'string' ? scope : scopeIdFor(scope)}#end`;
}

/**
 * Id of the state or branch `segment` directly inside the scope `scopeId`: the same as
 * `encodeStatePath([...scope, segment])`, without re-encoding the scope's own path.
 */
export function childIdFor(scopeId: string, segment: string | number): string {
  const own = typeof segment === 'number' ? String(segment) : segment.includes('~') || segment.includes('/') ? encodeStatePath([segment]) : segment;
  return scopeId === '' ? own : `${scopeId}/${own}`;
}

/** True for Start/End marker ids. */
export function isMarkerId(id: string): boolean {
  return id.endsWith('#start') || id.endsWith('#end');
}
