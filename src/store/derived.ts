/**
 * Derived data is computed from the document, never stored: memoised per definition object
 * (definitions are immutable, so identity is a safe cache key).
 */
import { jsonataSyntaxCheck } from '../asl/validate/jsonataSyntax';
import { encodeStatePath, statePathOfJsonPath } from '../asl/paths';
import type { Diagnostic, StateMachine } from '../asl/types';
import type { validateDefinition as ValidateDefinition } from '../asl/validate';

/**
 * The validator is not part of the first download (about 18 KB gzip with the JSONPath and
 * intrinsic parsers): the studio loads it right after the first paint, then every view
 * re-validates (`revalidate()`). Until then there are no diagnostics yet.
 */
let validate: typeof ValidateDefinition | undefined;
let loading: Promise<void> | undefined;
export function loadValidator(): Promise<void> {
  loading ??= import('../asl/validate').then((m) => {
    validate = m.validateDefinition;
  });
  return loading;
}

// A result computed before the lazily loaded validator or JSONata parser arrived is stale once they have.
interface Cached<T> {
  complete: boolean;
  value: T;
}
const diagnosticsCache = new WeakMap<StateMachine, Cached<Diagnostic[]>>();
const byNodeCache = new WeakMap<StateMachine, Cached<Map<string, Diagnostic[]>>>();

export function diagnosticsOf(definition: StateMachine): Diagnostic[] {
  const complete = validate !== undefined && jsonataSyntaxCheck() !== undefined;
  const cached = diagnosticsCache.get(definition);
  if (cached && cached.complete === complete) return cached.value;
  const value = validate ? validate(definition) : [];
  diagnosticsCache.set(definition, { complete, value });
  return value;
}

/** Diagnostics grouped by the node id (encoded StatePath) of the state they are about. */
export function diagnosticsByNode(definition: StateMachine): Map<string, Diagnostic[]> {
  const complete = validate !== undefined && jsonataSyntaxCheck() !== undefined;
  const cached = byNodeCache.get(definition);
  if (cached && cached.complete === complete) return cached.value;
  {
    const result = new Map<string, Diagnostic[]>();
    for (const diagnostic of diagnosticsOf(definition)) {
      const statePath = statePathOfJsonPath(definition, diagnostic.path);
      if (!statePath) continue;
      const id = encodeStatePath(statePath);
      const list = result.get(id) ?? [];
      list.push(diagnostic);
      result.set(id, list);
    }
    byNodeCache.set(definition, { complete, value: result });
    return result;
  }
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
