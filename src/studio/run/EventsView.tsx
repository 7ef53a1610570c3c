/**
 * Events view: the full history with AWS event names, 25 per page (only that page is rendered; a
 * filter extends its matches as the history grows), expandable details (stringified when opened),
 * and "go to" to move the time-travel cursor onto an event.
 */
import { Fragment, memo, useEffect, useRef, useState } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { HistoryEvent } from '../../interpreter/types';
import { useRun, type RunData } from './hooks';
import { detailFieldsOf, stateLabelOf } from '../../run/events';
import { historyKey } from '../../run/eventLog';
import { formatMs } from './JsonView';
import { plural } from '../plural';
import { useStudio } from '../StudioContext';

const PAGE = 25;

function decoded(event: HistoryEvent): unknown {
  const details = detailFieldsOf(event);
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

/** Indexes of the events matching a filter, extended as the history grows (never rescanned). */
interface Matches {
  /** The history scanned (the same for each later version of it: scanning goes on where it stopped). */
  history: object;
  needle: string;
  scanned: number;
  indexes: number[];
}

function matches(event: HistoryEvent, needle: string): boolean {
  return event.type.toLowerCase().includes(needle) || (stateLabelOf(event) ?? '').toLowerCase().includes(needle);
}

/** First position in ascending `indexes` whose value is at least `value` (length when none). */
function lowerBound(indexes: readonly number[], value: number): number {
  let lo = 0;
  let hi = indexes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (indexes[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const EventsView = memo(function EventsView({ data }: { data: RunData }) {
  const setCursor = useRun((s) => s.setCursor);
  // The run moves to the event; its state comes into the canvas's view (without selecting it: that opens Step details).
  const reveal = useStudio((s) => s.reveal);
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState<number | null>(null);
  const { events: all, count } = data;
  const divergence = data.run.recorded?.replay?.divergence ?? null;
  const needle = filter.trim().toLowerCase();
  const cache = useRef<Matches | null>(null);
  // Without a filter every event matches: positions are event indexes, nothing is scanned.
  let found: Matches | null = null;
  if (needle) {
    let c = cache.current;
    const history = historyKey(all);
    if (!c || c.history !== history || c.needle !== needle || c.scanned > count) c = { history, needle, scanned: 0, indexes: [] };
    for (let i = c.scanned; i < count; i++) if (matches(all.at(i)!, needle)) c.indexes.push(i);
    c.scanned = count;
    cache.current = c;
    found = c;
  }
  const total = found ? found.indexes.length : count;
  const indexAt = (position: number): number => (found ? found.indexes[position]! : position);
  const pages = Math.max(1, Math.ceil(total / PAGE));
  // Follow the cursor's page unless the user picked one.
  const cursorPos = found ? lowerBound(found.indexes, data.cursor) : data.cursor >= 0 && data.cursor < count ? data.cursor : count;
  const current = Math.min(page ?? Math.max(0, Math.floor((cursorPos >= total ? total - 1 : cursorPos) / PAGE)), pages - 1);
  const start = all.at(0)?.studio.time ?? 0;
  const rows: number[] = [];
  for (let p = current * PAGE; p < Math.min(total, current * PAGE + PAGE); p++) rows.push(indexAt(p));

  return (
    <div data-testid="events-view">
      <div className="run-row">
        <input type="search" placeholder="Filter by event type or state" data-testid="events-filter" value={filter}
          onChange={(e) => { setFilter(e.target.value); setPage(null); }} />
        <span className="run-note" data-testid="events-count">{total} of {plural(count, 'event')}</span>
      </div>
      <table className="run-table">
        <thead><tr><th>ID</th><th>Type</th><th>Step</th><th>Time</th></tr></thead>
        <tbody>
          {rows.map((i) => {
            const event = all.at(i)!;
            const diverges = divergence?.eventId === event.id;
            return (
              <Fragment key={event.id}>
              <tr data-testid="event-row" data-type={event.type} data-diverged={diverges || undefined}
                className={`${i === data.cursor ? 'selected' : ''}${i > data.cursor ? ' future' : ''}${diverges ? ' diverged' : ''}`}>
                <td><button type="button" className="link" title="Show the run at this event" onClick={() => {
                  setCursor(i === count - 1 ? null : i);
                  if (event.studio.path) reveal(event.studio.path);
                }}>{event.id}</button></td>
                <td>
                  <details>
                    <summary>{event.type}</summary>
                    <EventDetails event={event} />
                  </details>
                </td>
                <td>{stateLabelOf(event) ?? ''}{event.studio.iteration?.length ? ` #${event.studio.iteration.join('.')}` : ''}</td>
                <td>{formatMs(event.studio.time - start)}</td>
              </tr>
              {diverges && (
                <tr className="divergence-note" data-testid="event-divergence"><td colSpan={4}>
                  Diverges here — AWS: {divergence.expected?.text ?? 'nothing more'} · this run: {divergence.actual?.text ?? 'nothing more'}
                </td></tr>
              )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <div className="run-pager">
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)} aria-label="Previous page" title="Previous page"><ChevronLeft size={14} aria-hidden="true" /></button>
        <span>Page {current + 1} of {pages}</span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)} aria-label="Next page" title="Next page"><ChevronRight size={14} aria-hidden="true" /></button>
      </div>
    </div>
  );
});

/** An event's decoded details: rendered only once its row is expanded. */
function EventDetails({ event }: { event: HistoryEvent }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const details = ref.current?.parentElement;
    if (!(details instanceof HTMLDetailsElement)) return undefined;
    const sync = () => setOpen(details.open);
    sync();
    details.addEventListener('toggle', sync);
    return () => details.removeEventListener('toggle', sync);
  }, []);
  return (
    <pre className="run-pre" ref={ref}>
      {open ? JSON.stringify({ details: decoded(event), previousEventId: event.previousEventId, timestamp: event.timestamp, studio: event.studio }, null, 2) : ''}
    </pre>
  );
}
