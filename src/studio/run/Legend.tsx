import type { RunNodeStatus } from '../../run/runViewTypes';

export const STATUS_LABELS: Record<RunNodeStatus, string> = {
  'in-progress': 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  caught: 'Caught error',
  cancelled: 'Cancelled',
  'not-reached': 'Not reached',
};

/** The colours the canvas uses for state statuses. */
export function Legend() {
  return (
    <div className="run-legend" data-testid="run-legend" aria-label="Status legend">
      {(Object.keys(STATUS_LABELS) as RunNodeStatus[]).map((status) => (
        <span key={status}><i className={`st-${status}`} />{STATUS_LABELS[status]}</span>
      ))}
    </div>
  );
}
