import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { HistoryImportError, importExecutionHistory } from './index';
import { ev, recordHistory, type AwsEvent } from './testing/recorded';

const PASS: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', End: true } } };

function passHistory(): AwsEvent[] {
  return [
    ev(1, 0, 'ExecutionStarted', { input: '{"x":1}', inputDetails: { truncated: false } }),
    ev(2, 0, 'PassStateEntered', { name: 'A', input: '{"x":1}' }),
    ev(3, 2, 'PassStateExited', { name: 'A', output: '{"x":1}' }),
    ev(4, 3, 'PassStateEntered', { name: 'B', input: '{"x":1}' }),
    ev(5, 4, 'PassStateExited', { name: 'B', output: '{"x":1}' }),
    ev(6, 5, 'ExecutionSucceeded', { output: '{"x":1}' }),
  ];
}

function problemsOf(run: () => unknown) {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(HistoryImportError);
    return (e as HistoryImportError).problems;
  }
  throw new Error('expected the import to fail');
}

describe('importExecutionHistory', () => {
  it('reads every timestamp form as Date.parse does (seconds parsed once, fractions and offsets kept)', () => {
    const stamps = [
      '2024-05-01T12:00:07Z', '2024-05-01T12:00:07.5Z', '2024-05-01T12:00:07.123456+00:00', '2024-05-01T12:00:07.999999-03:30',
      '2024-05-01T12:00:07.12+02:00', '2024-05-01T12:00:07.1', '2024-05-01 12:00:07Z', 'Wed, 01 May 2024 12:00:09 GMT',
    ];
    const events = stamps.map((timestamp, i) => ({ ...ev(i + 1, i, i === 0 ? 'ExecutionStarted' : 'PassStateEntered', { name: 'A' }), timestamp }));
    const run = importExecutionHistory(JSON.stringify({ events }), { definition: PASS });
    expect(run.events.map((e) => e.studio.time)).toEqual(stamps.map((s) => Date.parse(s)));
    expect(run.events.map((e) => e.timestamp)).toEqual(stamps);
  });

  it('leaves a parsed value it was given as it was (events are copied, not annotated in place)', () => {
    const page = { events: passHistory() };
    const before = JSON.stringify(page);
    const run = importExecutionHistory(page, { definition: PASS });
    expect(run.events[1]!.studio.path).toBe('A');
    expect(JSON.stringify(page)).toBe(before);
  });

  it('reads one page: events in order, status, input and output, times from the timestamps', () => {
    const run = importExecutionHistory(JSON.stringify({ events: passHistory() }, null, 2), { definition: PASS });
    expect(run.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(run.status).toBe('SUCCEEDED');
    expect(run.input).toEqual({ x: 1 });
    expect(run.output).toEqual({ x: 1 });
    expect(run.events[3]!.studio).toEqual({ time: Date.UTC(2024, 0, 1, 0, 0, 4), path: 'B' });
    expect(run.definitionSource).toBe('option');
    expect(run.fit).toEqual([]);
  });

  it('sorts --reverse-order output by id', () => {
    const run = importExecutionHistory({ events: passHistory().reverse() });
    expect(run.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']);
  });

  it('joins pages written one after another, in an array, or split by nextToken, and reads overlapping events once', () => {
    const events = passHistory();
    const pages = [{ events: events.slice(0, 3), nextToken: 'abc' }, { events: events.slice(2) }];
    const appended = pages.map((p) => JSON.stringify(p, null, 2)).join('\n');
    for (const input of [appended, JSON.stringify(pages), pages]) {
      const run = importExecutionHistory(input as string);
      expect(run.events.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(run.warnings).toEqual(['1 event appeared twice (overlapping pages) and was read once.']);
    }
  });

  it('says which events are missing when a page was left out', () => {
    const events = passHistory();
    const run = importExecutionHistory({ events: [events[0], events[4], events[5]] });
    expect(run.warnings).toEqual(['Events 2–4 are missing (a page of the history was not included?).']);
  });

  it('takes the definition and execution facts from describe-… output in the same file or in other files', () => {
    const describeMachine = { stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:Orders', name: 'Orders', definition: JSON.stringify(PASS), roleArn: 'r' };
    const describeExecution = { executionArn: 'arn:aws:states:us-east-1:1:execution:Orders:run-7', stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:Orders', name: 'run-7', status: 'SUCCEEDED', startDate: 1704067200.5 };
    const files = [
      { name: 'history.json', text: JSON.stringify({ events: passHistory() }) },
      { name: 'machine.json', text: JSON.stringify(describeMachine) },
      { name: 'execution.json', text: JSON.stringify(describeExecution) },
    ];
    const run = importExecutionHistory(files);
    expect(run.definition).toEqual(PASS);
    expect(run.definitionSource).toBe('file');
    expect(run.execution).toEqual({ executionArn: describeExecution.executionArn, stateMachineArn: describeExecution.stateMachineArn, name: 'run-7', status: 'SUCCEEDED', startDate: '2024-01-01T00:00:00.500Z' });
    expect(run.events[1]!.studio.path).toBe('A');
    const combined = importExecutionHistory(JSON.stringify({ ...describeMachine, events: passHistory() }));
    expect(combined.definition).toEqual(PASS);
  });

  it('accepts epoch-second timestamps (SDK JSON output)', () => {
    const events = passHistory().map((e) => ({ ...e, timestamp: Date.parse(e.timestamp) / 1000 }));
    const run = importExecutionHistory({ events });
    expect(run.events[1]!.studio.time).toBe(Date.UTC(2024, 0, 1, 0, 0, 2));
  });

  it('flags truncated and omitted payloads', () => {
    const events = passHistory();
    events[1] = ev(2, 0, 'PassStateEntered', { name: 'A', input: '{"x":', inputDetails: { truncated: true } });
    events[4] = ev(5, 4, 'PassStateExited', { name: 'B', outputDetails: { truncated: false } });
    const run = importExecutionHistory({ events });
    expect(run.payloadNotices).toEqual([
      { eventId: 2, field: 'input', reason: 'truncated' },
      { eventId: 5, field: 'output', reason: 'omitted' },
    ]);
  });

  it('reports where a file is malformed: syntax with line and column, bad fields with their event', () => {
    expect(problemsOf(() => importExecutionHistory([{ name: 'h.json', text: '{"events": [\n  {"id": 1,}\n]}' }]))).toEqual([
      { message: 'JSON syntax error (PropertyNameExpected)', file: 'h.json', line: 2, column: 12 },
    ]);
    const events: unknown[] = passHistory();
    events[2] = { ...(events[2] as object), timestamp: 'yesterday' };
    events[3] = { ...(events[3] as object), type: 7 };
    const text = `${JSON.stringify({ events: [] })}\n${JSON.stringify({ events })}`;
    const problems = problemsOf(() => importExecutionHistory([{ name: 'h.json', text }]));
    expect(problems).toEqual([
      { message: 'expected an ISO-8601 timestamp, found "yesterday"', file: 'h.json', document: 2, path: ['events', 2, 'timestamp'], eventId: 3 },
      { message: 'expected an event type such as "TaskStateEntered", found 7', file: 'h.json', document: 2, path: ['events', 3, 'type'], eventId: 4 },
    ]);
    expect(String(new HistoryImportError(problems).message)).toContain('h.json, document 2, events[2].timestamp: expected an ISO-8601 timestamp');
    expect(problemsOf(() => importExecutionHistory('{"StartAt": 1}'))[0]!.message).toMatch(/expected a history page/);
    expect(problemsOf(() => importExecutionHistory(''))[0]!.message).toBe('The file is empty');
    expect(problemsOf(() => importExecutionHistory({ events: [] }))[0]!.message).toMatch(/no history events/);
  });

  it('places nested Map iterations and Parallel branches on the definition, also when iterations interleave', () => {
    const definition: StateMachine = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Parallel', End: true,
          Branches: [
            { StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } } } } },
            { StartAt: 'Other', States: { Other: { Type: 'Pass', End: true } } },
          ],
        },
      },
    };
    const events = [
      ev(1, 0, 'ExecutionStarted', { input: '[1,2]' }),
      ev(2, 0, 'ParallelStateEntered', { name: 'P', input: '[1,2]' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'MapStateEntered', { name: 'M', input: '[1,2]' }),
      ev(5, 3, 'PassStateEntered', { name: 'Other', input: '[1,2]' }),
      ev(6, 4, 'MapStateStarted', { length: 2 }),
      ev(7, 6, 'MapIterationStarted', { name: 'M', index: 0 }),
      ev(8, 6, 'MapIterationStarted', { name: 'M', index: 1 }),
      ev(9, 8, 'PassStateEntered', { name: 'Work', input: '2' }),
      ev(10, 7, 'PassStateEntered', { name: 'Work', input: '1' }),
      ev(11, 5, 'PassStateExited', { name: 'Other', output: '[1,2]' }),
      ev(12, 9, 'PassStateExited', { name: 'Work', output: '2' }),
      ev(13, 10, 'PassStateExited', { name: 'Work', output: '1' }),
      ev(14, 12, 'MapIterationSucceeded', { name: 'M', index: 1 }),
      ev(15, 13, 'MapIterationSucceeded', { name: 'M', index: 0 }),
      ev(16, 15, 'MapStateSucceeded'),
      ev(17, 16, 'MapStateExited', { name: 'M', output: '[1,2]' }),
      ev(18, 17, 'ParallelStateSucceeded'),
      ev(19, 18, 'ParallelStateExited', { name: 'P', output: '[[1,2],[1,2]]' }),
      ev(20, 19, 'ExecutionSucceeded', { output: '[[1,2],[1,2]]' }),
    ];
    const run = importExecutionHistory({ events }, { definition });
    const placed = run.events.map((e) => `${e.id} ${e.studio.path ?? '-'} ${e.studio.iteration?.join('.') ?? ''}`.trim());
    expect(placed).toEqual([
      '1 -', '2 P', '3 P', '4 P/0/M', '5 P/1/Other', '6 P/0/M', '7 P/0/M 0', '8 P/0/M 1', '9 P/0/M/0/Work 1', '10 P/0/M/0/Work 0',
      '11 P/1/Other', '12 P/0/M/0/Work 1', '13 P/0/M/0/Work 0', '14 P/0/M 1', '15 P/0/M 0', '16 P/0/M', '17 P/0/M', '18 P', '19 P', '20 -',
    ]);
    expect(run.fit).toEqual([]);
  });

  it('places a callback task and its answer on the state', async () => {
    const definition: StateMachine = { StartAt: 'Approve', States: { Approve: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, End: true } } };
    const recorded = await recordHistory(definition, {}, { mocks: { Approve: [{ Return: { approved: true } }] } });
    const run = importExecutionHistory(recorded, { definition });
    expect(run.events.filter((e) => e.type.startsWith('Task')).map((e) => `${e.type} ${e.studio.path}`)).toEqual([
      'TaskStateEntered Approve', 'TaskScheduled Approve', 'TaskStarted Approve', 'TaskSucceeded Approve', 'TaskStateExited Approve',
    ]);
  });

  it('says when the history does not fit the workflow: unknown state, other type', () => {
    const other: StateMachine = { StartAt: 'A', States: { A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } };
    const run = importExecutionHistory({ events: passHistory() }, { definition: other });
    expect(run.fit.map((f) => f.message)).toEqual([
      "Event 2 (PassStateEntered) has 'A' as a Pass state; in this workflow it is a Task state.",
      "Event 3 (PassStateExited) has 'A' as a Pass state; in this workflow it is a Task state.",
      "The history has a state 'B' (event 4), which is not in this workflow.",
    ]);
  });
});
