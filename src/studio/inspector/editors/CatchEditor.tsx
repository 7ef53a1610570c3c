import { getScope } from '../../../asl/paths';
import { addCatchFallback, type FallbackKind } from '../../../asl';
import type { Catcher } from '../../../asl/types';
import { useStateEditor } from '../StateEditorContext';
import { JsonField } from '../fields/JsonField';
import { PathField } from '../fields/PathField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { statesInScope } from '../model/stateNames';
import { AssignEditor } from './AssignEditor';
import { ErrorEqualsEditor } from './ErrorEqualsEditor';
import { ListControls, moveItem } from './ListControls';
import { useFocusAdded } from './useFocusAdded';

/** Option values that cannot be state names (a control character), for "create a new state". */
const NEW_FALLBACKS = [
  { value: '\u0001new-Fail', label: 'New Fail state…' },
  { value: '\u0001new-Pass', label: 'New Pass state…' },
] as const;

function newFallbackKind(value: string): FallbackKind | undefined {
  return value === NEW_FALLBACKS[0].value ? 'Fail' : value === NEW_FALLBACKS[1].value ? 'Pass' : undefined;
}

/** Catch: ordered catchers (add, reorder, remove), each with errors, fallback state, ResultPath/Output and Assign. */
export function CatchEditor() {
  const { definition, path, state, name, language, commit, diagnosticsFor, editDefinition } = useStateEditor();
  const catchers: Catcher[] = Array.isArray(state.Catch) ? (state.Catch as Catcher[]) : [];
  const targets = statesInScope(definition, path).filter((s) => s !== name);
  // A new catcher falls back to a Fail state when the scope has one (the usual design).
  const fallback = targets.find((t) => getScope(definition, path.slice(0, -1))?.States[t]?.Type === 'Fail') ?? targets[0] ?? '';
  const write = (label: string, next: Catcher[]) => commit(`${label} of "${name}"`, [{ field: ['Catch'], value: next.length ? next : undefined }]);
  // "New Fail state…" / "New Pass state…": created in this scope and wired, in one undo step.
  const createFallback = (catcher: number | 'new', kind: FallbackKind) => editDefinition(
    catcher === 'new' ? `Add a catcher to a new ${kind} state in "${name}"` : `New ${kind} fallback for catcher ${catcher + 1} of "${name}"`,
    (def) => addCatchFallback(def, path, catcher, kind).definition,
  );
  const options = [...targets.map((t) => ({ value: t, label: t })), ...NEW_FALLBACKS];
  const { list, adding } = useFocusAdded<HTMLOListElement>(catchers.length);
  const setField = (i: number, key: string, value: unknown) => {
    const { [key]: _old, ...rest } = catchers[i] as Catcher & Record<string, unknown>;
    write(`Edit catcher ${i + 1}`, catchers.map((c, j) => (j === i ? ((value === undefined ? rest : { ...c, [key]: value }) as unknown as Catcher) : c)));
  };
  return (
    <section className="insp-group" data-testid="catch">
      <h4>Catch</h4>
      <ol className="insp-cards" ref={list}>
        {catchers.map((c, i) => {
          const testId = `catcher-${i}`;
          return (
            <li key={i} className="insp-card" data-testid={testId}>
              <div className="insp-card-head">
                <b>Catcher #{i + 1}</b>
                <ListControls testId={testId} index={i} count={catchers.length} noun="catcher"
                  onMove={(from, to) => write(`Move catcher ${from + 1}`, moveItem(catchers, from, to))}
                  onRemove={(index) => write(`Remove catcher ${index + 1}`, catchers.filter((_, j) => j !== index))} />
              </div>
              <ErrorEqualsEditor testId={`${testId}-errors`} value={Array.isArray(c.ErrorEquals) ? c.ErrorEquals : []} onChange={(v) => setField(i, 'ErrorEquals', v)} />
              <SelectField testId={`${testId}-Next`} label="Fallback state" value={c.Next} options={options}
                diagnostics={diagnosticsFor(['Catch', i, 'Next'])} onChange={(v) => {
                  const kind = v === undefined ? undefined : newFallbackKind(v);
                  if (kind) createFallback(i, kind);
                  else if (v) setField(i, 'Next', v);
                }} />
              {language === 'JSONata'
                ? <JsonField testId={`${testId}-Output`} label="Output" rows={3} value={c.Output} onCommit={(v) => setField(i, 'Output', v)} hint="Default: $states.errorOutput" />
                : <PathField testId={`${testId}-ResultPath`} label="ResultPath" value={c.ResultPath} nullable nullLabel="Discard the error (null)"
                    diagnostics={diagnosticsFor(['Catch', i, 'ResultPath'])} onCommit={(v) => setField(i, 'ResultPath', v)} hint="Where the error output goes in the input (default $ replaces it)." />}
              <details className="insp-more" open={c.Assign !== undefined || c.Comment !== undefined}>
                <summary data-testid={`${testId}-more`}>Variables and comment</summary>
                <AssignEditor testId={`${testId}-assign`} value={c.Assign} onCommit={(v) => setField(i, 'Assign', v)} />
                <TextField testId={`${testId}-Comment`} label="Comment" value={c.Comment} onCommit={(v) => setField(i, 'Comment', v)} />
              </details>
            </li>
          );
        })}
      </ol>
      <div className="insp-row" style={{ flexWrap: 'wrap' }}>
        <button type="button" data-testid="catcher-add" disabled={targets.length === 0}
          title={targets.length === 0 ? 'No state to fall back to yet: add a catcher with a new Fail or Pass state' : `Catch States.ALL and go to “${fallback}” (change it below)`}
          onClick={() => { adding(); write('Add a catcher', [...catchers, { ErrorEquals: ['States.ALL'], Next: fallback }]); }}>Add new catcher</button>
        <button type="button" data-testid="catcher-add-fail" onClick={() => { adding(); createFallback('new', 'Fail'); }}>Add catcher → new Fail state</button>
        <button type="button" data-testid="catcher-add-pass" onClick={() => { adding(); createFallback('new', 'Pass'); }}>Add catcher → new Pass state</button>
      </div>
    </section>
  );
}
