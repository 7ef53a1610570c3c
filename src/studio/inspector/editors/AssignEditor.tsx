import { useState } from 'react';
import type { Diagnostic } from '../../../asl/types';
import { JsonField } from '../fields/JsonField';
import { TextField } from '../fields/TextField';
import { freeKey, readValue, renameKey, showValue, variableNameProblem } from '../model/assignValues';
import { validateAssign } from '../model/payload';

export interface AssignEditorProps {
  value: unknown;
  /** `undefined` removes Assign. */
  onCommit(value: Record<string, unknown> | undefined): void;
  testId: string;
  diagnostics?: readonly Diagnostic[];
}

/** Workflow variables (`Assign`) as a name/value list, or as JSON. */
export function AssignEditor({ value, onCommit, testId, diagnostics = [] }: AssignEditorProps) {
  const [asJson, setAsJson] = useState(false);
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const entries = Object.entries(record);
  const write = (next: Record<string, unknown>) => onCommit(Object.keys(next).length === 0 ? undefined : next);
  return (
    <div className="insp-group insp-assign" data-testid={testId}>
      <div className="insp-group-head">
        <h4>Variables (Assign)</h4>
        <label className="insp-check">
          <input type="checkbox" data-testid={`${testId}-as-json`} checked={asJson} onChange={(e) => setAsJson(e.target.checked)} /> Edit as JSON
        </label>
      </div>
      {asJson ? (
        <JsonField testId={`${testId}-json`} label="Assign" value={value} validate={validateAssign} diagnostics={diagnostics}
          onCommit={(v) => onCommit(v as Record<string, unknown> | undefined)} />
      ) : (
        <>
          {entries.map(([key, v], i) => (
            <div key={`${i}:${key}`} className="insp-row" data-testid={`${testId}-${i}`}>
              <TextField testId={`${testId}-${i}-name`} label="Name" value={key} required
                // The row is keyed by the name: a commit mid-typing would remount it and drop the focus.
                autoCommit={false}
                validate={(t) => variableNameProblem(t, entries.map(([k]) => k).filter((k) => k !== key))}
                onCommit={(t) => t && write(renameKey(record, key, t))} />
              <TextField testId={`${testId}-${i}-value`} label="Value" value={showValue(v)}
                onCommit={(t) => write({ ...record, [key]: readValue(t ?? '') })} />
              <button type="button" data-testid={`${testId}-${i}-remove`} aria-label={`Remove variable ${key}`}
                onClick={() => write(Object.fromEntries(entries.filter(([k]) => k !== key)))}>Remove</button>
            </div>
          ))}
          {diagnostics.map((d, i) => <p key={i} className={`insp-diagnostic sev-${d.severity}`}>{d.message}</p>)}
          <button type="button" data-testid={`${testId}-add`} onClick={() => write({ ...record, [freeKey(record)]: '' })}>Add variable</button>
          <p className="insp-hint">Values: text, JSON (numbers, true, objects, "quoted"), a path with a name ending in .$ (JSONPath), or {'{% … %}'} (JSONata).</p>
        </>
      )}
    </div>
  );
}
