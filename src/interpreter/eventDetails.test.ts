import { describe, expect, it } from 'vitest';
import { startExecution } from './execution';
import { detailsKeyOf, detailsOf, failureOf, isFailureEvent, iterationIndexOf, resourceOf, stateNameOf } from './eventDetails';
import type { EventDetailsInput } from './history';
import type { HistoryEvent, HistoryEventType } from './types';

const base = { id: 1, previousEventId: 0, timestamp: '2026-01-01T00:00:00.000Z', studio: { time: 0 } };

describe('HistoryEvent, a union discriminated on type', () => {
  it('types each details object by the event type (typecheck fails on a wrong details key or field)', () => {
    const scheduled: HistoryEvent = {
      ...base,
      type: 'TaskScheduled',
      taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: '{}' },
    };
    // @ts-expect-error a TaskScheduled event has no taskFailedEventDetails
    const wrongKey: HistoryEvent = { ...base, type: 'TaskScheduled', taskFailedEventDetails: { error: 'E' } };
    const wrongField: HistoryEvent = {
      ...base,
      type: 'TaskScheduled',
      // @ts-expect-error `parameter` is not a field of TaskScheduledEventDetails (`parameters` is)
      taskScheduledEventDetails: { resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameter: '{}' },
    };
    // @ts-expect-error not a GetExecutionHistory event type
    const wrongType: HistoryEventType = 'TaskFinished';
    // @ts-expect-error the engine records a payload as a value, but `region` is text
    const wrongInput: EventDetailsInput<'TaskScheduled'> = { resourceType: 'lambda', resource: 'invoke', region: 1, parameters: { a: 1 } };
    const engineInput: EventDetailsInput<'TaskScheduled'> = { resourceType: 'lambda', resource: 'invoke', region: 'us-east-1', parameters: { a: 1 } };
    if (scheduled.type === 'TaskScheduled') {
      expect(scheduled.taskScheduledEventDetails?.parameters).toBe('{}');
      // @ts-expect-error narrowed on type: only its own details key exists
      expect(scheduled.taskSucceededEventDetails).toBeUndefined();
    }
    expect([wrongKey.type, wrongField.type, wrongType, wrongInput.region, engineInput.region]).toHaveLength(5);
  });

  it('reads a real run through the typed readers', async () => {
    const definition = {
      StartAt: 'Call',
      States: {
        Call: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: { 'n.$': '$.n' }, Next: 'Each' },
        Each: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Item', States: { Item: { Type: 'Pass', End: true } } }, Next: 'Boom' },
        Boom: { Type: 'Fail', Error: 'Custom.Error', Cause: 'because' },
      },
    };
    const mocks = { Call: { Return: { items: [10, 20] } } };
    const result = await startExecution(definition, { n: 1 }, { mocks, defaultMockPolicy: 'fail' }).result;
    const events = result.events;
    const scheduled = events.find((e) => e.type === 'TaskScheduled')!;
    expect(JSON.parse(scheduled.taskScheduledEventDetails!.parameters)).toEqual({ n: 1 });
    expect(resourceOf(scheduled)).toBe('sqs:sendMessage');
    expect(detailsOf(scheduled)?.region).toBe('us-east-1');
    expect(events.filter((e) => e.type === 'MapIterationStarted').map((e) => [stateNameOf(e), iterationIndexOf(e)])).toEqual([['Each', 0], ['Each', 1]]);
    const end = events.at(-1)!;
    expect(end.type).toBe('ExecutionFailed');
    expect(isFailureEvent(end)).toBe(true);
    expect(failureOf(end)).toEqual({ error: 'Custom.Error', cause: 'because' });
    expect(failureOf(scheduled)).toBeUndefined();
    for (const event of events) {
      // Every event keeps its details (if any) under the key its type names, and nothing else.
      const keys = Object.keys(event).filter((k) => k.endsWith('EventDetails'));
      expect(keys.every((k) => k === detailsKeyOf(event.type))).toBe(true);
    }
  });
});
