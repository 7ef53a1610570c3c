/**
 * "Extract to parameter" on the selected state's fields: a concrete ARN, function, table, queue,
 * topic or bucket becomes `${Name}`, its value a DefinitionSubstitutions entry (Config mode shows
 * it; Save or export writes it into the template) — one undo step for both. On a template opened
 * with `asl-studio open`, it may also become a template Parameter (Default = the value, and
 * `DefinitionSubstitutions: Name: !Ref Name`); the export makes every substitution value one.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { extractCandidates, parameterNameProblem, withSubstitution, extractToParameter, type ExtractCandidate } from '../../../sam/extractParameter';
import { useFileStatus } from '../../files/FileSessionContext';
import { useStudio, useStudioStore } from '../../StudioContext';
import { useStateEditor } from '../StateEditorContext';

const NO_SUBSTITUTIONS: Record<string, unknown> = {};

export function ExtractParameters() {
  const { definition, path, name: stateName } = useStateEditor();
  const store = useStudioStore();
  const substitutions = useStudio((s) => s.settings.substitutions) ?? NO_SUBSTITUTIONS;
  const candidates = useMemo(() => extractCandidates(definition, path, substitutions), [definition, path, substitutions]);
  // A template opened from disk: its file gets the substitution on Save, and may get a Parameter.
  const template = useFileStatus((s) => s.current.template);
  const [open, setOpen] = useState<{ field: string; name: string; asParameter: boolean } | null>(null);
  if (candidates.length === 0) return null;

  const extract = (candidate: ExtractCandidate, name: string, asParameter: boolean) => {
    store.getState().edit(
      `Extract ${candidate.field.join('.')} of "${stateName}" to ${asParameter ? 'template Parameter' : 'parameter'} ${name}`,
      (def) => extractToParameter(def, store.getState().settings, path, candidate, name).definition,
      'inspector',
      (settings) => withSubstitution(settings, name, candidate.literal, asParameter),
    );
    setOpen(null);
  };

  return (
    <section className="insp-extract" data-testid="extract-parameters" aria-label="Values to make template parameters">
      <p className="insp-label">Template parameters</p>
      <p className="insp-hint">Concrete values that differ between stacks can become <code>{'${Name}'}</code> placeholders, filled in from DefinitionSubstitutions (Config mode){template ? '' : '; the SAM export makes each a template Parameter'}.</p>
      <ul>
        {candidates.map((c) => {
          const key = c.field.join('.');
          const editing = open?.field === key ? open : null;
          const problem = editing ? parameterNameProblem(editing.name, c.literal, substitutions) : undefined;
          // A Parameter's Default is not substituted by CloudFormation: a value holding ${…} stays a literal substitution.
          const defaultProblem = /\$\{[^}]*\}/.test(c.literal) ? 'Its value holds ${…}, which a Parameter Default would deploy literally.' : undefined;
          const submit = (e: FormEvent) => {
            e.preventDefault();
            if (editing && !problem) extract(c, editing.name, editing.asParameter && !defaultProblem && template !== undefined);
          };
          return (
            <li key={key} data-testid={`extract-row-${key}`}>
              <span className="insp-extract-field">{key}</span>
              <code className="insp-extract-value" title={c.value}>{c.value}</code>
              {editing ? (
                <form className="insp-extract-form" onSubmit={submit}>
                  <input type="text" aria-label={`Parameter name for ${key}`} data-testid="extract-name" value={editing.name} autoFocus
                    aria-invalid={problem ? true : undefined} onChange={(e) => setOpen({ ...editing, name: e.target.value })}
                    onKeyDown={(e) => { if (e.key === 'Escape') setOpen(null); }} />
                  <button type="submit" className="primary" data-testid="extract-confirm" disabled={problem !== undefined}>Extract</button>
                  <button type="button" onClick={() => setOpen(null)}>Cancel</button>
                  {template && (
                    <>
                      <label className="insp-extract-as" title={defaultProblem}>
                        <input type="checkbox" data-testid="extract-as-parameter" checked={editing.asParameter && !defaultProblem} disabled={defaultProblem !== undefined}
                          onChange={(e) => setOpen({ ...editing, asParameter: e.target.checked })} />
                        as a template Parameter
                      </label>
                      <p className="insp-hint" data-testid="extract-as-hint">
                        {editing.asParameter && !defaultProblem
                          ? <>Save adds <code>Parameters: {editing.name || 'Name'}</code> (Default = this value) to {template}, and <code>!Ref</code>s it in DefinitionSubstitutions.</>
                          : <>Save writes this value into DefinitionSubstitutions in {template}.</>}
                      </p>
                    </>
                  )}
                  {problem && <p className="insp-error" role="alert" data-testid="extract-name-error">{problem}</p>}
                </form>
              ) : (
                <button type="button" data-testid={`extract-${key}`} onClick={() => setOpen({ field: key, name: c.name, asParameter: true })}
                  title={`Replace this value by \${${c.name}} and add ${c.name} to the substitutions`}>Extract to parameter…</button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
