/**
 * Start execution: name, input JSON (validated; saved with the workflow as it is typed),
 * mock source (per-state mocks or a MockConfigFile test case), default-mock policy, limits,
 * breakpoints, and Start.
 */
import { useMemo, useState } from 'react';
import type { DefaultMockPolicy } from '../../interpreter/types';
import { useStudio } from '../StudioContext';
import { useRun, useRunSession, nodeIdsOf } from './hooks';
import { useMocks, useWorkflowKey } from './useMocks';
import { decodeStatePath } from '../../asl/paths';
import { resolvePlaceholders } from '../../sam/resolve';
import { uniqueName } from '../../workspace/names';
import { initialPlaceholderValues, PlaceholderFields } from './PlaceholderFields';
import { defaultInputFor, scenariosFor, type SampleScenario } from '../sampleWorkflow';
import { defaultStateMocks, mocksToSend } from '../../run/defaultMocks';

const POLICIES: { id: DefaultMockPolicy; label: string }[] = [
  { id: 'fail', label: 'Fail with a clear error' },
  { id: 'empty', label: 'Return {}' },
  { id: 'input', label: 'Return the task input' },
];

function parseJson(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

/** run-YYYYMMDD-HHMMSS, made distinct from the session's runs (two runs in one second: …-2). */
function autoName(taken: readonly string[]): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return uniqueName(`run-${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`, taken);
}

