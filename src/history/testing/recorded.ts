/**
 * Test helpers: AWS-shaped histories made by hand or recorded with the local engine (whose
 * events have the GetExecutionHistory shape) and stripped of the studio's annotations, as AWS
 * would hand them over.
 */
import { startExecution } from '../../interpreter/execution';
import type { ExecutionOptions, HistoryEvent } from '../../interpreter/types';

export type AwsEvent = Record<string, unknown> & { id: number; previousEventId: number; type: string; timestamp: string };

/** A local run's history as plain AWS JSON (no `studio`), timestamps 1 s apart from 2024-01-01. */
export async function recordHistory(definition: unknown, input: unknown, options: ExecutionOptions = {}): Promise<{ events: AwsEvent[] }> {
  const result = await startExecution(definition, input, { seed: 3, startTime: Date.UTC(2024, 0, 1), ...options }).result;
  return { events: result.events.map(strip) };
}

export function strip(event: HistoryEvent): AwsEvent {
  const { studio: _studio, ...rest } = JSON.parse(JSON.stringify(event)) as HistoryEvent;
  return rest as AwsEvent;
}

/** A hand-made event: `ev(3, 2, 'PassStateEntered', { name: 'A', input: '{}' })`. */
export function ev(id: number, previousEventId: number, type: string, details?: Record<string, unknown>): AwsEvent {
  const event: AwsEvent = { id, previousEventId, type, timestamp: new Date(Date.UTC(2024, 0, 1, 0, 0, id)).toISOString() };
  if (details) {
    const m = /^(?:Task|Pass|Choice|Wait|Succeed|Fail|Parallel|Map)State(Entered|Exited)$/.exec(type);
    event[m ? `state${m[1]}EventDetails` : `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`] = details;
  }
  return event;
}

/**
 * Renumbers events given in a new order (ids 1..n, `previousEventId` following), as AWS would
 * number the same events had they happened in that order.
 */
export function renumber(events: AwsEvent[]): AwsEvent[] {
  const ids = new Map(events.map((e, i) => [e.id, i + 1]));
  return events.map((e, i) => ({ ...e, id: i + 1, previousEventId: e.previousEventId === 0 ? 0 : (ids.get(e.previousEventId) ?? 0) }));
}
