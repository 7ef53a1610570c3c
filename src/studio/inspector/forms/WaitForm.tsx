import { useStateEditor } from '../StateEditorContext';
import { SelectField } from '../fields/SelectField';
import { StateNumber, StatePath, StateText } from '../fields/stateFields';
import { isJsonataExpression } from '../model/payload';

type WaitKind = 'Seconds' | 'Timestamp' | 'SecondsPath' | 'TimestampPath';

/** A value to start from when switching, so the state stays valid (exactly one field). */
const STARTERS: Record<WaitKind, unknown> = {
  Seconds: 10,
  Timestamp: '2030-01-01T00:00:00Z',
  SecondsPath: '$.waitSeconds',
  TimestampPath: '$.waitUntil',
};

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Wait: a fixed interval or a point in time, entered or taken from the input (or a JSONata expression). */
export function WaitForm() {
  const { state, name, language, commit } = useStateEditor();
  const kinds: WaitKind[] = language === 'JSONata' ? ['Seconds', 'Timestamp'] : ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];
  const current = (['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'] as const).find((k) => state[k] !== undefined);
  const labels: Record<WaitKind, string> = {
    Seconds: 'Wait for a fixed interval (Seconds)',
    Timestamp: 'Wait until a date and time (Timestamp)',
    SecondsPath: 'Interval from the state input (SecondsPath)',
    TimestampPath: 'Date and time from the state input (TimestampPath)',
  };
  return (
    <>
      <SelectField
        testId="WaitKind"
        label="Wait"
        value={current}
        options={kinds.map((k) => ({ value: k, label: labels[k] }))}
        onChange={(kind) => {
          if (!kind || kind === current) return;
          const ops = kinds.filter((k) => k !== kind).map((k) => ({ field: [k], value: undefined }));
          commit(`Wait by ${kind} in "${name}"`, [...ops, { field: [kind], value: STARTERS[kind as WaitKind] }]);
        }}
      />
      {current === 'Seconds' && <StateNumber field="Seconds" integer min={0} max={99999999} allowExpression={language === 'JSONata'} required />}
      {current === 'Timestamp' && (
        <StateText field="Timestamp" required
          validate={(t) => (TIMESTAMP.test(t) || (language === 'JSONata' && isJsonataExpression(t)) ? undefined : 'Enter an RFC 3339 timestamp, e.g. 2030-01-31T12:00:00Z.')} />
      )}
      {current === 'SecondsPath' && <StatePath field="SecondsPath" required />}
      {current === 'TimestampPath' && <StatePath field="TimestampPath" required />}
    </>
  );
}
