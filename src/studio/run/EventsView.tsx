/**
 * Events view: the full history with AWS event names, 25 per page, a text filter, expandable
 * details, and "go to" to move the time-travel cursor onto an event.
 */
import { memo, useMemo, useState } from 'react';
import type { HistoryEvent } from '../../interpreter/types';
import { useRun, type RunData } from './hooks';
import { detailsOf, stateLabelOf } from './derive/events';
import { formatMs } from './JsonView';

const PAGE = 25;

function decoded(event: HistoryEvent): unknown {
  const details = detailsOf(event);
  if (!details) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (typeof value === 'string' && (key === 'input' || key === 'output' || key === 'parameters')) {
      try {
        out[key] = JSON.parse(value) as unknown;
        continue;
      } catch {
        // Not JSON: shown as recorded.
      }
    }
    out[key] = value;
  }
  return out;
}

export const EventsView = memo(function EventsView({ data }: { data: RunData }) {
  const setCursor = useRun((s) => s.setCursor);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState<number | null>(null);
  const all = data.events;
  const matches = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const indexes: number[] = [];
    all.forEach((event, i) => {
      if (!needle || event.type.toLowerCase().includes(needle) || (stateLabelOf(event) ?? '').toLowerCase().includes(needle)) indexes.push(i);
    });
    return indexes;
  }, [all, filter]);
  const pages = Math.max(1, Math.ceil(matches.length / PAGE));
  // Follow the cursor's page unless the user picked one.
  const cursorPos = matches.findIndex((i) => i >= data.cursor);
  const current = Math.min(page ?? Math.max(0, Math.floor((cursorPos < 0 ? matches.length - 1 : cursorPos) / PAGE)), pages - 1);
  const start = all[0]?.studio.time ?? 0;

  return (
    <div data-testid="events-view">
      <div className="run-row">
        <input type="search" placeholder="Filter by event type or state" data-testid="events-filter" value={filter}
          onChange={(e) => { setFilter(e.target.value); setPage(null); }} />
        <span className="run-note" data-testid="events-count">{matches.length} of {all.length} events</span>
      </div>
      <table className="run-table">
        <thead><tr><th>ID</th><th>Type</th><th>Step</th><th>Time</th></tr></thead>
        <tbody>
          {matches.slice(current * PAGE, current * PAGE + PAGE).map((i) => {
            const event = all[i]!;
            return (
              <tr key={event.id} data-testid="event-row" data-type={event.type} className={`${i === data.cursor ? 'selected' : ''}${i > data.cursor ? ' future' : ''}`}>
                <td><button type="button" className="link" title="Show the run at this event" onClick={() => setCursor(i === all.length - 1 ? null : i)}>{event.id}</button></td>
                <td>
                  <details>
                    <summary>{event.type}</summary>
                    <pre className="run-pre">{JSON.stringify({ details: decoded(event), previousEventId: event.previousEventId, timestamp: event.timestamp, studio: event.studio }, null, 2)}</pre>
                  </details>
                </td>
                <td>{stateLabelOf(event) ?? ''}{event.studio.iteration?.length ? ` #${event.studio.iteration.join('.')}` : ''}</td>
                <td>{formatMs(event.studio.time - start)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="run-pager">
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>‹</button>
        <span>Page {current + 1} of {pages}</span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>›</button>
      </div>
    </div>
  );
});
