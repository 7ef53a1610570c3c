/**
 * Derived data is computed from the document, never stored: memoised per definition object
 * (definitions are immutable, so identity is a safe cache key).
 */
import { jsonataSyntaxCheck, validateDefinition } from '../asl';
import { encodeStatePath, statePathOfJsonPath } from '../asl/paths';
import type { Diagnostic, StateMachine } from '../asl/types';

// A result computed before the lazily loaded JSONata parser arrived is stale once it has.
interface Cached<T> {
  complete: boolean;
  value: T;
}
const diagnosticsCache = new WeakMap<StateMachine, Cached<Diagnostic[]>>();
const byNodeCache = new WeakMap<StateMachine, Cached<Map<string, Diagnostic[]>>>();

export function diagnosticsOf(definition: StateMachine): Diagnostic[] {
  const complete = jsonataSyntaxCheck() !== undefined;
  const cached = diagnosticsCache.get(definition);
  if (cached && cached.complete === complete) return cached.value;
  const value = validateDefinition(definition);
  diagnosticsCache.set(definition, { complete, value });
  return value;
}

/** Diagnostics grouped by the node id (encoded StatePath) of the state they are about. */
export function diagnosticsByNode(definition: StateMachine): Map<string, Diagnostic[]> {
  const complete = jsonataSyntaxCheck() !== undefined;
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
