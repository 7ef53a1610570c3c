/**
 * The changes that turn one JSON value into another, as path-addressed modifications: the diff
 * behind the minimal text patches of JSON (jsonc-parser) and YAML text.
 */
import type { JSONPath } from 'jsonc-parser';
import { deepEqual } from './deepEqual';
import { isObj, type Obj } from './objects';


/** One change of a value, as the diff below finds it (shared with the YAML patcher). */
export interface Modification {
  path: JSONPath;
  value: unknown;
  arrayInsertion?: boolean;
  /** For a new property: the key after which it belongs (undefined = first). */
  after?: string | undefined;
  newKey?: boolean;
  /** Rename the property at `path` to this key in place (its value is diffed separately). */
  renameTo?: string;
}

/** Own keys whose value is not undefined (JSON.stringify drops those). */
function definedKeys(o: Obj): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** An own, defined property (never an inherited one such as "constructor"). */
function has(o: Obj, key: string): boolean {
  return Object.hasOwn(o, key) && o[key] !== undefined;
}

function diff(path: JSONPath, before: unknown, after: unknown, out: Modification[]): void {
  // Edits share unchanged subtrees, so identity settles most of a large document at once;
  // objects are compared by walking their keys (a whole-document deepEqual per level is O(n·depth)).
  if (before === after) return;
  if (!(isObj(before) && isObj(after)) && deepEqual(before, after)) return;
  if (isObj(before) && isObj(after)) {
    const beforeKeys = definedKeys(before);
    const afterKeys = definedKeys(after);
    // A key that disappears where another appears at the same position, holding a similar value,
    // is a rename (a renamed state): patch the key token only, so the value's layout survives.
    const renamed = new Map<string, string>();
    beforeKeys.forEach((key, i) => {
      const candidate = afterKeys[i];
      if (candidate === undefined || has(after, key) || has(before, candidate)) return;
      if (deepEqual(before[key], after[candidate]) || (isObj(before[key]) && isObj(after[candidate]))) renamed.set(key, candidate);
    });
    for (const [from, to] of renamed) out.push({ path: [...path, from], value: undefined, renameTo: to });
    for (const [from, to] of renamed) diff([...path, to], before[from], after[to], out);
    for (const key of beforeKeys) if (!has(after, key) && !renamed.has(key)) out.push({ path: [...path, key], value: undefined });
    const renamedTo = new Set(renamed.values());
    afterKeys.forEach((key, i) => {
      if (renamedTo.has(key)) return;
      if (!has(before, key)) {
        out.push({ path: [...path, key], value: after[key], newKey: true, after: i === 0 ? undefined : afterKeys[i - 1] });
      } else diff([...path, key], before[key], after[key], out);
    });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffArrays(path, before, after, out);
    return;
  }
  out.push({ path, value: after });
}

function diffArrays(path: JSONPath, before: unknown[], after: unknown[], out: Modification[]): void {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && deepEqual(before[prefix], after[prefix])) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    deepEqual(before[before.length - 1 - suffix], after[after.length - 1 - suffix])
  ) suffix++;
  const oldMid = before.length - prefix - suffix;
  const newMid = after.length - prefix - suffix;
  const paired = Math.min(oldMid, newMid);
  for (let i = prefix; i < prefix + paired; i++) diff([...path, i], before[i], after[i], out);
  // Removals from the end backwards so earlier indexes stay valid while edits are applied in turn.
  for (let i = prefix + oldMid - 1; i >= prefix + paired; i--) out.push({ path: [...path, i], value: undefined });
  for (let i = prefix + paired; i < prefix + newMid; i++) out.push({ path: [...path, i], value: after[i], arrayInsertion: true });
}

/** The changes (in application order) that turn `before` into `after`. */
export function valueModifications(before: unknown, after: unknown): Modification[] {
  const out: Modification[] = [];
  diff([], before, after, out);
  return out;
}