export function StartForm({ onStarted }: { onStarted: () => void }) {
  const session = useRunSession();
  const workflow = useWorkflowKey();
  const definition = useStudio((s) => s.definition);
  const textValid = useStudio((s) => s.textValid);
  const { mocks, setMocks } = useMocks();
  const mockFile = useRun((s) => s.mockFile);
  const testCase = useRun((s) => s.testCase);
  const setTestCase = useRun((s) => s.setTestCase);
  const policy = useRun((s) => s.defaultPolicy);
  const setPolicy = useRun((s) => s.setDefaultPolicy);
  const breakpoints = useRun((s) => s.breakpoints);
  const toggleBreakpoint = useRun((s) => s.toggleBreakpoint);
  const [name, setName] = useState('');
  // The input is saved with the workflow as it is typed; until edited, the workflow's default.
  const typedInput = useRun((s) => s.input);
  const setInput = useRun((s) => s.setInput);
  const input = useMemo(() => typedInput ?? defaultInputFor(definition), [typedInput, definition]);
  const scenarios = useMemo(() => scenariosFor(definition), [definition]);
  const limits = useRun((s) => s.limits);
  const setLimits = useRun((s) => s.setLimits);
  const { maxTransitions = '', maxEvents = '', startPaused = false } = limits;
  const settings = useStudio((s) => s.settings);
  const [placeholderEdits, setPlaceholderEdits] = useState<Record<string, string>>({});
  const placeholderValues = useMemo(() => ({ ...initialPlaceholderValues(definition, settings), ...placeholderEdits }), [definition, settings, placeholderEdits]);
  const parsed = useMemo(() => parseJson(input), [input]);
  const nodeIds = useMemo(() => nodeIdsOf(definition), [definition]);
  const limitError = [maxTransitions, maxEvents].some((v) => v !== '' && !(Number.isInteger(Number(v)) && Number(v) > 0))
    ? 'Limits must be positive whole numbers.' : undefined;

  function start(): void {
    if (parsed.error !== undefined || limitError) return;
    const shorthand = mocksToSend(definition, mocks);
    const mocked = Object.keys(shorthand).length;
    const useFile = testCase !== null && mockFile !== null;
    const filled = Object.fromEntries(Object.entries(placeholderValues).filter(([, v]) => v !== ''));
    session.start({
      definition: Object.keys(filled).length > 0 ? resolvePlaceholders(definition, filled) : definition,
      input: parsed.value,
      name: name.trim() || autoName(session.store.getState().runs.map((r) => r.name)),
      workflow,
      mocks: useFile ? mockFile : shorthand,
      ...(useFile ? { testCase: testCase.name, stateMachineName: testCase.machine } : {}),
      mockLabel: useFile ? `test case ${testCase.name}` : `${mocked} mocked state${mocked === 1 ? '' : 's'}`,
      defaultPolicy: policy,
      breakpoints,
      ...(maxTransitions !== '' ? { maxTransitions: Number(maxTransitions) } : {}),
      ...(maxEvents !== '' ? { maxEvents: Number(maxEvents) } : {}),
      startPaused,
    });
    onStarted();
  }

  function applyScenario(scenario: SampleScenario): void {
    setInput(JSON.stringify(scenario.input, null, 2));
    setMocks({ ...defaultStateMocks(definition), ...scenario.mocks });
  }

  const testCases = mockFile
    ? Object.entries(mockFile.StateMachines).flatMap(([machine, m]) => Object.keys(m.TestCases).map((tc) => ({ machine, name: tc })))
    : [];

  return (
    <form className="run-start" onSubmit={(e) => { e.preventDefault(); start(); }}>
      {!textValid && <p className="run-error">The code has errors: the run uses the last valid definition.</p>}
      {scenarios.length > 0 && (
        <div className="run-field" role="group" aria-labelledby="run-scenarios-label">
          <span id="run-scenarios-label">Scenarios (set the input and the mocks)</span>
          <div className="run-row">
            {scenarios.map((s) => (
              <button key={s.name} type="button" data-testid={`run-scenario-${s.name}`} title={s.description} onClick={() => applyScenario(s)}>{s.name}</button>
            ))}
          </div>
        </div>
      )}
      <label className="run-field">
        <span>Execution name (optional)</span>
        <input data-testid="run-name" value={name} placeholder="generated when empty" onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="run-field">
        <span>Input (JSON)</span>
        <textarea data-testid="run-input" className={`run-json${parsed.error ? ' invalid' : ''}`} value={input} spellCheck={false}
          aria-invalid={parsed.error !== undefined} onChange={(e) => setInput(e.target.value)} rows={6} />
      </label>
      {parsed.error && <p className="run-error" data-testid="run-input-error">Input is not valid JSON: {parsed.error}</p>}
      <label className="run-field">
        <span>Mocked responses</span>
        <select data-testid="run-test-case" value={testCase ? `${testCase.machine}\u0000${testCase.name}` : ''}
          onChange={(e) => {
            const [machine, tc] = e.target.value.split('\u0000');
            setTestCase(machine !== undefined && tc !== undefined ? { machine, name: tc } : null);
          }}>
          <option value="">Per-state mocks (Mocks tab)</option>
          {testCases.map((tc) => (
            <option key={`${tc.machine}/${tc.name}`} value={`${tc.machine}\u0000${tc.name}`}>MockConfigFile test case: {tc.machine} / {tc.name}</option>
          ))}
        </select>
      </label>
      <label className="run-field">
        <span>Task with no mock</span>
        <select data-testid="run-default-policy" value={policy} onChange={(e) => setPolicy(e.target.value as DefaultMockPolicy)}>
          {POLICIES.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
      </label>
      <PlaceholderFields definition={definition} values={placeholderValues}
        onChange={(name, value) => setPlaceholderEdits((edits) => ({ ...edits, [name]: value }))} />
      <details className="run-section">
        <summary>Limits and stepping</summary>
        <label className="run-field">
          <span>Max state transitions (runaway guard, default 1,000,000)</span>
          <input data-testid="run-max-transitions" inputMode="numeric" value={maxTransitions} onChange={(e) => setLimits({ maxTransitions: e.target.value })} />
        </label>
        <label className="run-field">
          <span>Max history events (default 25,000 as in the service)</span>
          <input data-testid="run-max-events" inputMode="numeric" value={maxEvents} onChange={(e) => setLimits({ maxEvents: e.target.value })} />
        </label>
        <label className="run-row">
          <input type="checkbox" data-testid="run-start-paused" checked={startPaused} onChange={(e) => setLimits({ startPaused: e.target.checked })} />
          Start paused (step from the first state)
        </label>
      </details>
      {limitError && <p className="run-error">{limitError}</p>}
      <details className="run-section" data-testid="run-breakpoints">
        <summary>Breakpoints ({breakpoints.length})</summary>
        <p className="run-note">The run pauses when it enters a marked state.</p>
        {nodeIds.map((id) => {
          const path = decodeStatePath(id);
          const label = String(path[path.length - 1]);
          return (
            <label key={id} className="run-row" style={{ paddingLeft: (path.length - 1) * 8 }}>
              <input type="checkbox" data-testid={`breakpoint-${label}`} checked={breakpoints.includes(id)} onChange={() => toggleBreakpoint(id)} />
              {label}
            </label>
          );
        })}
      </details>
      <button type="submit" className="primary" data-testid="run-start" disabled={parsed.error !== undefined || limitError !== undefined}>
        Start execution
      </button>
    </form>
  );
}
