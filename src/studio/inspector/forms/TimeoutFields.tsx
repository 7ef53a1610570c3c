import { useStateEditor } from '../StateEditorContext';
import { StateNumber, StatePath } from '../fields/stateFields';

/** Task timeout and heartbeat: seconds (or a JSONata expression), or a path in JSONPath states. */
export function TimeoutFields() {
  const { language } = useStateEditor();
  const jsonata = language === 'JSONata';
  return (
    <section className="insp-group" data-testid="timeouts">
      <h4>Timeout and heartbeat</h4>
      <StateNumber field="TimeoutSeconds" label="Timeout (TimeoutSeconds)" integer min={1} max={99999999} allowExpression={jsonata} />
      {!jsonata && <StatePath field="TimeoutSecondsPath" />}
      <StateNumber field="HeartbeatSeconds" label="Heartbeat (HeartbeatSeconds)" integer min={1} max={99999999} allowExpression={jsonata}
        hint="Must be smaller than the timeout." />
      {!jsonata && <StatePath field="HeartbeatSecondsPath" />}
    </section>
  );
}
