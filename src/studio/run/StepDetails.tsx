/**
 * Step details of one state visit: input, output, the data-flow stages (InputPath → Parameters →
 * result → ResultSelector → ResultPath → OutputPath, or Arguments/Output for JSONata), variables
 * after the state, error and cause, retry attempts and the visit's events.
 */
import { memo } from 'react';
import type { StudioStages } from '../../interpreter/types';
import type { RunData } from './hooks';
import { useRun } from './hooks';
import { JsonView, formatMs } from './JsonView';
import { STATUS_LABELS } from './Legend';

const STAGES: { key: keyof StudioStages; label: string }[] = [
  { key: 'input', label: 'State input' },
  { key: 'afterInputPath', label: 'After InputPath' },
  { key: 'afterParameters', label: 'After Parameters' },
  { key: 'arguments', label: 'Arguments' },
  { key: 'result', label: 'Task result' },
  { key: 'afterResultSelector', label: 'After ResultSelector' },
  { key: 'afterResultPath', label: 'After ResultPath' },
  { key: 'output', label: 'State output (after OutputPath / Output)' },
];

/** What AWS did to a recorded payload, in words (`--no-include-execution-data`, or over the size AWS records). */
const PAYLOAD_NOTICE = {
  truncated: 'Truncated by AWS: the recorded text is cut, so it is shown as text.',
  omitted: 'Not recorded: the history was fetched without execution data (--no-include-execution-data).',
} as const;

function noticeOf(data: RunData, index: number | undefined, field: 'input' | 'output') {
  const id = index === undefined ? undefined : data.run.events.at(index)?.id;
  return id === undefined ? undefined : data.run.recorded?.imported.payloadNotices.find((n) => n.eventId === id && n.field === field);
}

/** A recorded payload: with AWS's notice when it was cut or left out; cut text is shown as the text it is. */
function Payload({ data, index, field, value }: { data: RunData; index: number | undefined; field: 'input' | 'output'; value: unknown }) {
  const notice = noticeOf(data, index, field);
  return (
    <>
      {notice && <p className="run-note run-payload-notice" data-testid={`step-${field}-notice`} data-reason={notice.reason}>{PAYLOAD_NOTICE[notice.reason]}</p>}
      {notice?.reason === 'truncated' && typeof value === 'string'
        ? <pre className="run-pre" data-testid={`step-${field}`}>{value}</pre>
        : <JsonView value={value} testId={`step-${field}`} />}
    </>
  );
}

export const StepDetails = memo(function StepDetails({ data }: { data: RunData }) {
  const selectVisit = useRun((s) => s.selectVisit);
  const selected = useRun((s) => s.selectedVisit);
  const visit = data.focus;
  if (!visit) return <p className="empty" data-testid="step-details-empty">No state has run yet.</p>;
  const start = data.run.events.at(0)?.studio.time ?? 0;
  const stages = STAGES.filter((s) => visit.stages?.[s.key] !== undefined);
  return (
    <div data-testid="step-details" data-name={visit.name} data-status={visit.status} data-path={visit.path}>
      <div className="run-row">
        <h3 style={{ margin: 0 }}>{visit.name}</h3>
        <span className="run-note">{visit.type} · {STATUS_LABELS[visit.status]}</span>
        {selected !== null && <button type="button" onClick={() => selectVisit(null)} title="Follow the cursor again">Follow cursor</button>}
      </div>
      <dl className="run-kv">
        <dt>Started after</dt><dd>{formatMs(visit.startTime - start)}</dd>
        <dt>Duration (simulated)</dt><dd>{visit.endTime === undefined ? 'running' : formatMs(visit.endTime - visit.startTime)}</dd>
        {visit.resource && <><dt>Resource</dt><dd>{visit.resource}</dd></>}
        {visit.iteration.length > 0 && <><dt>Map iteration</dt><dd data-testid="step-iteration">{visit.iteration.join(' › ')}</dd></>}
        {visit.retries > 0 && <><dt>Retries</dt><dd>{visit.retries}</dd></>}
      </dl>
      {(visit.error !== undefined || visit.cause !== undefined) && (
        <section className="run-section" data-testid="step-error">
          <h3>Error</h3>
          <p className="run-error">{visit.error ? <b>{visit.error}</b> : null}{visit.cause ? `${visit.error ? ' — ' : ''}${visit.cause}` : ''}</p>
        </section>
      )}
      <section className="run-section">
        <h3>Input</h3>
        <Payload data={data} index={visit.enteredIndex} field="input" value={visit.input} />
      </section>
      <section className="run-section">
        <h3>Output</h3>
        <Payload data={data} index={visit.endIndex} field="output" value={visit.output ?? visit.stages?.output} />
      </section>
      {stages.length > 0 && (
        <details className="run-section" data-testid="step-stages" open>
          <summary>Data flow (advanced view)</summary>
          {stages.map((s) => (
            <div key={s.key}>
              <h3>{s.label}</h3>
              <JsonView value={visit.stages?.[s.key]} testId={`step-stage-${s.key}`} />
            </div>
          ))}
        </details>
      )}
      {visit.variables && Object.keys(visit.variables).length > 0 && (
        <section className="run-section">
          <h3>Variables after the state</h3>
          <JsonView value={visit.variables} testId="step-variables" />
        </section>
      )}
      {visit.attempts.length > 0 && (
        <section className="run-section" data-testid="step-attempts">
          <h3>Failed attempts</h3>
          <ol>
            {visit.attempts.map((a, i) => (
              <li key={i}>{formatMs(a.time - start)}: {a.error ? <b>{a.error}</b> : null}{a.cause ? `${a.error ? ' — ' : ''}${a.cause}` : ''}</li>
            ))}
          </ol>
        </section>
      )}
      <details className="run-section">
        <summary>Events of this visit ({visit.eventIndexes.length})</summary>
        <ul>{visit.eventIndexes.map((i) => <li key={i}>{data.run.events.at(i)?.id} {data.run.events.at(i)?.type}</li>)}</ul>
      </details>
    </div>
  );
});
