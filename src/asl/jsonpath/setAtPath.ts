import { StatesError } from '../statesError';
import type { ParsedPath, Segment } from './ast';
import { isJsonObject } from './evaluate';
import { parsePath, PathSyntaxError } from './parse';

function matchFailure(path: string, target: unknown): StatesError {
  return new StatesError('States.ResultPathMatchFailure', `Unable to apply ReferencePath ${path} to input ${JSON.stringify(target) ?? 'null'}`);
}

/**
 * Returns a copy of `target` with `value` placed at the reference path `path` (the ResultPath
 * rule of the ASL spec): `$` replaces everything, missing intermediate object keys are created,
 * and only the nodes on the path are copied (the rest is shared).
 * @throws StatesError `States.ResultPathMatchFailure` when the path runs through a value that is
 *   not an object (or an array index that does not exist); `States.Runtime` for a path that is
 *   not a reference path.
 */
export function setAtReferencePath(target: unknown, path: string, value: unknown): unknown {
  let parsed: ParsedPath;
  try {
    parsed = parsePath(path);
  } catch (error) {
    if (error instanceof PathSyntaxError) throw new StatesError('States.Runtime', `Invalid path '${path}' : ${error.message}`);
    throw error;
  }
  if (parsed.root.kind !== 'data' || !parsed.simple) {
    throw new StatesError('States.Runtime', `Invalid ResultPath '${path}': a ResultPath must be a reference path starting with '$'`);
  }
  const segments = parsed.segments;
  return place(target, segments, 0, value, path, target);
}

function place(node: unknown, segments: Segment[], i: number, value: unknown, path: string, whole: unknown): unknown {
  const segment = segments[i];
  if (!segment) return value;
  if (segment.kind === 'property') {
    if (!isJsonObject(node)) throw matchFailure(path, whole);
    const name = segment.names[0] as string;
    const child = node[name];
    // Missing keys are created as objects on the way down; existing ones must be containers.
    const nextNode = child === undefined && i + 1 < segments.length ? {} : child;
    // Spread + computed key define properties (a "__proto__" key stays a plain key).
    return { ...node, [name]: place(nextNode, segments, i + 1, value, path, whole) };
  }
  if (segment.kind === 'index') {
    if (!Array.isArray(node)) throw matchFailure(path, whole);
    const index = segment.indexes[0] as number;
    const effective = index < 0 ? node.length + index : index;
    if (effective < 0 || effective >= node.length) throw matchFailure(path, whole);
    const copy = node.slice();
    copy[effective] = place(node[effective], segments, i + 1, value, path, whole);
    return copy;
  }
  throw matchFailure(path, whole);
}
