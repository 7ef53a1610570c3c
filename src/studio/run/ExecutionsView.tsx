/**
 * The executions of this session: reopen one, or tick two to compare them side by side
 * (summaries and the states that went differently).
 */
import { Fragment, useMemo } from 'react';
import { KEPT_HISTORIES, runsOf, type RunRecord } from '../../store/runStore';
import { useRun, useRunSession } from './hooks';
import { summaryOfHistory } from '../../run/summary';
import { differingStates, summaryRows } from '../../run/compare';
import { formatMs } from './JsonView';
import { STATUS_LABELS } from './Legend';

/** A run's summary: folded from its history, or the one kept when the history was released. */
function summaryOf(run: RunRecord) {
  return run.released?.summary ?? summaryOfHistory(run.events);
}

function CompareView({ a, b }: { a: RunRecord; b: RunRecord }) {
  const session = useRunSession();
  // The session's derivations of both histories, folded on to their ends (nothing re-read).
  const rows = useMemo(() => summaryRows(summaryOf(a), summaryOf(b)), [a, b]);
  const diff = useMemo(() => {
    const visits = (run: RunRecord) => {
      const live = session.liveRun(run);
      live.advance(run.events);
      return live.visits();
    };
    return differingStates(visits(a), visits(b));
  }, [a, b, session]);
  return (
    <section className="run-section" data-testid="compare-view">
      <h3>Compare</h3>
      <table className="run-table">
        <thead><tr><th /><th>{a.name}</th><th>{b.name}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.differs ? 'run-diff' : ''} data-differs={r.differs}>
              <td>{r.label}</td><td>{r.a}</td><td>{r.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>States that differ ({diff.length})</h3>
      <table className="run-table" data-testid="compare-states">
        <thead><tr><th>State</th><th>{a.name}</th><th>{b.name}</th></tr></thead>
        <tbody>
          {diff.map((d) => (
            <tr key={d.path} data-name={d.name}>
              <td>{d.name}</td>
              <td>{d.a ? `${STATUS_LABELS[d.a.status as keyof typeof STATUS_LABELS] ?? d.a.status} ×${d.a.visits}` : 'not reached'}</td>
              <td>{d.b ? `${STATUS_LABELS[d.b.status as keyof typeof STATUS_LABELS] ?? d.b.status} ×${d.b.visits}` : 'not reached'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ExecutionsView({ onOpen }: { onOpen: () => void }) {
  const session = useRunSession();
  // The open workflow's runs (each workflow keeps its own list).
  const all = useRun((s) => s.runs);
  const owner = useRun((s) => s.owner);
  const runs = useMemo(() => runsOf({ runs: all, owner }), [all, owner]);
  const activeId = useRun((s) => s.activeId);
  const setActive = useRun((s) => s.setActive);
  const compare = useRun((s) => s.compare);
  const setCompare = useRun((s) => s.setCompare);
  const picked: string[] = compare ? [...new Set(compare)] : [];
  const pair = compare ? [runs.find((r) => r.id === compare[0]), runs.find((r) => r.id === compare[1])] : [];

  function toggle(id: string): void {
    const next = picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id].slice(-2);
    setCompare(next.length === 2 ? [next[0]!, next[1]!] : next.length === 1 ? [next[0]!, next[0]!] : null);
  }

  if (runs.length === 0) return <p className="empty">No executions of this workflow in this session yet.</p>;
  return (
    <div data-testid="executions-view">
      <table className="run-table">
        <thead><tr><th>Compare</th><th>Name</th><th>Status</th><th>Duration</th><th>Transitions</th></tr></thead>
        <tbody>
          {[...runs].reverse().map((r) => {
            const s = summaryOf(r);
            return (
              <Fragment key={r.id}>
                <tr data-testid="execution-row" data-name={r.name} data-status={r.status} data-released={r.released ? 'true' : undefined}
                  className={`${r.id === activeId ? 'selected' : ''}${r.released ? ' has-note' : ''}`}>
                  <td><input type="checkbox" aria-label={`Compare ${r.name}`} data-testid={`compare-${r.name}`} checked={picked.includes(r.id)}
                    disabled={!!r.released} onChange={() => toggle(r.id)} /></td>
                  <td>
                    {r.released ? <span>{r.name}</span> : (
                      <button type="button" className="link" data-testid={`open-${r.name}`} onClick={() => { setActive(r.id); onOpen(); }}>{r.name}</button>
                    )}
                  </td>
                  <td>{r.status}</td>
                  <td>{formatMs(s.durationMs)}</td>
                  <td>{s.transitions}</td>
                </tr>
                {r.released && (
                  // The note spans the row's width under it: in the name column it took six lines.
                  <tr className="run-note-row">
                    <td />
                    <td colSpan={4}>
                      <div className="run-note" data-testid={`released-${r.name}`}>
                        History released to save memory (the {KEPT_HISTORIES} newest runs keep theirs, fewer when their data is large).{' '}
                        <button type="button" className="link" data-testid={`rerun-${r.name}`} onClick={() => { if (session.rerun(r.id)) onOpen(); }}>Re-run</button>
                        {' '}to see it again.
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {pair[0] && pair[1] && pair[0] !== pair[1] && <CompareView a={pair[0]} b={pair[1]} />}
      {compare && compare[0] === compare[1] && <p className="run-note">Tick a second execution to compare.</p>}
    </div>
  );
}
