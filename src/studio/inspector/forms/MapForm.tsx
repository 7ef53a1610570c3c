import type { MapState } from '../../../asl/types';
import { useStateEditor } from '../StateEditorContext';
import { SelectField } from '../fields/SelectField';
import { StateJson, StateNumber, StatePath } from '../fields/stateFields';
import { isJsonataExpression, validatePayload } from '../model/payload';
import { DistributedMapFields } from './DistributedMapFields';
import { ExtractParameters } from './ExtractParameters';

/** Map: item source, ItemSelector, concurrency, processing mode (inline/distributed) and its settings. */
export function MapForm() {
  const { state, name, language, commit } = useStateEditor();
  const map = state as MapState;
  const legacy = !map.ItemProcessor && map.Iterator !== undefined;
  const mode = map.ItemProcessor?.ProcessorConfig?.Mode ?? 'INLINE';
  const jsonata = language === 'JSONata';
  const setMode = (next: string | undefined) => {
    if (!next || next === mode) return;
    const config = ['ItemProcessor', 'ProcessorConfig'];
    commit(`Make "${name}" ${next.toLowerCase()}`, next === 'DISTRIBUTED'
      ? [{ field: [...config, 'Mode'], value: 'DISTRIBUTED' }, { field: [...config, 'ExecutionType'], value: map.ItemProcessor?.ProcessorConfig?.ExecutionType ?? 'STANDARD' }]
      : [{ field: [...config, 'Mode'], value: 'INLINE' }, { field: [...config, 'ExecutionType'], value: undefined }]);
  };
  return (
    <>
      <SelectField testId="ProcessorConfig-Mode" label="Processing mode" value={mode} disabled={legacy}
        hint={legacy ? 'This Map uses the legacy Iterator field (always inline).' : undefined}
        options={[{ value: 'INLINE', label: 'Inline' }, { value: 'DISTRIBUTED', label: 'Distributed (child workflow executions)' }]}
        onChange={setMode} />
      {jsonata
        ? <StateJson field="Items" rows={3} hint="A JSON array or a {% … %} expression giving one."
            validate={(v) => (Array.isArray(v) || isJsonataExpression(v) ? undefined : 'Enter a JSON array or a "{% … %}" expression string.')} />
        : <StatePath field="ItemsPath" hint="Where the items array is in the state input (default $)." />}
      <StateJson field="ItemSelector" rows={6} validate={(v) => validatePayload(v, language)} hint="Reshapes each item before it is processed." />
      {map.Parameters !== undefined && <StateJson field="Parameters" label="Parameters (legacy ItemSelector)" rows={4} validate={(v) => validatePayload(v, 'JSONPath')} />}
      <StateNumber field="MaxConcurrency" integer min={0} allowExpression={jsonata} hint="0 = no limit." />
      {!jsonata && <StatePath field="MaxConcurrencyPath" />}
      {mode === 'DISTRIBUTED' && <DistributedMapFields />}
      {/* The ItemReader / ResultWriter buckets and ARNs the export would make parameters. */}
      <ExtractParameters />
    </>
  );
}
