/**
 * JSON values addressed by key lists (`['order', 'items', 0]`): read, copy with a value set or
 * removed, list the leaves that differ, and write a key list as a JSONPath. Pure; the
 * suggestions use them to change one field of an input and say which.
 */
import { isObj } from '../asl/objects';
import { parsePath } from '../asl/jsonpath';

export type Key = string | number;

/** The keys of a data-rooted path made of single names and indexes (`$.a.b[0]`); undefined for `$$…`, `$var`, wildcards, filters. */
export function keysOfPath(path: unknown): Key[] | undefined {
  if (typeof path !== 'string') return undefined;
  try {
    const parsed = parsePath(path);
    if (parsed.root.kind !== 'data' || !parsed.simple) return undefined;
    const keys: Key[] = [];
    for (const segment of parsed.segments) {
      if (segment.kind === 'property') keys.push(segment.names[0]!);
      else if (segment.kind === 'index' && segment.indexes[0]! >= 0) keys.push(segment.indexes[0]!);
      else return undefined;
    }
    return keys;
  } catch {
    return undefined;
  }
}

/** The value at `keys`, and whether it is there. */
export function getIn(value: unknown, keys: readonly Key[]): { found: boolean; value?: unknown } {
  let node = value;
  for (const key of keys) {
    if (typeof key === 'number' ? Array.isArray(node) && key < node.length : isObj(node) && Object.prototype.hasOwnProperty.call(node, key) && node[key] !== undefined) {
      node = (node as Record<Key, unknown>)[key];
    } else return { found: false };
  }
  return { found: true, value: node };
}

/** A copy of `target` with `value` at `keys` (objects created on the way; a non-container on the way is replaced). */
export function setIn(target: unknown, keys: readonly Key[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [Key, ...Key[]];
  if (typeof key === 'number') {
    const list = Array.isArray(target) ? target.slice() : [];
    while (list.length < key) list.push(null);
    list[key] = setIn(list[key], rest, value);
    return list;
  }
  const object = isObj(target) ? target : {};
  return { ...object, [key]: setIn(object[key], rest, value) };
}

/** A copy of `target` without the member at `keys` (unchanged when it is not there). */
export function removeIn(target: unknown, keys: readonly Key[]): unknown {
  if (keys.length === 0 || !getIn(target, keys).found) return target;
  const [key, ...rest] = keys as [Key, ...Key[]];
  if (typeof key === 'number' && Array.isArray(target)) {
    const list = target.slice();
    if (rest.length === 0) list.splice(key, 1);
    else list[key] = removeIn(list[key], rest);
    return list;
  }
  const object = { ...(target as Record<string, unknown>) };
  if (rest.length === 0) delete object[key as string];
  else object[key as string] = removeIn(object[key as string], rest);
  return object;
}

export interface Change {
  keys: Key[];
  /** The new value; absent when the member is removed. */
  value?: unknown;
  removed?: boolean;
}

/** The smallest members that differ between `before` and `after` (objects compared key by key). */
export function changesBetween(before: unknown, after: unknown, keys: Key[] = []): Change[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObj(before) && isObj(after)) {
    const out: Change[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (after[key] === undefined && before[key] !== undefined) out.push({ keys: [...keys, key], removed: true });
      else out.push(...changesBetween(before[key], after[key], [...keys, key]));
    }
    return out;
  }
  return [{ keys, value: after }];
}

/** `$.a.b[0]['c d']` */
export function pathText(keys: readonly Key[]): string {
  return `$${keys.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_][\w]*$/.test(k) ? `.${k}` : `['${k.replace(/'/g, "\\'")}']`)).join('')}`;
}
