import { useDeferredValue } from 'react';
import { deepEqual } from '../../../asl';
import { diagnosticsOf } from '../../../store/derived';
import { useStudio, useStudioStore } from '../../StudioContext';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { applyFieldOps } from '../model/documentEdits';

/** The workflow's own fields, shown when no state is selected: Comment, StartAt, QueryLanguage, TimeoutSeconds, Version. */
export function WorkflowForm() {
  const store = useStudioStore();
  const def = useStudio((s) => s.definition);
  // Validating a large workflow must not hold up the canvas's first render: messages follow deferred.
  const deferred = useDeferredValue(def);
  useStudio((s) => s.validationEpoch);
  const diagnostics = diagnosticsOf(deferred);
  const about = (field: string) => diagnostics.filter((d) => d.path.length === 1 && d.path[0] === field);
  const set = (field: string) => (value: unknown) => {
    if (deepEqual(store.getState().definition[field], value)) return;
    store.getState().edit(`Edit workflow ${field}`, (d) => applyFieldOps(d, [], [{ field: [field], value }]), 'inspector');
  };
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return (
    <div className="insp-workflow" data-testid="inspector-workflow">
      <header className="insp-header"><span className="insp-type">Workflow</span></header>
      <p className="insp-hint">Select a state on the canvas to edit it.</p>
      <TextField testId="workflow-Comment" label="Comment" multiline value={str(def.Comment)} diagnostics={about('Comment')} onCommit={set('Comment')} />
      <SelectField testId="workflow-StartAt" label="Start at" value={str(def.StartAt)} diagnostics={about('StartAt')}
        options={Object.keys(def.States ?? {}).map((s) => ({ value: s, label: s }))} onChange={(v) => v && set('StartAt')(v)} />
      <SelectField testId="workflow-QueryLanguage" label="Query language" value={str(def.QueryLanguage)} emptyLabel="JSONPath (default)"
        diagnostics={about('QueryLanguage')} options={[{ value: 'JSONPath', label: 'JSONPath' }, { value: 'JSONata', label: 'JSONata' }]} onChange={set('QueryLanguage')} />
      <NumberField testId="workflow-TimeoutSeconds" label="Timeout (TimeoutSeconds)" integer min={1} max={99999999} value={def.TimeoutSeconds}
        diagnostics={about('TimeoutSeconds')} onCommit={set('TimeoutSeconds')} />
      <TextField testId="workflow-Version" label="ASL version" value={str(def.Version)} placeholder="1.0" diagnostics={about('Version')} onCommit={set('Version')} />
    </div>
  );
}
