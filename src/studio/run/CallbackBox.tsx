/**
 * Human in the loop: a `.waitForTaskToken` task without a mock waits here; the user sends task
 * success (with output JSON) or task failure (error, cause), as SendTaskSuccess/Failure would.
 */
import { useState } from 'react';
import type { RunRecord } from '../../store/runStore';
import { useRunSession } from './hooks';

export function CallbackBox({ run }: { run: RunRecord }) {
  const session = useRunSession();
  const [chosen, setChosen] = useState<string | null>(null);
  const [output, setOutput] = useState('{}');
  const [error, setError] = useState('');
  const [cause, setCause] = useState('');
  if (!session.isLive(run.id) || run.pendingCallbacks.length === 0) return null;
  const pending = run.pendingCallbacks.find((p) => p.token === chosen) ?? run.pendingCallbacks[0]!;
  let parsed: { ok: true; value: unknown } | { ok: false; message: string };
  try {
    parsed = { ok: true, value: JSON.parse(output) as unknown };
  } catch (err) {
    parsed = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  return (
    <section className="run-callback" data-testid="run-callback" aria-label="Waiting for a task token">
      <div className="run-row">
        <b>Waiting for a callback:</b>
        {run.pendingCallbacks.length > 1 ? (
          <select value={pending.token} onChange={(e) => setChosen(e.target.value)} aria-label="Task waiting">
            {run.pendingCallbacks.map((p) => <option key={p.token} value={p.token}>{p.stateName}</option>)}
          </select>
        ) : <span data-testid="run-callback-state">{pending.stateName}</span>}
      </div>
      <p className="run-note">Task token <code>{pending.token}</code></p>
      <label className="run-field">
        <span>Output (JSON)</span>
        <textarea className={`run-json${parsed.ok ? '' : ' invalid'}`} rows={3} data-testid="callback-output" value={output}
          onChange={(e) => setOutput(e.target.value)} spellCheck={false} />
      </label>
      {!parsed.ok && <p className="run-error">{parsed.message}</p>}
      <button type="button" className="primary" data-testid="callback-success" disabled={!parsed.ok}
        onClick={() => parsed.ok && session.sendTaskSuccess(run.id, pending.token, parsed.value)}>Send task success</button>
      <div className="run-row" style={{ marginTop: 6 }}>
        <input aria-label="Error" placeholder="Error" data-testid="callback-error" value={error} onChange={(e) => setError(e.target.value)} />
        <input aria-label="Cause" placeholder="Cause" data-testid="callback-cause" value={cause} onChange={(e) => setCause(e.target.value)} />
        <button type="button" data-testid="callback-failure" onClick={() => session.sendTaskFailure(run.id, pending.token, error, cause)}>Send task failure</button>
      </div>
    </section>
  );
}
