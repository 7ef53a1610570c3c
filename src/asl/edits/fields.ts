/**
 * setField / unsetField: change one field (at any depth) of a state, or of the machine itself
 * with the empty state path. Setting Next clears End and setting End clears Next, so a state
 * never holds both.
 */
import type { StateMachine, StatePath } from '../types';
import { EditError } from './errors';
import { cloneDefinition, isObj, requireState, type Obj } from './scope';
import { setOwn } from '../objects';

type Container = Obj | unknown[];

function targetOf(def: StateMachine, path: StatePath): Obj {
  return path.length === 0 ? (def as Obj) : requireState(def, path).state;
}

function child(container: Container, key: string | number): unknown {
  return Array.isArray(container) ? container[key as number] : container[String(key)];
}

function put(container: Container, key: string | number, value: unknown): void {
  if (Array.isArray(container)) container[Number(key)] = value;
  else setOwn(container, String(key), value);
}

/** A new definition with `value` at `fieldPath` inside the state at `path` (containers created as needed). */
export function setField(def: StateMachine, path: StatePath, fieldPath: readonly (string | number)[], value: unknown): StateMachine {
  if (fieldPath.length === 0) throw new EditError('setField needs a field path');
  const out = cloneDefinition(def);
  let node: Container = targetOf(out, path);
  for (let i = 0; i < fieldPath.length - 1; i++) {
    const key = fieldPath[i] as string | number;
    let next = child(node, key);
    if (!isObj(next) && !Array.isArray(next)) {
      next = typeof fieldPath[i + 1] === 'number' ? [] : {};
      put(node, key, next);
    }
    node = next as Container;
  }
  const last = fieldPath[fieldPath.length - 1] as string | number;
  put(node, last, cloneDefinition(value));
  if (fieldPath.length === 1 && path.length > 0 && !Array.isArray(node)) {
    if (last === 'Next') delete node.End;
    if (last === 'End' && value === true) delete node.Next;
  }
  return out;
}

/** A new definition without the field at `fieldPath` (array items are spliced out). */
export function unsetField(def: StateMachine, path: StatePath, fieldPath: readonly (string | number)[]): StateMachine {
  if (fieldPath.length === 0) throw new EditError('unsetField needs a field path');
  const out = cloneDefinition(def);
  let node: unknown = targetOf(out, path);
  for (const key of fieldPath.slice(0, -1)) {
    node = isObj(node) || Array.isArray(node) ? child(node, key) : undefined;
  }
  const last = fieldPath[fieldPath.length - 1] as string | number;
  if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
  else if (isObj(node)) delete node[String(last)];
  else return def;
  return out;
}

/** A new definition with the state at `path` replaced by `state` (same name). */
export function replaceState(def: StateMachine, path: StatePath, state: unknown): StateMachine {
  const out = cloneDefinition(def);
  const { scope, name } = requireState(out, path);
  setOwn(scope.States as Obj, name, cloneDefinition(state));
  return out;
}
