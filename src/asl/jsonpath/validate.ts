import type { Segment } from './ast';
import { parsePath, PathSyntaxError } from './parse';

/** True when every segment is a single name or a single index (the ASL "reference path" rule). */
export function isReferenceSegments(segments: readonly Segment[]): boolean {
  return segments.every((s) => (s.kind === 'property' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1));
}

/**
 * Checks the syntax of a JSONPath (`$…`, `$$…`, `$variable…`).
 * With `reference: true` only reference paths are accepted: `$`, `.name`, `['name']`, `[n]` —
 * no filters, wildcards, slices, lists, `..` or functions (ASL spec "Reference Paths").
 * @returns an error message, or `undefined` when the path is valid
 */
export function validatePathSyntax(path: string, opts?: { reference?: boolean }): string | undefined {
  if (typeof path !== 'string') return 'A path must be a string';
  if (!path.trimStart().startsWith('$')) return `The path '${path}' must start with '$'`;
  try {
    const parsed = parsePath(path);
    if (opts?.reference && !isReferenceSegments(parsed.segments)) {
      return `The path '${path}' must be a reference path: only '.name', "['name']" and '[index]' are allowed (no wildcards, filters, slices, lists, '..' or functions)`;
    }
    return undefined;
  } catch (error) {
    if (error instanceof PathSyntaxError) return error.message;
    throw error;
  }
}

/** True when `path` is a syntactically valid reference path. */
export function isReferencePath(path: string): boolean {
  return validatePathSyntax(path, { reference: true }) === undefined;
}
