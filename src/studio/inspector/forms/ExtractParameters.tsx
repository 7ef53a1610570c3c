/**
 * "Extract to parameter" on the selected state's fields: a concrete ARN, function, table, queue,
 * topic or bucket becomes `${Name}`, its value a DefinitionSubstitutions entry (Config mode shows
 * it; Save or export writes it into the template) — one undo step for both.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { extractCandidates, extractToParameter, parameterNameProblem, type ExtractCandidate } from '../../../sam/extractParameter';
import { useStudio, useStudioStore } from '../../StudioContext';
import { useStateEditor } from '../StateEditorContext';

const NO_SUBSTITUTIONS: Record<string, unknown> = {};

export function ExtractParameters() {
  const { definition, path, name: stateName } = useStateEditor();
  const store = useStudioStore();
  const substitutions = useStudio((s) => s.settings.substitutions) ?? NO_SUBSTITUTIONS;
  const candidates = useMemo(() => extractCandidates(definition, path, substitutions), [definition, path, substitutions]);
  const [open, setOpen] = useState<{ field: string; name: string } | null>(null);
  if (candidates.length === 0) return null;

  const extract = (candidate: ExtractCandidate, name: string) => {
    store.getState().edit(
      `Extract ${candidate.field.join('.')} of "${stateName}" to parameter ${name}`,
      (def) => extractToParameter(def, store.getState().settings, path, candidate, name).definition,
      'inspector',
      (settings) => ({ ...settings, substitutions: { ...(settings.substitutions ?? {}), [name]: candidate.literal } }),
    );
    setOpen(null);
  };

  return (
    <section className="insp-extract" data-testid="extract-parameters" aria-label="Values to make template parameters">
      <p className="insp-label">Template parameters</p>
      <p className="insp-hint">Concrete values that differ between stacks can become <code>{'${Name}'}</code> placeholders, filled in from DefinitionSubstitutions (Config mode).</p>
      <ul>
        {candidates.map((c) => {
          const key = c.field.join('.');
          const editing = open?.field === key ? open : null;
          const problem = editing ? parameterNameProblem(editing.name, c.literal, substitutions) : undefined;
          const submit = (e: FormEvent) => {
            e.preventDefault();
            if (editing && !problem) extract(c, editing.name);
          };
          return (
            <li key={key} data-testid={`extract-row-${key}`}>
              <span className="insp-extract-field">{key}</span>
              <code className="insp-extract-value" title={c.value}>{c.value}</code>
              {editing ? (
                <form className="insp-extract-form" onSubmit={submit}>
                  <input type="text" aria-label={`Parameter name for ${key}`} data-testid="extract-name" value={editing.name} autoFocus
                    aria-invalid={problem ? true : undefined} onChange={(e) => setOpen({ field: key, name: e.target.value })}
                    onKeyDown={(e) => { if (e.key === 'Escape') setOpen(null); }} />
                  <button type="submit" className="primary" data-testid="extract-confirm" disabled={problem !== undefined}>Extract</button>
                  <button type="button" onClick={() => setOpen(null)}>Cancel</button>
                  {problem && <p className="insp-error" role="alert" data-testid="extract-name-error">{problem}</p>}
                </form>
              ) : (
                <button type="button" data-testid={`extract-${key}`} onClick={() => setOpen({ field: key, name: c.name })}
                  title={`Replace this value by \${${c.name}} and add ${c.name} to the substitutions`}>Extract to parameter…</button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
