/**
 * An AWS execution opened as a run: where it came from, what does not fit the open workflow,
 * truncated payloads, "Replay locally" with the first divergence (both sides), "Save as test case"
 * (the recorded input, answers and outcome into the workflow's tests), and the derived mocks
 * exported as a Step Functions Local MockConfigFile test case.
 */
import { memo, useState } from 'react';
import { Check } from 'lucide-react';
import { deriveMocks } from '../../history/deriveMocks';
import type { RecordedRun } from '../../store/runStore';
import { useStudio } from '../StudioContext';
import { downloadFile } from '../export/download';
import { useRun, useRunSession, type RunData } from './hooks';
import { workflowKey } from './useMocks';
import { stateAtEvent } from '../../run/steps';
import { SaveAsTestCase } from '../tests/SaveAsTestCase';

/** A file-name-safe version of the execution name. */
const fileSafe = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'execution';

function machineName(recorded: RecordedRun): string {
  const arn = recorded.imported.execution.stateMachineArn;
  return (arn && /:stateMachine:([^:]+)/.exec(arn)?.[1]) || 'StateMachine';
}

export const RecordedPanel = memo(function RecordedPanel({ data }: { data: RunData }) {
  const session = useRunSession();
  const setCursor = useRun((s) => s.setCursor);
  const setActive = useRun((s) => s.setActive);
  const definition = useStudio((s) => s.definition);
  const settingsName = useStudio((s) => s.settings.name);
  const load = useStudio((s) => s.load);
  const reveal = useStudio((s) => s.reveal);
  const [replaying, setReplaying] = useState(false);
  const { run } = data;
  const recorded = run.recorded!;
  const { imported, fitOpenWorkflow, replay } = recorded;
  const truncated = imported.payloadNotices.filter((n) => n.reason === 'truncated').length;
  const omitted = imported.payloadNotices.length - truncated;
  const executionName = imported.execution.name ?? 'AWS execution';
  const d = replay?.divergence;
  // No definition in the files: drawn on the open workflow, which may be empty or another workflow.
  const openIsEmpty = Object.keys(definition.States ?? {}).length === 0;
  const missing = imported.definitionSource !== 'file' && !recorded.definitionLabel && (openIsEmpty || fitOpenWorkflow.length > 0);

  async function replayLocally(): Promise<void> {
    setReplaying(true);
    try {
      await session.replayRecorded(run.id, definition, workflowKey(settingsName));
    } finally {
      setReplaying(false);
    }
  }

  function exportMocks(): void {
    const mocks = replay?.mocks ?? deriveMocks(imported.events, { stateMachine: machineName(recorded), testCase: fileSafe(executionName) }, imported.payloadNotices);
    downloadFile(`${fileSafe(executionName)}.mockconfig.json`, `${JSON.stringify(mocks.mockConfig, null, 2)}\n`, 'application/json');
  }

  function showOnTimeline(eventId: number): void {
    const index = data.events.findIndex((e) => e.id === eventId);
    if (index < 0) return;
    setCursor(index === data.count - 1 ? null : index);
    const path = stateAtEvent(data.events, index);
    if (path) reveal(path);
  }

  return (
    <section className="run-section recorded-panel" data-testid="recorded-panel">
      <p className="run-note">
        Recorded on AWS{imported.execution.executionArn ? <> · <code>{imported.execution.executionArn}</code></> : null} · definition {imported.definitionSource === 'file' ? 'from the files' : recorded.definitionLabel ?? (missing ? 'missing' : 'of the open workflow')}
      </p>
      {missing && <MissingDefinition executionArn={imported.execution.executionArn} openIsEmpty={openIsEmpty} />}
      {fitOpenWorkflow.length > 0 && !openIsEmpty && (
        <div className="run-error" data-testid="recorded-fit" role="status">
          <p>This history does not fit the open workflow:</p>
          <ul>{fitOpenWorkflow.slice(0, 5).map((f) => <li key={`${f.eventId}-${f.message}`}>{f.message}</li>)}</ul>
          {fitOpenWorkflow.length > 5 && <p>… and {fitOpenWorkflow.length - 5} more.</p>}
          {imported.definitionSource === 'file' && imported.definition && (
            <button type="button" data-testid="open-recorded-definition" onClick={() => load(imported.definition!, { label: 'Open the definition of the AWS execution' })}>
              Open the recorded definition (undoable)
            </button>
          )}
        </div>
      )}
      {(truncated > 0 || omitted > 0) && (
        <p className="run-note" data-testid="recorded-truncated">
          {truncated > 0 ? `${truncated} payload${truncated === 1 ? ' was' : 's were'} truncated by AWS (shown as recorded, not compared)` : ''}
          {truncated > 0 && omitted > 0 ? '; ' : ''}
          {omitted > 0 ? `${omitted} payload${omitted === 1 ? ' was' : 's were'} left out of the history` : ''}.
        </p>
      )}
      {imported.warnings.map((w) => <p key={w} className="run-note">{w}</p>)}
      <div className="run-row">
        <button type="button" className="primary" data-testid="replay-locally" disabled={replaying} onClick={() => void replayLocally()}
          title="Run the current workflow on simulated time with the recorded task answers, and compare it with the recording">
          {replaying ? 'Replaying…' : 'Replay locally'}
        </button>
        <SaveAsTestCase run={run} />
        <button type="button" data-testid="export-mockconfig" onClick={exportMocks}
          title="Download the recorded answers as a Step Functions Local MockConfigFile test case">Export mocks (MockConfigFile)</button>
      </div>
      {replay && !d && (
        <p className="run-ok" data-testid="replay-result" data-match="true"><Check size={13} aria-hidden="true" /> The local run follows the recording event by event ({replay.status}).</p>
      )}
      {d && (
        <div className="replay-divergence" data-testid="replay-result" data-match="false" data-event-id={d.eventId} data-state={d.statePath}>
          <p><strong>First divergence</strong> at AWS event {d.eventId}{d.statePath ? ` in ${d.statePath.split('/').pop()}` : ''}{d.iteration.length ? ` (iteration ${d.iteration.join('.')})` : ''}:</p>
          <p data-testid="replay-message">{d.message}</p>
          <dl className="run-kv">
            <dt>AWS</dt><dd data-testid="replay-expected">{d.expected ? `${d.expected.text} (event ${d.expected.eventId}, ${d.expected.type})` : 'nothing more here'}</dd>
            <dt>This run</dt><dd data-testid="replay-actual">{d.actual ? `${d.actual.text} (event ${d.actual.eventId}, ${d.actual.type})` : 'nothing more here'}</dd>
          </dl>
          <div className="run-row">
            <button type="button" data-testid="replay-show" onClick={() => showOnTimeline(d.eventId)}>Show on the timeline</button>
            <button type="button" data-testid="replay-open-local" onClick={() => setActive(replay.localRunId)}>Open the local run</button>
          </div>
        </div>
      )}
    </section>
  );
});

/** The history carries no definition and the open workflow is empty or not the one it ran on: how to supply it. */
function MissingDefinition({ executionArn, openIsEmpty }: { executionArn: string | undefined; openIsEmpty: boolean }) {
  return (
    <div className="run-error" data-testid="recorded-missing-definition" role="status">
      <p><strong>The definition is missing.</strong> This history carries no definition{openIsEmpty ? ', and no workflow is open to draw it on' : ', and the open workflow is not the one it ran on'}. Supply it:</p>
      <ul>
        <li>save <code>aws stepfunctions describe-state-machine-for-execution --execution-arn {executionArn ?? '<execution ARN>'} &gt; definition.json</code> and open it together with the history (select or drop both files);</li>
        <li>or open the workflow it ran on, then open the history again (Open AWS execution…);</li>
        <li>or keep the workflow file beside the history and run <code>asl-studio open &lt;folder&gt;</code>: the workflow the history fits is used.</li>
      </ul>
    </div>
  );
}
