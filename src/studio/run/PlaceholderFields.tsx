/**
 * `${Placeholder}` values for a local run: a SAM template fills them at deploy time
 * (DefinitionSubstitutions); here they start from the workflow's substitutions (template literals
 * and parameter defaults) and can be overridden before Start.
 */
import { useMemo } from 'react';
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import { placeholdersIn } from '../../sam/substitutions';

/** Placeholders of the definition with their starting values (string substitutions only). */
export function initialPlaceholderValues(definition: StateMachine, settings: WorkflowSettings): Record<string, string> {
  const given = settings.substitutions ?? {};
  const out: Record<string, string> = {};
  for (const name of [...placeholdersIn(definition)].sort()) {
    const value = given[name];
    out[name] = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  return out;
}

export function PlaceholderFields({ definition, values, onChange }: {
  definition: StateMachine;
  values: Record<string, string>;
  onChange: (name: string, value: string) => void;
}) {
  const names = useMemo(() => [...placeholdersIn(definition)].sort(), [definition]);
  if (names.length === 0) return null;
  return (
    <details className="run-section" data-testid="run-placeholders" open>
      <summary>Placeholders ({names.length})</summary>
      <p className="run-note">Values the deployed definition gets from DefinitionSubstitutions. Empty ones stay as written.</p>
      {names.map((name) => (
        <label key={name} className="run-field">
          <span>{`\${${name}}`}</span>
          <input data-testid={`run-placeholder-${name}`} value={values[name] ?? ''} onChange={(e) => onChange(name, e.target.value)} />
        </label>
      ))}
    </details>
  );
}
