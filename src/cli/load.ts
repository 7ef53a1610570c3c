/**
 * Loading a workflow file for the CLI: ASL JSON or YAML, or a SAM / CloudFormation template
 * holding a state machine (picked with `--state-machine LOGICAL_ID` when there are several), with
 * its local `DefinitionUri` file read relative to the template.
 */
import { parseDefinition } from '../asl/parse';
import type { Diagnostic, StateMachine } from '../asl/types';
import { TemplateReadError, type DuplicateKey } from '../sam';
import { readTemplateWithFiles } from './templateFiles';

export interface LoadedDefinition {
  definition?: StateMachine;
  diagnostics: Diagnostic[];
  /** Where the definition came from inside a template. */
  logicalId?: string;
  /** Values of the definition's `${…}` placeholders (template literals and parameter defaults). */
  substitutions?: Record<string, unknown>;
}

function isTemplate(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'Resources' in value && !('States' in value);
}

function templateError(error: unknown): Diagnostic {
  if (error instanceof TemplateReadError) {
    return { code: 'TEMPLATE_READ', message: error.describe(), severity: 'error', path: error.location?.path ?? [] };
  }
  return { code: 'TEMPLATE_READ', message: error instanceof Error ? error.message : String(error), severity: 'error', path: [] };
}

/**
 * A key the template (or the definition text inside it) repeats: an error in the chosen state
 * machine, as for a plain ASL file (AWS rejects it), a warning elsewhere in the template.
 */
function duplicateKeyDiagnostic(d: DuplicateKey, logicalId: string): Diagnostic {
  const inMachine = d.path[0] === 'Resources' && d.path[1] === logicalId && d.path.length > 2;
  return {
    code: 'DUPLICATE_KEY',
    message: `Duplicate key "${d.key}" at line ${d.line}, column ${d.column}${d.in ? ` of ${d.in}` : ''}: only the last value was kept.`,
    severity: inMachine ? 'error' : 'warning',
    path: d.path,
  };
}

/** Reads a definition out of a file's text; `file` locates the template's DefinitionUri files. */
export async function loadDefinition(text: string, file: string, readFile: (path: string) => Promise<string>, stateMachine?: string): Promise<LoadedDefinition> {
  const parsed = parseDefinition(text);
  if (parsed.definition && !isTemplate(parsed.definition)) return { definition: parsed.definition, diagnostics: parsed.diagnostics };
  if (!parsed.definition && parsed.diagnostics.some((d) => d.severity === 'error') && !/Resources\s*:/.test(text)) {
    return { diagnostics: parsed.diagnostics };
  }
  try {
    const result = await readTemplateWithFiles(text, file, readFile);
    const machines = result.stateMachines;
    const names = [...machines.map((m) => m.logicalId), ...result.skipped.map((s) => s.logicalId)];
    const skipped = stateMachine ? result.skipped.find((s) => s.logicalId === stateMachine) : undefined;
    if (skipped) return { diagnostics: [templateError(skipped.error)] };
    const chosen = stateMachine ? machines.find((m) => m.logicalId === stateMachine) : machines[0];
    if (!chosen) {
      return { diagnostics: [{ code: 'NO_STATE_MACHINE', message: `No state machine ${stateMachine ? `'${stateMachine}' ` : ''}in the template (found: ${names.join(', ') || 'none'}).`, severity: 'error', path: [] }] };
    }
    const diagnostics: Diagnostic[] = (result.duplicateKeys ?? []).map((d) => duplicateKeyDiagnostic(d, chosen.logicalId));
    if (!stateMachine && names.length > 1) {
      diagnostics.push({ code: 'SEVERAL_STATE_MACHINES', message: `The template has ${names.length} state machines (${names.join(', ')}); using ${chosen.logicalId}. Pick one with --state-machine ID.`, severity: 'info', path: [] });
    }
    return { definition: chosen.definition, diagnostics, logicalId: chosen.logicalId, substitutions: chosen.substitutions };
  } catch (e) {
    return { diagnostics: [templateError(e)] };
  }
}
