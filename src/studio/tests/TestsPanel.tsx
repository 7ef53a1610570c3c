/**
 * The Tests tab of Run mode (loaded when first opened): the workflow's test cases, Run all / run
 * one (in a worker), pass or fail with expected against actual, a case's run opened in the Run
 * views, a run saved as a case, coverage (summary, what is missing, the canvas overlay), the test
 * file in an editor with its schema, import and export.
 */
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Check, Circle, Ellipsis, X } from 'lucide-react';
import { useStudio, useStudioStore } from '../StudioContext';
import { useActiveRun, useRunSession } from '../run/hooks';
import { workflowKey } from '../run/useMocks';
import { useFileSession, useFileStatus } from '../files/FileSessionContext';
import { downloadFile } from '../export/download';
import { suiteOf } from '../../testing/studioSuite';
import type { Coverage, CoverageGroup } from '../../run/coverage';
import type { CaseSuggestion } from '../../testing/suggest';
import { addSuggestedCase, deleteTestCase, exportedTestFile, importTestFile, runCases, saveRunAsTestCase } from './testsActions';
import { testsStoreFor, type CaseOutcome } from './testsStore';
import './tests.css';

const TestFileEditor = lazy(() => import('../../editor/TestFileEditor'));

function ratio(group: CoverageGroup): string {
  return `${group.covered}/${group.total}`;
}

function DiffLines({ lines }: { lines: string[] }) {
  return (
    <pre className="run-pre tests-diff" data-testid="test-diff">
      {lines.map((line, i) => <span key={i} className={line.startsWith('- ') ? 'minus' : line.startsWith('+ ') ? 'plus' : undefined}>{line}{'\n'}</span>)}
    </pre>
  );
}

function CaseDetails({ outcome }: { outcome: CaseOutcome }) {
  if (outcome.passed) return <p className="run-ok"><Check size={13} aria-hidden="true" /> Every expectation holds ({outcome.status}).</p>;
  return (
    <ul className="tests-mismatches" data-testid="test-mismatches">
      {outcome.mismatches.map((m, i) => (
        <li key={i}>
          <span data-testid="test-mismatch">{m.message}</span>
          {m.diff && m.diff.length > 0 && <DiffLines lines={m.diff} />}
        </li>
      ))}
    </ul>
  );
}

