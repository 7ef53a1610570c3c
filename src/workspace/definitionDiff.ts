/**
 * A readable diff of two definitions by state: which states were added, removed or changed
 * (and which of their fields), plus top-level field changes. Used by the Versions panel.
 */
import { deepEqual } from '../asl/deepEqual';
import { encodeStatePath, forEachState } from '../asl/paths';
import type { State, StateMachine } from '../asl/types';

export interface StateChange {
  id: string;
  name: string;
  fields: string[];
}

export interface DefinitionDiff {
  added: { id: string; name: string; type: string }[];
  removed: { id: string; name: string; type: string }[];
  changed: StateChange[];
  topLevel: string[];
  identical: boolean;
}

function statesById(def: StateMachine): Map<string, { name: string; state: State }> {
  const out = new Map<string, { name: string; state: State }>();
  forEachState(def, ({ path, name, state }) => out.set(encodeStatePath(path), { name, state }));
  return out;
}

/** Fields of a state compared shallowly; nested states are reported on their own. */
function changedFields(a: State, b: State): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const fields: string[] = [];
  for (const key of keys) {
    if (key === 'Branches' || key === 'ItemProcessor' || key === 'Iterator') {
      const strip = (s: State) => JSON.stringify((s as Record<string, unknown>)[key], (k, v) => (k === 'States' ? Object.keys(v as object) : v));
      if (strip(a) !== strip(b)) fields.push(key);
      continue;
    }
    if (!deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) fields.push(key);
  }
  return fields.sort();
}

export function diffDefinitions(before: StateMachine, after: StateMachine): DefinitionDiff {
  const a = statesById(before);
  const b = statesById(after);
  const added = [...b].filter(([id]) => !a.has(id)).map(([id, { name, state }]) => ({ id, name, type: state.Type }));
  const removed = [...a].filter(([id]) => !b.has(id)).map(([id, { name, state }]) => ({ id, name, type: state.Type }));
  const changed: StateChange[] = [];
  for (const [id, { name, state }] of b) {
    const old = a.get(id);
    if (!old) continue;
    const fields = changedFields(old.state, state);
    if (fields.length > 0) changed.push({ id, name, fields });
  }
  const topLevel = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => k !== 'States' && !deepEqual(before[k], after[k]))
    .sort();
  return { added, removed, changed, topLevel, identical: added.length + removed.length + changed.length + topLevel.length === 0 };
}
