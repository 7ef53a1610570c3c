import { describe, expect, it } from 'vitest';
import { flatEvents, run } from './testing/run';
import { detailsOf } from './eventDetails';

describe('history of a Parallel inside a Map', () => {
  const def = {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        MaxConcurrency: 1,
        ItemProcessor: {
          StartAt: 'P',
          States: {
            P: {
              Type: 'Parallel',
              Branches: [
                { StartAt: 'L', States: { L: { Type: 'Pass', Parameters: { 'left.$': '$' }, End: true } } },
                { StartAt: 'R', States: { R: { Type: 'Pass', Parameters: { 'right.$': '$' }, End: true } } },
              ],
              End: true,
            },
          },
        },
        End: true,
      },
    },
  };

  it('records AWS event types, ids and previousEventId links, and state paths', async () => {
    const r = await run(def, [1, 2]);
    expect(r.output).toEqual([
      [{ left: 1 }, { right: 1 }],
      [{ left: 2 }, { right: 2 }],
    ]);
    const rows = flatEvents(r).map((e) => [e.id, e.previousEventId, e.type, e.name ?? e.index ?? '']);
    expect(rows.slice(0, 14)).toEqual([
      [1, 0, 'ExecutionStarted', ''],
      [2, 0, 'MapStateEntered', 'M'],
      [3, 2, 'MapStateStarted', ''],
      [4, 3, 'MapIterationStarted', 'M'],
      [5, 4, 'ParallelStateEntered', 'P'],
      [6, 5, 'ParallelStateStarted', ''],
      [7, 6, 'PassStateEntered', 'L'],
      [8, 7, 'PassStateExited', 'L'],
      [9, 6, 'PassStateEntered', 'R'],
      [10, 9, 'PassStateExited', 'R'],
      [11, 10, 'ParallelStateSucceeded', ''],
      [12, 10, 'ParallelStateExited', 'P'],
      [13, 12, 'MapIterationSucceeded', 'M'],
      [14, 12, 'MapIterationStarted', 'M'],
    ]);
    expect(rows.slice(-4)).toEqual([
      [23, 22, 'MapIterationSucceeded', 'M'],
      [24, 23, 'MapStateSucceeded', ''],
      [25, 23, 'MapStateExited', 'M'],
      [26, 25, 'ExecutionSucceeded', ''],
    ]);
    const entered = r.events.filter((e) => e.type.endsWith('StateEntered'));
    expect(entered.map((e) => e.studio.path)).toEqual(['M', 'M/0/P', 'M/0/P/0/L', 'M/0/P/1/R', 'M/0/P', 'M/0/P/0/L', 'M/0/P/1/R']);
    expect(entered.map((e) => e.studio.iteration ?? [])).toEqual([[], [0], [0], [0], [1], [1], [1]]);
  });

  it('keeps payloads as JSON text in the AWS detail objects', async () => {
    const r = await run(def, [1]);
    const entered = r.events.find((e) => e.type === 'PassStateEntered')!;
    expect(entered.stateEnteredEventDetails).toEqual({ name: 'L', input: '1' });
    expect(JSON.parse(JSON.stringify(r.events[0]!)).executionStartedEventDetails.input).toBe('[1]');
    expect(detailsOf(structuredClone(r.events.at(-1)!))).toMatchObject({ output: '[[{"left":1},{"right":1}]]' });
    const timestamps = r.events.map((e) => e.timestamp);
    expect(timestamps.every((t) => !Number.isNaN(Date.parse(t)))).toBe(true);
  });

  it('records the data-flow stages of a state for the step-details pane', async () => {
    const r = await run(
      { StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:getItem', InputPath: '$.in', Parameters: { 'Key.$': '$.k' }, ResultSelector: { 'item.$': '$.Item' }, ResultPath: '$.out', OutputPath: '$.out', End: true } } },
      { in: { k: 1 } },
      { mocks: { T: [{ Return: { Item: { a: 1 } } }] } },
    );
    const exited = r.events.find((e) => e.type === 'TaskStateExited')!;
    expect(exited.studio.stages).toEqual({
      input: { in: { k: 1 } },
      afterInputPath: { k: 1 },
      afterParameters: { Key: 1 },
      result: { Item: { a: 1 } },
      afterResultSelector: { item: { a: 1 } },
      afterResultPath: { in: { k: 1 }, out: { item: { a: 1 } } },
      output: { item: { a: 1 } },
    });
  });
});
