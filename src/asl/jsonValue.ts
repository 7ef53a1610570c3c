/**
 * Checks that a value is plain JSON that every part of the product can handle: no BigInt,
 * function, symbol, cycle, NaN/Infinity or `undefined` in an array, and nested no deeper than
 * {@link MAX_NESTING_DEPTH}. Walks iteratively, so the check itself cannot overflow the stack.
 *
 * The depth limit is one number for definitions and data alike, so validation, runs and exports
 * agree: 256 levels is far beyond any real workflow or payload, and well inside what the
 * recursive code of the engine, the YAML library and the UI can take (they fail between 500
 * and 1,000 levels).
 */

export const MAX_NESTING_DEPTH = 256;

export interface JsonProblem {
  /** Path to the offending place (object keys and array indexes). */
  path: (string | number)[];
  kind: 'tooDeep' | 'cycle' | 'notJson';
  message: string;
}

interface Frame {
  value: object;
  keys: (string | number)[];
  next: number;
  key: string | number | undefined;
}

function describeType(value: unknown): string | undefined {
  switch (typeof value) {
    case 'bigint':
      return 'a BigInt';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    case 'number':
      return Number.isFinite(value) ? undefined : String(value);
    default:
      return undefined;
  }
}

/** Where a value first stops being plain JSON within the limits, or undefined when it is. */
export function findJsonProblem(root: unknown, maxDepth = MAX_NESTING_DEPTH): JsonProblem | undefined {
  const bad = describeType(root);
  if (bad) return { path: [], kind: 'notJson', message: `${bad} is not a JSON value` };
  if (typeof root !== 'object' || root === null) return undefined;
  const stack: Frame[] = [];
  const onPath = new Set<object>();
  const push = (value: object, key: string | number | undefined): void => {
    stack.push({ value, keys: Array.isArray(value) ? [] : Object.keys(value), next: 0, key });
    onPath.add(value);
  };
  const path = (): (string | number)[] => stack.slice(1).map((f) => f.key as string | number);
  push(root, undefined);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const isArray = Array.isArray(frame.value);
    const length = isArray ? (frame.value as unknown[]).length : frame.keys.length;
    if (frame.next >= length) {
      onPath.delete(frame.value);
      stack.pop();
      continue;
    }
    const key = isArray ? frame.next : (frame.keys[frame.next] as string);
    frame.next += 1;
    const child = (frame.value as Record<string | number, unknown>)[key];
    if (child === undefined) {
      if (isArray) return { path: [...path(), key], kind: 'notJson', message: 'undefined is not a JSON value (in an array)' };
      continue; // JSON.stringify leaves out undefined object members
    }
    const childBad = describeType(child);
    if (childBad) return { path: [...path(), key], kind: 'notJson', message: `${childBad} is not a JSON value` };
    if (typeof child !== 'object' || child === null) continue;
    if (onPath.has(child)) return { path: [...path(), key], kind: 'cycle', message: 'the value refers to itself (a cycle)' };
    if (stack.length >= maxDepth) {
      return { path: [...path(), key], kind: 'tooDeep', message: `nested too deeply (limit ${maxDepth} levels)` };
    }
    push(child, key);
  }
  return undefined;
}

/** `$.a[0].b` text of a path, for messages. */
export function jsonPathText(path: readonly (string | number)[]): string {
  let out = '$';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}
