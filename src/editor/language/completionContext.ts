/**
 * Where the cursor is, in ASL terms, for completion in the JSON view: in a transition field
 * (`StartAt`, `Next`, `Default`, a Catch or Choice rule's `Next`) whose value is a state name of
 * the enclosing scope, or at a property-key position directly inside a `States` object, where a
 * whole state (snippet) fits. Works on broken text (jsonc-parser is error tolerant).
 */
import { getLocation, parse, type JSONPath } from 'jsonc-parser';
import type { TextRange } from '../../asl';

export type CompletionContext =
  | {
      kind: 'state-name';
      /** State names of the scope the transition belongs to, in document order. */
      names: string[];
      /** The string literal under the cursor, replaced whole (quotes included); else insert. */
      replace: TextRange | undefined;
    }
  | { kind: 'new-state'; replace: TextRange | undefined }
  | { kind: 'other' };

const TRANSITION_FIELDS = new Set(['Next', 'Default']);

/**
 * The JSON path of the scope (`[]`, `[..., 'Branches', i]`, `[..., 'ItemProcessor']`) whose
 * `States` a transition at `path` refers to, or undefined when `path` is not a transition value.
 */
export function transitionScope(path: JSONPath): JSONPath | undefined {
  const n = path.length;
  const last = path[n - 1];
  if (last === 'StartAt') return path.slice(0, -1);
  if (typeof last !== 'string' || !TRANSITION_FIELDS.has(last)) return undefined;
  // [...scope, 'States', name, 'Next' | 'Default']
  if (path[n - 3] === 'States' && typeof path[n - 2] === 'string') return path.slice(0, -3);
  // [...scope, 'States', name, 'Catch' | 'Choices', i, 'Next']
  if (last === 'Next' && (path[n - 3] === 'Catch' || path[n - 3] === 'Choices') && typeof path[n - 2] === 'number' && path[n - 5] === 'States') {
    return path.slice(0, -5);
  }
  return undefined;
}

function statesAt(text: string, scope: JSONPath): string[] {
  let value: unknown = parse(text, [], { allowTrailingComma: true });
  for (const segment of [...scope, 'States']) {
    if (value === null || typeof value !== 'object') return [];
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
}

export function completionContext(text: string, offset: number): CompletionContext {
  const location = getLocation(text, offset);
  const previous = location.previousNode;
  const inString = previous?.type === 'string' && offset > previous.offset && offset <= previous.offset + previous.length;
  const replace = inString && previous ? { offset: previous.offset, length: previous.length } : undefined;
  if (location.isAtPropertyKey) {
    const parent = location.path[location.path.length - 2];
    return parent === 'States' ? { kind: 'new-state', replace } : { kind: 'other' };
  }
  const scope = transitionScope(location.path);
  if (scope === undefined) return { kind: 'other' };
  return { kind: 'state-name', names: statesAt(text, scope), replace };
}
