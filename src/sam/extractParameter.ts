/**
 * "Extract to parameter" on one field of one state: a concrete ARN, function name, table, queue
 * URL, topic or bucket in the state becomes `${Name}`, and its value a `DefinitionSubstitutions`
 * entry (what the template then supplies; a re-export keeps it there). The fields offered are the
 * ones the export's extraction would replace (same rules), found on this state alone.
 */
import { setField } from '../asl/edits/fields';
import { getState } from '../asl/paths';
import type { State, StateMachine, StatePath, WorkflowSettings } from '../asl/types';
import { isObject } from './intrinsics';
import { extractPlaceholders, placeholdersIn } from './substitutions';

export interface ExtractCandidate {
  /** Path of the value inside the state (`['Parameters', 'FunctionName']`). */
  field: (string | number)[];
  /** The concrete value the field holds now. */
  value: string;
  /** The part of it that becomes the parameter's value (the bucket of an `s3://` URI, else the whole value). */
  literal: string;
  /** The suggested parameter name (free in the workflow, or the one that already holds this value). */
  name: string;
  /** The field's new value for a parameter name: `${Name}`, or `s3://${Name}/key`. */
  replacement(name: string): string;
}

/** Container fields hold other states: their values belong to those states' inspectors. */
const NESTED = new Set(['Branches', 'ItemProcessor', 'Iterator']);

function ownFields(state: State): State {
  return Object.fromEntries(Object.entries(state).filter(([key]) => !NESTED.has(key))) as State;
}

/** Every string leaf that differs between `before` and `after` (same shape), with its path. */
function changedStrings(before: unknown, after: unknown, path: (string | number)[], out: { field: (string | number)[]; before: string; after: string }[]): void {
  if (typeof before === 'string' && typeof after === 'string') {
    if (before !== after) out.push({ field: path, before, after });
  } else if (Array.isArray(before) && Array.isArray(after)) {
    before.forEach((item, i) => changedStrings(item, after[i], [...path, i], out));
  } else if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) changedStrings(before[key], after[key], [...path, key], out);
  }
}

/**
 * The fields of the state at `path` that can become a parameter.
 * @param substitutions the workflow's substitutions: a value already held by one reuses its name
 */
export function extractCandidates(definition: StateMachine, path: StatePath, substitutions: Record<string, unknown> = {}): ExtractCandidate[] {
  const state = getState(definition, path);
  if (!state) return [];
  const own = ownFields(state);
  const name = String(path[path.length - 1]);
  // Names in use anywhere (placeholders and substitutions) are not suggested again.
  const reserved = new Set([...placeholdersIn(definition), ...Object.keys(substitutions)]);
  const alone: StateMachine = { StartAt: name, States: { [name]: own } };
  const { definition: extracted, placeholders } = extractPlaceholders(alone, reserved);
  const changes: { field: (string | number)[]; before: string; after: string }[] = [];
  changedStrings(own, extracted.States[name], [], changes);
  const byValue = new Map(Object.entries(substitutions).filter(([, v]) => typeof v === 'string').map(([k, v]) => [v as string, k]));
  return changes.flatMap(({ field, before, after }) => {
    const m = /\$\{([^}]+)\}/.exec(after);
    const suggested = m?.[1];
    const info = suggested ? placeholders.get(suggested) : undefined;
    if (!m || !info?.literal) return [];
    const [prefix, suffix] = [after.slice(0, m.index), after.slice(m.index + m[0].length)];
    return [{
      field, value: before, literal: info.literal, name: byValue.get(info.literal) ?? info.name,
      replacement: (chosen: string) => `${prefix}\${${chosen}}${suffix}`,
    }];
  });
}

/** A problem with a parameter name, or undefined (letters, digits and _; not one holding another value). */
export function parameterNameProblem(name: string, literal: string, substitutions: Record<string, unknown>): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return 'A parameter name starts with a letter and has only letters, digits and _.';
  if (name in substitutions && substitutions[name] !== literal) return `${name} already holds another value (${JSON.stringify(substitutions[name])}).`;
  return undefined;
}

/**
 * The settings with substitution `name → literal`; `asParameter`: a new one is also listed in
 * `parameterSubstitutions`, so writing it into a template adds a Parameter with that default
 * (never for a value holding `${…}`: CloudFormation does not substitute inside a Default).
 */
export function withSubstitution(settings: WorkflowSettings, name: string, literal: string, asParameter = false): WorkflowSettings {
  const existing = settings.substitutions ?? {};
  const next: WorkflowSettings = { ...settings, substitutions: { ...existing, [name]: literal } };
  // A substitution reused (it already holds this value) stays what it is in the template.
  if (!asParameter || name in existing || /\$\{[^}]*\}/.test(literal)) return next;
  next.parameterSubstitutions = [...(settings.parameterSubstitutions ?? []), name].sort();
  return next;
}

/** The state's field as `${name}` and the substitution `name → literal` (apply both as one undo step). */
export function extractToParameter(definition: StateMachine, settings: WorkflowSettings, path: StatePath, candidate: ExtractCandidate, name: string, asParameter = false): { definition: StateMachine; settings: WorkflowSettings } {
  const problem = parameterNameProblem(name, candidate.literal, settings.substitutions ?? {});
  if (problem) throw new Error(problem);
  return {
    definition: setField(definition, path, candidate.field, candidate.replacement(name)),
    settings: withSubstitution(settings, name, candidate.literal, asParameter),
  };
}
