/**
 * Loading a workflow file for the CLI: ASL JSON or YAML, or a SAM / CloudFormation template
 * holding a state machine (picked with `--state-machine LOGICAL_ID` when there are several).
 */
import { parseDefinition } from '../asl/parse';
import type { Diagnostic, StateMachine } from '../asl/types';
import { readTemplate } from '../sam';

export interface LoadedDefinition {
  definition?: StateMachine;
  diagnostics: Diagnostic[];
  /** Where the definition came from inside a template. */
  logicalId?: string;
}

function isTemplate(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'Resources' in value && !('States' in value);
}

/** Reads a definition out of file text. */
export function loadDefinition(text: string, stateMachine?: string): LoadedDefinition {
  const parsed = parseDefinition(text);
  if (parsed.definition && !isTemplate(parsed.definition)) return { definition: parsed.definition, diagnostics: parsed.diagnostics };
  if (!parsed.definition && parsed.diagnostics.some((d) => d.severity === 'error') && !/Resources\s*:/.test(text)) {
    return { diagnostics: parsed.diagnostics };
  }
  try {
    const result = readTemplate(text);
    const machines = result.stateMachines;
    const chosen = stateMachine ? machines.find((m) => m.logicalId === stateMachine) : machines[0];
    if (!chosen) {
      const names = machines.map((m) => m.logicalId).join(', ') || 'none';
      return { diagnostics: [{ code: 'NO_STATE_MACHINE', message: `No state machine ${stateMachine ? `'${stateMachine}' ` : ''}in the template (found: ${names}).`, severity: 'error', path: [] }] };
    }
    return { definition: chosen.definition, diagnostics: [], logicalId: chosen.logicalId };
  } catch (e) {
    return { diagnostics: [{ code: 'TEMPLATE_READ', message: e instanceof Error ? e.message : String(e), severity: 'error', path: [] }] };
  }
}
