/**
 * Derived data is computed from the document, never stored: memoised per definition object
 * (definitions are immutable, so identity is a safe cache key).
 */
import { validateDefinition } from '../asl';
import { encodeStatePath, statePathOfJsonPath } from '../asl/paths';
import type { Diagnostic, StateMachine } from '../asl/types';

const diagnosticsCache = new WeakMap<StateMachine, Diagnostic[]>();
const byNodeCache = new WeakMap<StateMachine, Map<string, Diagnostic[]>>();

export function diagnosticsOf(definition: StateMachine): Diagnostic[] {
  let result = diagnosticsCache.get(definition);
  if (!result) {
    result = validateDefinition(definition);
    diagnosticsCache.set(definition, result);
  }
  return result;
}

/** Diagnostics grouped by the node id (encoded StatePath) of the state they are about. */
export function diagnosticsByNode(definition: StateMachine): Map<string, Diagnostic[]> {
  let result = byNodeCache.get(definition);
  if (!result) {
    result = new Map();
    for (const diagnostic of diagnosticsOf(definition)) {
      const statePath = statePathOfJsonPath(definition, diagnostic.path);
      if (!statePath) continue;
      const id = encodeStatePath(statePath);
      const list = result.get(id) ?? [];
      list.push(diagnostic);
      result.set(id, list);
    }
    byNodeCache.set(definition, result);
  }
  return result;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}
