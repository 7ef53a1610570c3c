/**
 * The inspector's "Test state" tab (loaded when first opened): the selected state run on its own
 * the way the AWS TestState API runs it — typed input and variables, a mocked result or error for
 * Task/Map/Parallel, the retry count, the inspection level — and the answer: status, next state,
 * output, error and cause, and at DEBUG/TRACE every data-flow stage. Problems sit on their field.
 */
import { useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { encodeStatePath } from '../../../asl/paths';
import type { InspectionData, InspectionLevel, TestStateResponse } from '../../../teststate/types';
import { useStudioStore } from '../../StudioContext';
import { useRunSession } from '../../run/hooks';
import { JsonView } from '../../run/JsonView';
import { useStateEditor } from '../StateEditorContext';
import { defaultForm, innerStateNames, readsItems, takesMock, takesRetryCount, type FormField, type FormProblems, type TestStateForm } from './testStateForm';
import { testStateStoreFor } from './testStateStore';
import { formFor } from './testStateForms';
import { runTestState } from './testStateActions';
import './testState.css';

/** inspectionData members in data-flow order (AWS TestState "InspectionData"). */
const STAGES: { key: keyof InspectionData; label: string }[] = [
  { key: 'input', label: 'Input' },
  { key: 'afterInputPath', label: 'After InputPath' },
  { key: 'afterItemsPath', label: 'After ItemsPath' },
  { key: 'afterParameters', label: 'After Parameters' },
  { key: 'afterArguments', label: 'After Arguments' },
  { key: 'request', label: 'HTTP request' },
  { key: 'response', label: 'HTTP response' },
  { key: 'result', label: 'Result' },
  { key: 'afterResultSelector', label: 'After ResultSelector' },
  { key: 'afterResultPath', label: 'After ResultPath' },
  { key: 'variables', label: 'Variables' },
  { key: 'errorDetails', label: 'Error details' },
  { key: 'maxConcurrency', label: 'MaxConcurrency' },
  { key: 'toleratedFailureCount', label: 'ToleratedFailureCount' },
  { key: 'toleratedFailurePercentage', label: 'ToleratedFailurePercentage' },
];

const LEVELS: { value: InspectionLevel; hint: string }[] = [
  { value: 'INFO', hint: 'status, output, next state' },
  { value: 'DEBUG', hint: '+ every data-flow stage' },
  { value: 'TRACE', hint: '+ the HTTP request and response of an HTTP Task' },
];

function Problem({ field, problems }: { field: FormField; problems: FormProblems | undefined }) {
  const message = problems?.[field];
  return message ? <p className="insp-error" role="alert" data-testid={`ts-${field}-error`}>{message}</p> : null;
}

function Row({ label, field, problems, hint, children }: { label: string; field: FormField; problems: FormProblems | undefined; hint?: string | undefined; children: ReactNode }) {
  return (
    <div className="insp-field" data-testid={`ts-row-${field}`}>
      <label>
        <span className="insp-label">{label}</span>
        {children}
      </label>
      {hint && <p className="insp-hint">{hint}</p>}
      <Problem field={field} problems={problems} />
    </div>
  );
}

function Answer({ response, onNext }: { response: TestStateResponse; onNext(name: string): void }) {
  const data = response.inspectionData;
  return (
    <div className="ts-answer" data-testid="ts-answer">
      <div className="ts-answer-head">
        <span className="ts-status" data-status={response.status} data-testid="ts-status">{response.status}</span>
        {response.nextState !== undefined && (
          <button type="button" data-testid="ts-next" title="Select the next state and test it with this output" onClick={() => onNext(response.nextState!)}>
            Next: {response.nextState} →
          </button>
        )}
        {response.nextState === undefined && response.status === 'SUCCEEDED' && <span className="insp-hint">End of the workflow</span>}
      </div>
      {response.error !== undefined && (
        <p className="ts-error" data-testid="ts-error"><strong>{response.error}</strong>{response.cause !== undefined && <>: <span data-testid="ts-cause">{response.cause}</span></>}</p>
      )}
      {response.output !== undefined && (
        <div className="ts-stage">
          <span className="insp-label">Output</span>
          <JsonView value={response.output} testId="ts-output" />
        </div>
      )}
      {data && (
        <div className="ts-stages" data-testid="ts-inspection">
          <span className="insp-label">Inspection data</span>
          {STAGES.filter((s) => data[s.key] !== undefined).map((s) => (
            <details key={s.key} open className="ts-stage" data-testid={`ts-stage-${s.key}`}>
              <summary>{s.label}</summary>
              <JsonView value={data[s.key]} />
            </details>
          ))}
        </div>
      )}
    </div>
  );
}

export default function TestStatePanel() {
  const { definition, path, name, state } = useStateEditor();
  const studio = useStudioStore();
  const session = useRunSession();
  const store = testStateStoreFor(studio);
  const id = encodeStatePath(path);
  const typed = useStore(store, (s) => s.forms[id]);
  const answer = useStore(store, (s) => s.answers[id]);
  const running = useStore(store, (s) => s.running === id);
  // The first form of a state starts from the input of the last run that reached it.
  const initial = useMemo(() => formFor(store, id, session.store.getState().runs), [store, id, session]);
  const form = typed ?? initial;
  const stateJson = useMemo(() => JSON.stringify(state), [state]);
  const change = (patch: Partial<TestStateForm>) => store.getState().setForm(id, { ...form, ...patch });
  const run = () => void runTestState(store, { id, name, state, stateJson, definition }, form);
  const problems = answer?.problems;
  const stale = answer?.response !== undefined && answer.stateJson !== stateJson;
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      run();
    }
  };

  const next = (nextName: string) => {
    const nextId = encodeStatePath([...path.slice(0, -1), nextName]);
    // The next state is tested with this state's output, as the workflow would pass it on.
    const output = answer?.response?.output;
    if (output !== undefined) store.getState().setForm(nextId, { ...(store.getState().forms[nextId] ?? defaultForm()), input: JSON.stringify(output, null, 2) });
    studio.getState().select([nextId]);
  };

  return (
    <div className="ts-panel" data-testid="test-state" onKeyDown={onKeyDown}>
      <p className="insp-hint">Runs this state alone, as the AWS TestState API does: nothing else in the workflow runs.</p>
      <Row label="Input" field="input" problems={problems} hint={typed === undefined && initial.input !== '{}' ? 'From the last run that reached this state.' : undefined}>
        <textarea className="insp-json" data-testid="ts-input" spellCheck={false} rows={Math.min(10, form.input.split('\n').length + 1)}
          aria-invalid={problems?.input ? true : undefined} value={form.input} onChange={(e) => change({ input: e.target.value })} />
      </Row>
      <Row label="Variables" field="variables" problems={problems} hint="Optional: the workflow variables the state sees (JSON object).">
        <textarea className="insp-json" data-testid="ts-variables" spellCheck={false} rows={2} placeholder='{"orderId": "A-1"}'
          aria-invalid={problems?.variables ? true : undefined} value={form.variables} onChange={(e) => change({ variables: e.target.value })} />
      </Row>
      <Row label="Context" field="context" problems={problems} hint="Optional: the context object ($$) the state sees; empty: generated as AWS does (Execution, State, StateMachine).">
        <textarea className="insp-json" data-testid="ts-context" spellCheck={false} rows={Math.min(8, form.context.split('\n').length + 1)} placeholder='{"Execution": {"Name": "order-7"}}'
          aria-invalid={problems?.context ? true : undefined} value={form.context} onChange={(e) => change({ context: e.target.value })} />
      </Row>
      {readsItems(state) && (
        <Row label="Items the ItemReader read" field="readerData" problems={problems} hint="Optional: the data as found in its source (JSON array); empty: no items.">
          <textarea className="insp-json" data-testid="ts-reader-data" spellCheck={false} rows={Math.min(8, form.readerData.split('\n').length + 1)} placeholder='[{"id": 1}, {"id": 2}]'
            aria-invalid={problems?.readerData ? true : undefined} value={form.readerData} onChange={(e) => change({ readerData: e.target.value })} />
        </Row>
      )}
      {takesMock(state.Type) && (
        <fieldset className="ts-mock" data-testid="ts-mock">
          <legend className="insp-label">Mocked {state.Type === 'Task' ? 'task' : state.Type} answer</legend>
          <div className="ts-choice" role="radiogroup">
            <label className="insp-check"><input type="radio" name={`ts-mock-${id}`} data-testid="ts-mock-result" checked={form.mock === 'result'} onChange={() => change({ mock: 'result' })} /> Result</label>
            <label className="insp-check"><input type="radio" name={`ts-mock-${id}`} data-testid="ts-mock-error" checked={form.mock === 'error'} onChange={() => change({ mock: 'error' })} /> Error</label>
          </div>
          {form.mock === 'result' ? (
            <>
              <Row label={state.Type === 'Task' ? 'Result' : 'Result (an array: one item per iteration or branch)'} field="result" problems={problems}>
                <textarea className="insp-json" data-testid="ts-result" spellCheck={false} rows={Math.min(10, form.result.split('\n').length + 1)}
                  aria-invalid={problems?.result ? true : undefined} value={form.result} onChange={(e) => change({ result: e.target.value })} />
              </Row>
              {state.Type === 'Task' && (
                <label className="insp-field">
                  <span className="insp-label">Field validation</span>
                  <select data-testid="ts-validation" value={form.validation} onChange={(e) => change({ validation: e.target.value as TestStateForm['validation'] })}>
                    <option value="STRICT">STRICT: the service's response shape, required fields too</option>
                    <option value="PRESENT">PRESENT: only the fields given are checked</option>
                    <option value="NONE">NONE: any JSON</option>
                  </select>
                </label>
              )}
            </>
          ) : (
            <>
              <Row label="Error" field="error" problems={problems}>
                <input type="text" data-testid="ts-error-name" placeholder="States.TaskFailed" value={form.error} onChange={(e) => change({ error: e.target.value })} />
              </Row>
              <Row label="Cause" field="cause" problems={problems}>
                <input type="text" data-testid="ts-cause-text" value={form.cause} onChange={(e) => change({ cause: e.target.value })} />
              </Row>
              {state.Type !== 'Task' && (
                <Row label="Raised by" field="causedBy" problems={problems} hint={`Optional: the state inside the ${state.Type} the error came from.`}>
                  <select data-testid="ts-caused-by" value={form.causedBy} aria-invalid={problems?.causedBy ? true : undefined} onChange={(e) => change({ causedBy: e.target.value })}>
                    <option value="">(not given)</option>
                    {[...new Set([...innerStateNames(state), ...(form.causedBy !== '' ? [form.causedBy] : [])])].map((n) => <option key={n} value={n}>{n}</option>)}
                  </select>
                </Row>
              )}
            </>
          )}
          {takesRetryCount(state.Type) && (
            <Row label="Retries already made" field="retryCount" problems={problems} hint="How many times the matching retrier has retried (decides RETRIABLE or not).">
              <input type="number" min={0} data-testid="ts-retry-count" value={form.retryCount} onChange={(e) => change({ retryCount: e.target.value })} />
            </Row>
          )}
          {state.Type === 'Map' && (
            <Row label="Failed iterations" field="iterationFailures" problems={problems} hint="How many iterations failed (checked against ToleratedFailureCount/Percentage).">
              <input type="number" min={0} data-testid="ts-iteration-failures" value={form.iterationFailures} onChange={(e) => change({ iterationFailures: e.target.value })} />
            </Row>
          )}
        </fieldset>
      )}
      <label className="insp-field">
        <span className="insp-label">Inspection level</span>
        <select data-testid="ts-level" value={form.level} onChange={(e) => change({ level: e.target.value as InspectionLevel })}>
          {LEVELS.map((l) => <option key={l.value} value={l.value}>{l.value}: {l.hint}</option>)}
        </select>
      </label>
      {form.level === 'TRACE' && state.Type === 'Task' && (
        <p className="insp-hint" data-testid="ts-trace-note">
          Offline nothing is sent: an HTTP Task&apos;s request is built from its arguments and the response from the mocked result.
          Headers its EventBridge connection adds (the authorization) are not known here and are not shown.
        </p>
      )}
      <div className="ts-actions">
        <button type="button" className="primary" data-testid="ts-run" disabled={running} onClick={run}>{running ? 'Testing…' : 'Test state'}</button>
        <span className="insp-hint">Ctrl+Enter</span>
        {answer?.ms !== undefined && <span className="insp-hint" data-testid="ts-ms">{answer.ms < 1 ? '<1' : Math.round(answer.ms)} ms</span>}
      </div>
      <Problem field="request" problems={problems} />
      {stale && <p className="insp-hint ts-stale" data-testid="ts-stale">The state changed since this test: run it again.</p>}
      {answer?.response && <Answer response={answer.response} onNext={next} />}
    </div>
  );
}