export default function TestsPanel({ onOpenRun }: { onOpenRun: () => void }) {
  const studio = useStudioStore();
  const store = testsStoreFor(studio);
  const text = useStore(store, (s) => s.text);
  const results = useStore(store, (s) => s.results);
  const resultsFor = useStore(store, (s) => s.resultsFor);
  const coverage = useStore(store, (s) => s.coverage);
  const overlay = useStore(store, (s) => s.overlay);
  const running = useStore(store, (s) => s.running);
  const problem = useStore(store, (s) => s.problem);
  const openCase = useStore(store, (s) => s.openCase);
  const definition = useStudio((s) => s.definition);
  const workflowName = useStudio((s) => s.settings.name);
  const session = useRunSession();
  const activeRun = useActiveRun();
  const fileSession = useFileSession();
  const dropped = useFileStatus((s) => s.droppedTests);
  const [importProblems, setImportProblems] = useState<string[]>([]);
  const [editing, setEditing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const suite = useMemo(() => suiteOf(text), [text]);
  const cases = suite?.tests ?? [];
  const stale = resultsFor !== null && resultsFor !== definition;
  const finishedRun = activeRun && activeRun.status !== 'RUNNING' && activeRun.events.length > 0 ? activeRun : undefined;
  const failed = cases.filter((c) => results[c.name] && !results[c.name]!.passed).length;
  const passed = cases.filter((c) => results[c.name]?.passed).length;
  const missing = useMemo(() => (coverage
    ? [...coverage.states.items, ...coverage.transitions.items, ...coverage.retriers.items, ...coverage.bodies.items].filter((i) => !i.covered)
    : []), [coverage]);
  // What to add for each missing item, and the case ready to add in one click. Found by running
  // candidate cases on the engine (loaded with the suggestions), so it arrives a moment later.
  const [found, setFound] = useState<{ for: Coverage | null; suggestions: Map<string, CaseSuggestion> }>({ for: null, suggestions: new Map() });
  useEffect(() => {
    if (!coverage || missing.length === 0) return;
    let live = true;
    const runs = Object.values(results).map((r) => ({ name: r.name, events: r.events }));
    void import('../../testing/suggest')
      .then((m) => m.suggestCases(resultsFor ?? definition, suite, missing, runs))
      .then((list) => {
        if (live) setFound({ for: coverage, suggestions: new Map(list.map((s) => [s.itemId, s])) });
      }, () => undefined);
    return () => {
      live = false;
    };
  }, [coverage, missing, results, resultsFor, definition, suite]);
  const suggestions = found.for === coverage ? found.suggestions : undefined;
  // Items with a case of their own first; those another item's case reaches too, after them.
  const listed = useMemo(() => {
    const rank = (id: string) => (suggestions?.get(id)?.via !== undefined ? 1 : 0);
    return [...missing].sort((a, b) => rank(a.id) - rank(b.id));
  }, [missing, suggestions]);

  function openRun(outcome: CaseOutcome): void {
    session.openFinished({
      name: `Test: ${outcome.name}`, workflow: workflowKey(workflowName), definition: resultsFor ?? definition, input: outcome.input,
      events: outcome.events, status: outcome.status as never, mockLabel: 'test case mocks',
      ...(outcome.output !== undefined ? { output: outcome.output } : {}),
      ...(outcome.error !== undefined ? { error: outcome.error } : {}),
      ...(outcome.cause !== undefined ? { cause: outcome.cause } : {}),
    });
    // The run's colours are what the user asked to see now; the coverage overlay would hide them.
    store.getState().setOverlay(false);
    onOpenRun();
  }

  async function onImport(files: FileList | null): Promise<void> {
    const file = files?.[0];
    if (!file) return;
    const result = await importTestFile(studio, store, await file.text(), file.name);
    setImportProblems(result.problems);
    if (fileInput.current) fileInput.current.value = '';
  }

  function onExport(): void {
    const file = exportedTestFile(studio, store);
    if (file) downloadFile(file.name, file.text, 'application/json');
  }

  return (
    <div className="tests-panel" data-testid="tests-panel">
      <div className="run-row">
        <button type="button" className="primary" data-testid="tests-run-all" disabled={cases.length === 0 || running !== null}
          onClick={() => void runCases(studio, store)}>{running ? `Running ${running.length}…` : 'Run all'}</button>
        <button type="button" data-testid="tests-save-run" disabled={!finishedRun}
          title={finishedRun ? `Add a test case from “${finishedRun.name}”: its input, its task answers as mocks, its outcome as expectations` : 'Run the workflow (or open a run) first'}
          onClick={() => finishedRun && saveRunAsTestCase(studio, store, finishedRun)}>Save this run as a test case</button>
        <button type="button" data-testid="tests-import" onClick={() => fileInput.current?.click()}>Import…</button>
        <input ref={fileInput} type="file" hidden accept=".json,.yaml,.yml" data-testid="tests-import-file" onChange={(e) => void onImport(e.target.files)} />
        <button type="button" data-testid="tests-export" disabled={!text} onClick={onExport}>Export</button>
      </div>

      {importProblems.length > 0 && (
        <div className="run-error" role="alert" data-testid="tests-import-problems">
          <p>The file was not imported:</p>
          <ul>{importProblems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {problem && <p className="run-error" role="alert" data-testid="tests-problem">{problem}</p>}
      {dropped && fileSession && (
        <p className="run-note tests-dropped" role="status" data-testid="tests-dropped">
          Your test edits were replaced by {dropped.file} from disk.{' '}
          <button type="button" data-testid="tests-restore-mine" onClick={() => fileSession.restoreDroppedTests()}>Restore my tests</button>{' '}
          <button type="button" className="link" data-testid="tests-dismiss-dropped" onClick={() => fileSession.dismissDroppedTests()}>Dismiss</button>
        </p>
      )}

      {coverage && (
        <section className="run-section tests-coverage" data-testid="tests-coverage" data-percent={coverage.percent}>
          <h3>Coverage{stale ? ' (of an earlier version: run again)' : ''}</h3>
          <p><strong data-testid="tests-coverage-percent">{coverage.percent}%</strong> covered · states {ratio(coverage.states)} · transitions {ratio(coverage.transitions)} · Choice rules {ratio(coverage.choiceRules)} · Catch {ratio(coverage.catchers)} · Retry {ratio(coverage.retriers)}{coverage.bodies.total > 0 ? ` · branches/bodies ${ratio(coverage.bodies)}` : ''}</p>
          <label className="run-row">
            <input type="checkbox" data-testid="tests-overlay" checked={overlay} onChange={(e) => store.getState().setOverlay(e.target.checked)} />
            Show what no test covers on the canvas
          </label>
          {overlay && (
            <p className="run-legend" data-testid="tests-legend">
              <span><i className="legend-uncovered" />state never entered</span>
              <span><i className="legend-uncovered-edge" />transition never taken</span>
              <span><i className="legend-uncovered-retry" />retry never exercised</span>
              {coverage.bodies.total > 0 && <span><i className="legend-uncovered-body" />branch / item processor never run</span>}
              {coverage.bodies.total > 0 && <span><i className="legend-covered-body" />branch / item processor run</span>}
            </p>
          )}
          {missing.length > 0 && (
            <details data-testid="tests-missing">
              <summary className="run-note">{missing.length} not covered{suggestions ? '' : ' (looking for cases that cover them…)'}</summary>
              <ul className="tests-missing">
                {listed.slice(0, 40).map((i) => {
                  const suggestion = suggestions?.get(i.id);
                  const testCase = suggestion?.testCase;
                  return (
                    <li key={i.id} data-testid="tests-missing-item" data-item={i.id}>
                      {suggestion ? (
                        <>
                          <span data-testid="tests-suggestion" data-verified={suggestion.verified}>{suggestion.text}</span>{' '}
                          {testCase && <button type="button" className="link" data-testid="tests-suggest-add" disabled={running !== null}
                            title={suggestion.verified ? `Adds “${testCase.name}”: ASL Studio ran it and it covers this` : `Adds “${testCase.name}” with a note: it does not cover this yet`}
                            onClick={() => void addSuggestedCase(studio, store, suggestion)}>Add this case</button>}
                        </>
                      ) : i.label}
                    </li>
                  );
                })}
              </ul>
              {missing.length > 40 && <p className="run-note">… and {missing.length - 40} more.</p>}
            </details>
          )}
        </section>
      )}

      <section className="run-section">
        <h3>Test cases{cases.length > 0 ? ` (${cases.length})` : ''}{passed + failed > 0 ? ` · ${passed} passed, ${failed} failed` : ''}</h3>
        {!text && <p className="run-note" data-testid="tests-empty">No tests yet. Run the workflow, then “Save this run as a test case”; or import a <code>.sfn-test.json</code> / <code>.yaml</code> file.</p>}
        {text && !suite && <p className="run-error" data-testid="tests-unreadable">The test file is not valid JSON: fix it in the editor below.</p>}
        <ul className="tests-cases" data-testid="tests-cases">
          {cases.map((c) => {
            const outcome = results[c.name];
            const isRunning = running?.includes(c.name) ?? false;
            const state = isRunning ? 'running' : outcome ? (outcome.passed ? 'passed' : 'failed') : 'not-run';
            const open = openCase === c.name;
            return (
              <li key={c.name} className={`tests-case ${state}`} data-testid="test-case" data-name={c.name} data-state={state}>
                <div className="run-row">
                  <button type="button" className="link tests-case-name" aria-expanded={open} onClick={() => store.getState().setOpenCase(open ? null : c.name)}>
                    <span className="tests-mark" aria-hidden="true">{state === 'passed' ? <Check size={13} /> : state === 'failed' ? <X size={13} /> : state === 'running' ? <Ellipsis size={13} /> : <Circle size={7} />}</span> {c.name}
                  </button>
                  <span className="run-note">{state === 'not-run' ? 'not run' : state}</span>
                  <span className="tests-case-actions">
                    <button type="button" data-testid="test-run-one" disabled={running !== null} onClick={() => void runCases(studio, store, [c.name])}>Run</button>
                    <button type="button" data-testid="test-open-run" disabled={!outcome} onClick={() => outcome && openRun(outcome)}
                      title="Open this case's run in the Table, Events and Step details views">Open run</button>
                    <button type="button" data-testid="test-delete" aria-label={`Delete ${c.name}`} onClick={() => deleteTestCase(store, c.name)}>Delete</button>
                  </span>
                </div>
                {(open || (outcome && !outcome.passed)) && outcome && <CaseDetails outcome={outcome} />}
                {open && !outcome && <p className="run-note">Not run yet.</p>}
              </li>
            );
          })}
        </ul>
      </section>

      <details className="run-section" open={editing} onToggle={(e) => setEditing((e.currentTarget as HTMLDetailsElement).open)} data-testid="tests-edit">
        <summary className="run-note">Edit the test file (JSON, with completion and validation)</summary>
        {editing && (
          <Suspense fallback={<p className="run-note">Loading the editor…</p>}>
            <TestFileEditor value={text ?? ''} onChange={(next) => store.getState().setText(next)} />
          </Suspense>
        )}
      </details>
    </div>
  );
}
