/**
 * The run's summary like the console's execution page: status, simulated duration, state
 * transitions and an estimated cost as Standard and as Express, with the assumptions stated.
 */
import { memo, useEffect, useMemo } from 'react';
import { useRun, type RunData } from './hooks';
import { COST_ASSUMPTIONS, estimateCost, formatUsd } from '../../run/cost';
import { failureText } from '../../run/summary';
import { formatMs } from './JsonView';
import { Legend } from './Legend';
import { plural } from '../plural';

function byteSize(value: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
  } catch {
    return 0;
  }
}

export const SummaryView = memo(function SummaryView({ data }: { data: RunData }) {
  const setUiMs = useRun((s) => s.setUiMs);
  const { run, summary } = data;
  const finished = run.outcome !== undefined && (summary.status !== 'RUNNING' || run.crash !== undefined);
  // Time until the panel shows the result: measured once, after the render that shows it.
  useEffect(() => {
    if (finished && data.live && run.uiMs === undefined) setUiMs(run.id, performance.now() - run.startedAt);
  }, [finished, data.live, run.uiMs, run.id, run.startedAt, setUiMs]);
  const nested = data.nested;
  // The sizes are measured once per definition and input, not for each streamed batch.
  const definitionBytes = useMemo(() => byteSize(run.definition), [run.definition]);
  const payloadBytes = useMemo(() => byteSize(summary.input), [summary.input]);
  const cost = useMemo(() => estimateCost({
    transitions: summary.transitions, retries: summary.retries, durationMs: summary.durationMs,
    definitionBytes, payloadBytes, nestedSteps: nested,
  }), [summary.transitions, summary.retries, summary.durationMs, definitionBytes, payloadBytes, nested]);
  const status = data.live ? (run.crash ? 'FAILED' : summary.status === 'RUNNING' && run.outcome ? run.outcome.status : summary.status) : summary.status;

  return (
    <section className="run-section" data-testid="run-summary" data-status={status} data-worker-ms={run.workerMs ?? ''}
      data-ui-ms={run.uiMs ?? ''} data-transport={run.transport ?? ''}>
      <div className="run-row">
        <span className="run-status" data-testid="run-status" data-status={status}>{status}{run.paused && status === 'RUNNING' ? ' (paused)' : ''}</span>
        <span className="run-note" data-testid="run-exec-name">{run.name}</span>
      </div>
      {run.crash && <p className="run-error" data-testid="run-crash">{run.crash}</p>}
      {(summary.error !== undefined || summary.cause !== undefined) && (
        <p className="run-error" data-testid="run-error">{failureText(summary.error, summary.cause, status)}</p>
      )}
      {run.outcome?.diagnostics && run.outcome.diagnostics.length > 0 && (
        <ul className="run-error">{run.outcome.diagnostics.map((d, i) => <li key={i}>{d.message}</li>)}</ul>
      )}
      <dl className="run-kv">
        <dt>Duration ({run.recorded ? 'recorded on AWS' : 'simulated'})</dt><dd data-testid="run-duration">{formatMs(summary.durationMs)}</dd>
        <dt>State transitions</dt><dd data-testid="run-transitions">{summary.transitions}{summary.retries ? ` + ${plural(summary.retries, 'retry', 'retries')}` : ''}</dd>
        <dt>History events</dt><dd>{summary.events} <span className="run-note">(service limit 25,000)</span></dd>
        <dt>Mocks</dt><dd>{run.mockLabel}</dd>
        <dt title={COST_ASSUMPTIONS.join('\n')}>Estimated cost</dt>
        <dd data-testid="run-cost">
          Standard {formatUsd(cost.standard)} ({cost.billedTransitions.toLocaleString('en-US')} transitions) · Express {formatUsd(cost.express)} ({cost.expressBilledMs.toLocaleString('en-US')} ms × {cost.expressBilledMb} MB)
          <details><summary className="run-note">Estimate: assumptions</summary><ul className="run-note">{COST_ASSUMPTIONS.map((a) => <li key={a}>{a}</li>)}</ul></details>
        </dd>
        {run.workerMs !== undefined && <><dt>Engine time</dt><dd>{formatMs(run.workerMs)} ({run.transport === 'worker' ? 'in a worker' : 'in this thread'})</dd></>}
        {run.uiMs !== undefined && <><dt>Start → result shown</dt><dd>{formatMs(run.uiMs)}</dd></>}
      </dl>
      {summary.output !== undefined && (
        <details><summary>Execution output</summary><pre className="run-pre" data-testid="run-output">{JSON.stringify(summary.output, null, 2)}</pre></details>
      )}
      <Legend />
    </section>
  );
});
