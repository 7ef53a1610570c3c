import type { Retrier } from '../../../asl/types';
import { useStateEditor } from '../StateEditorContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { ErrorEqualsEditor } from './ErrorEqualsEditor';
import { ListControls, moveItem } from './ListControls';
import { useFocusAdded } from './useFocusAdded';

/** A new retrier, as Workflow Studio adds one (AWS defaults written out). */
const NEW_RETRIER: Retrier = { ErrorEquals: ['States.ALL'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 2 };

/** Retry: ordered retriers (add, reorder, remove), each with errors, interval, attempts, backoff, max delay, jitter. */
export function RetryEditor() {
  const { state, name, commit, diagnosticsFor } = useStateEditor();
  const retriers: Retrier[] = Array.isArray(state.Retry) ? (state.Retry as Retrier[]) : [];
  const { list, adding } = useFocusAdded<HTMLOListElement>(retriers.length);
  const write = (label: string, next: Retrier[]) => commit(`${label} of "${name}"`, [{ field: ['Retry'], value: next.length ? next : undefined }]);
  const setField = (i: number, key: keyof Retrier, value: unknown) => {
    const { [key]: _old, ...rest } = retriers[i] as Retrier;
    write(`Edit retrier ${i + 1}`, retriers.map((r, j) => (j === i ? ((value === undefined ? rest : { ...r, [key]: value }) as Retrier) : r)));
  };
  return (
    <section className="insp-group" data-testid="retry">
      <h4>Retry</h4>
      <ol className="insp-cards" ref={list}>
        {retriers.map((r, i) => {
          const testId = `retrier-${i}`;
          return (
            <li key={i} className="insp-card" data-testid={testId}>
              <div className="insp-card-head">
                <b>Retrier #{i + 1}</b>
                <ListControls testId={testId} index={i} count={retriers.length} noun="retrier"
                  onMove={(from, to) => write(`Move retrier ${from + 1}`, moveItem(retriers, from, to))}
                  onRemove={(index) => write(`Remove retrier ${index + 1}`, retriers.filter((_, j) => j !== index))} />
              </div>
              <ErrorEqualsEditor testId={`${testId}-errors`} value={Array.isArray(r.ErrorEquals) ? r.ErrorEquals : []} onChange={(v) => setField(i, 'ErrorEquals', v)} />
              <NumberField testId={`${testId}-IntervalSeconds`} label="Interval (seconds)" integer min={1} max={99999999} value={r.IntervalSeconds} placeholder="1"
                diagnostics={diagnosticsFor(['Retry', i, 'IntervalSeconds'])} onCommit={(v) => setField(i, 'IntervalSeconds', v)} />
              <NumberField testId={`${testId}-MaxAttempts`} label="Max attempts" integer min={0} max={99999999} value={r.MaxAttempts} placeholder="3"
                diagnostics={diagnosticsFor(['Retry', i, 'MaxAttempts'])} onCommit={(v) => setField(i, 'MaxAttempts', v)} />
              <NumberField testId={`${testId}-BackoffRate`} label="Backoff rate" min={1} value={r.BackoffRate} placeholder="2.0"
                diagnostics={diagnosticsFor(['Retry', i, 'BackoffRate'])} onCommit={(v) => setField(i, 'BackoffRate', v)} />
              <NumberField testId={`${testId}-MaxDelaySeconds`} label="Max delay (seconds)" integer min={1} max={31622400} value={r.MaxDelaySeconds}
                diagnostics={diagnosticsFor(['Retry', i, 'MaxDelaySeconds'])} onCommit={(v) => setField(i, 'MaxDelaySeconds', v)} />
              <SelectField testId={`${testId}-JitterStrategy`} label="Jitter" value={r.JitterStrategy} emptyLabel="Default (NONE)"
                options={[{ value: 'FULL', label: 'FULL' }, { value: 'NONE', label: 'NONE' }]} onChange={(v) => setField(i, 'JitterStrategy', v)} />
              <TextField testId={`${testId}-Comment`} label="Comment" value={r.Comment} onCommit={(v) => setField(i, 'Comment', v)} />
              {diagnosticsFor(['Retry', i, 'ErrorEquals']).map((d, k) => <p key={k} className={`insp-diagnostic sev-${d.severity}`}>{d.message}</p>)}
            </li>
          );
        })}
      </ol>
      <button type="button" data-testid="retrier-add" onClick={() => { adding(); write('Add a retrier', [...retriers, NEW_RETRIER]); }}>Add new retrier</button>
    </section>
  );
}
