/**
 * Mocked responses per Task state (the n-th answer serves the n-th invocation, retries
 * included; the last repeats), defaults from the service catalog, and Step Functions Local
 * MockConfigFile import/export with test cases.
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { X } from 'lucide-react';
import type { MockResponse } from '../../interpreter/types';
import { useStudio } from '../StudioContext';
import { useRun } from './hooks';
import { useMocks, useWorkflowKey } from './useMocks';
import { defaultMockFor, taskStatesOf, type TaskInfo } from '../../run/defaultMocks';
import { exportMockConfig, importMockConfig, testCaseMocks } from '../../run/mockConfig';
import { downloadFile } from '../export/download';

function EntryEditor({ entry, index, onChange, onRemove, testId }: {
  entry: MockResponse; index: number; onChange: (next: MockResponse) => void; onRemove: () => void; testId: string;
}) {
  const isThrow = 'Throw' in entry;
  const [text, setText] = useState(() => ('Return' in entry ? JSON.stringify(entry.Return, null, 2) : '{}'));
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="run-mock-entry" data-testid={testId}>
      <select aria-label={`Answer ${index + 1}`} data-testid={`${testId}-kind`} value={isThrow ? 'throw' : 'return'}
        onChange={(e) => {
          if (e.target.value === 'throw') onChange({ Throw: { Error: 'States.TaskFailed', Cause: '' } });
          else {
            const parsed = safeParse(text);
            onChange({ Return: parsed.ok ? parsed.value : {} });
          }
        }}>
        <option value="return">#{index + 1} Return</option>
        <option value="throw">#{index + 1} Throw</option>
      </select>
      {isThrow ? (
        <div className="run-row">
          <input aria-label="Error" placeholder="Error" data-testid={`${testId}-error`} value={entry.Throw.Error ?? ''}
            onChange={(e) => onChange({ Throw: { ...entry.Throw, Error: e.target.value } })} />
          <input aria-label="Cause" placeholder="Cause" data-testid={`${testId}-cause`} value={entry.Throw.Cause ?? ''}
            onChange={(e) => onChange({ Throw: { ...entry.Throw, Cause: e.target.value } })} />
        </div>
      ) : (
        <div>
          <textarea className={`run-json${error ? ' invalid' : ''}`} rows={3} spellCheck={false} aria-label="Returned JSON"
            data-testid={`${testId}-return`} value={text}
            onChange={(e) => {
              setText(e.target.value);
              const parsed = safeParse(e.target.value);
              setError(parsed.ok ? null : parsed.error);
              if (parsed.ok) onChange({ Return: parsed.value });
            }} />
          {error && <p className="run-error">{error}</p>}
        </div>
      )}
      <button type="button" aria-label="Remove answer" title="Remove answer" onClick={onRemove}><X size={14} aria-hidden="true" /></button>
    </div>
  );
}

function safeParse(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

function StateMocksEditor({ task, list, onChange }: { task: TaskInfo; list: MockResponse[]; onChange: (next: MockResponse[]) => void }) {
  // Remount entries when the list is replaced from outside (reset, test case loaded).
  const [generation, setGeneration] = useState(0);
  return (
    <div className="run-mock" data-testid={`mock-${task.name}`}>
      <div className="run-row">
        <b>{task.name}</b>
        <small className="run-note">{task.resource || 'no resource'}{task.callback ? ' · callback' : ''}</small>
      </div>
      {list.length === 0 && (
        <p className="run-note">
          Not mocked: {task.callback ? 'the run waits for you to send task success or failure.' : 'the default-mock policy applies.'}
        </p>
      )}
      {list.map((entry, i) => (
        <EntryEditor key={`${generation}-${i}`} entry={entry} index={i} testId={`mock-${task.name}-${i}`}
          onChange={(next) => onChange(list.map((e, j) => (j === i ? next : e)))}
          onRemove={() => { setGeneration((g) => g + 1); onChange(list.filter((_, j) => j !== i)); }} />
      ))}
      <div className="run-row">
        <button type="button" data-testid={`mock-${task.name}-add`} onClick={() => onChange([...list, defaultMockFor(task.resource)])}>+ Answer</button>
        <button type="button" onClick={() => { setGeneration((g) => g + 1); onChange([defaultMockFor(task.resource)]); }}>Default</button>
        {list.length > 0 && <button type="button" onClick={() => { setGeneration((g) => g + 1); onChange([]); }}>Unmock</button>}
      </div>
    </div>
  );
}

export function MocksEditor() {
  const definition = useStudio((s) => s.definition);
  const workflow = useWorkflowKey();
  const { mocks, setMocks, resetMocks } = useMocks();
  const tasks = useMemo(() => taskStatesOf(definition), [definition]);
  const mockFile = useRun((s) => s.mockFile);
  const mockFileName = useRun((s) => s.mockFileName);
  const setMockFile = useRun((s) => s.setMockFile);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [exportName, setExportName] = useState('Default');
  const [resetCount, setResetCount] = useState(0);
  // Another workflow's mocks (or another tab's) replace the lists: entries remount with their text.
  const loads = useRun((s) => s.runDataLoads);

  async function onImport(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const imported = importMockConfig(await file.text());
    setImportErrors(imported.errors);
    if (imported.file) setMockFile(imported.file, file.name);
  }

  function onExport(): void {
    const file = exportMockConfig(workflow, exportName.trim() || 'Default', mocks, mockFile ?? undefined);
    setMockFile(file, mockFileName ?? 'MockConfigFile.json');
    downloadFile('MockConfigFile.json', `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  }

  const testCases = mockFile
    ? Object.entries(mockFile.StateMachines).flatMap(([machine, m]) => Object.keys(m.TestCases).map((name) => ({ machine, name })))
    : [];

  return (
    <div data-testid="mocks-editor" key={`${loads}-${resetCount}`}>
      <section className="run-section">
        <h3>MockConfigFile (Step Functions Local)</h3>
        <div className="run-row">
          <label className="run-row">
            Import <input type="file" accept=".json,application/json" data-testid="mock-import-file" onChange={(e) => void onImport(e)} />
          </label>
        </div>
        {mockFile && (
          <p className="run-note" data-testid="mock-file-info">
            {mockFileName}: {testCases.length} test case{testCases.length === 1 ? '' : 's'} — choose one at Start, or load one here to edit it.
          </p>
        )}
        {importErrors.length > 0 && <ul className="run-error" data-testid="mock-import-errors">{importErrors.map((m) => <li key={m}>{m}</li>)}</ul>}
        {testCases.map((tc) => (
          <button key={`${tc.machine}/${tc.name}`} type="button" data-testid={`mock-load-${tc.name}`}
            onClick={() => { setMocks({ ...Object.fromEntries(tasks.map((t) => [t.name, []])), ...testCaseMocks(mockFile!, tc.machine, tc.name) }); setResetCount((n) => n + 1); }}>
            Load {tc.name} into the editor
          </button>
        ))}
        <div className="run-row" style={{ marginTop: 6 }}>
          <input aria-label="Test case name" value={exportName} onChange={(e) => setExportName(e.target.value)} />
          <button type="button" data-testid="mock-export" onClick={onExport}>Export as test case</button>
        </div>
      </section>
      <section className="run-section">
        <h3>Per-state mocks</h3>
        <p className="run-note">Answers serve successive invocations (retries count); the last one repeats.</p>
        {tasks.length === 0 && <p className="run-note">This workflow has no Task states.</p>}
        {tasks.map((task) => (
          <StateMocksEditor key={task.id} task={task} list={mocks[task.name] ?? []}
            onChange={(next) => setMocks({ ...mocks, [task.name]: next })} />
        ))}
        {tasks.length > 0 && <button type="button" onClick={() => { resetMocks(); setResetCount((n) => n + 1); }}>Reset all to catalog defaults</button>}
      </section>
    </div>
  );
}
