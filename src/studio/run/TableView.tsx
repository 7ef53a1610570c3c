/**
 * Table view: one row per state visit (name, type, status, started after, simulated duration,
 * retries), filtered to a Parallel branch or the shown Map iterations, paged for long runs.
 */
import { memo, useMemo, useState } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useRun, type RunData } from './hooks';
import { IterationPicker } from './IterationPicker';
import { STATUS_LABELS } from './Legend';
import { formatMs } from './JsonView';
import type { Visit } from '../../run/visits';
import { plural } from '../plural';
import { useStudio } from '../StudioContext';

const PAGE = 100;

function scopeLabel(scope: string): string {
  if (scope === '') return 'Top level';
  const parts = scope.split('/');
  const out: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push(`${parts[i]} › branch ${Number(parts[i + 1]) + 1}`);
  return out.join(' › ');
}

export const TableView = memo(function TableView({ data, onOpen }: { data: RunData; onOpen: (visit: Visit) => void }) {
  const selectVisit = useRun((s) => s.selectVisit);
  // The row's state is selected on the canvas too (which brings it into view).
  const selectState = useStudio((s) => s.select);
  const [filter, setFilter] = useState('shown');
  const [page, setPage] = useState(0);
  const scopes = data.scopes;
  const rows = useMemo(() => {
    if (filter === 'all') return data.visits;
    if (filter === 'shown') return data.shown;
    return data.shown.filter((v) => v.path.startsWith(`${filter}/`));
  }, [filter, data.visits, data.shown]);
  const start = data.events.at(0)?.studio.time ?? 0;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const focus = data.focus?.seq;

  return (
    <div data-testid="table-view">
      <IterationPicker data={data} />
      <div className="run-row">
        <label className="run-row">Show
          <select data-testid="table-filter" value={filter} onChange={(e) => { setFilter(e.target.value); setPage(0); }}>
            <option value="shown">Shown iterations</option>
            <option value="all">All visits</option>
            {scopes.map((s) => <option key={s} value={s}>{scopeLabel(s)}</option>)}
          </select>
        </label>
        <span className="run-note">{plural(rows.length, 'visit')}</span>
      </div>
      <table className="run-table">
        <thead>
          <tr><th>Name</th><th>Type</th><th>Status</th><th>Started after</th><th>Duration</th><th>Retries</th></tr>
        </thead>
        <tbody>
          {rows.slice(current * PAGE, current * PAGE + PAGE).map((v) => (
            <tr key={v.seq} data-testid="visit-row" data-name={v.name} data-status={v.status} className={v.seq === focus ? 'selected' : ''}>
              <td>
                <button type="button" className="link" onClick={() => { selectVisit(v.seq); selectState([v.path]); onOpen(v); }}>{v.name}</button>
                {v.iteration.length > 0 && <span className="run-note"> #{v.iteration.join('.')}</span>}
              </td>
              <td>{v.type}</td>
              <td>{STATUS_LABELS[v.status]}</td>
              <td>{formatMs(v.startTime - start)}</td>
              <td>{v.endTime === undefined ? '…' : formatMs(v.endTime - v.startTime)}</td>
              <td>{v.retries || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="run-pager">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)} aria-label="Previous page" title="Previous page"><ChevronLeft size={14} aria-hidden="true" /></button>
          <span>Page {current + 1} of {pages}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)} aria-label="Next page" title="Next page"><ChevronRight size={14} aria-hidden="true" /></button>
        </div>
      )}
    </div>
  );
});
