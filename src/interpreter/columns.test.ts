/** The history's packed storage: chunked columns and the stage log, across chunk boundaries. */
import { describe, expect, it } from 'vitest';
import { ChunkedList } from './chunkedList';
import { EventColumns } from './eventColumns';
import { StageLog } from './stageLog';

describe('EventColumns', () => {
  it('reads back every field of every event across several chunks', () => {
    const columns = new EventColumns();
    const n = 5000;
    const iteration = [3];
    const variables = { x: 1 };
    for (let i = 0; i < n; i++) {
      columns.push(i % 4, `T${i % 7}`, i % 2 ? `S${i}` : undefined, { i }, i % 3 ? `p/${i}` : undefined, i % 5 ? undefined : iteration, i % 2 ? variables : undefined, i - 1, 1_700_000_000_000 + i, i % 9 === 0 ? -1 : i % 9, i * 3);
    }
    expect(columns.length).toBe(n);
    for (let i = 0; i < n; i++) {
      expect(columns.kind(i)).toBe(i % 4);
      expect(columns.type(i)).toBe(`T${i % 7}`);
      expect(columns.name(i)).toBe(i % 2 ? `S${i}` : undefined);
      expect(columns.data(i)).toEqual({ i });
      expect(columns.path(i)).toBe(i % 3 ? `p/${i}` : undefined);
      expect(columns.iteration(i)).toBe(i % 5 ? undefined : iteration);
      expect(columns.variables(i)).toBe(i % 2 ? variables : undefined);
      expect(columns.prev(i)).toBe(i - 1);
      expect(columns.time(i)).toBe(1_700_000_000_000 + i);
      expect(columns.retryCount(i)).toBe(i % 9 === 0 ? -1 : i % 9);
      expect(columns.extra(i)).toBe(i * 3);
    }
  });
});

describe('ChunkedList', () => {
  it('keeps order across chunks and answers undefined past the end', () => {
    const list = new ChunkedList<number>();
    for (let i = 0; i < 5000; i++) list.push(i * 2);
    expect(list.length).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(list.get(i)).toBe(i * 2);
    expect(list.get(5000)).toBeUndefined();
  });
});

describe('StageLog', () => {
  it('gives back each run’s stages in order, sharing identical values, leaving undefined ones out', () => {
    const log = new StageLog();
    const input = { a: 1 };
    const params = { p: 2 };
    const placed = { a: 1, r: { p: 2 } };
    log.record({ input, afterInputPath: input, afterParameters: params, result: params, afterResultPath: placed, output: placed });
    log.record(undefined);
    log.record({ input: 0, afterInputPath: undefined, result: false, output: null });
    log.record({ input: 'x', arguments: 'x', result: 'y', afterResultSelector: 'x', output: 'x' });
    const first = log.next(input, placed)!;
    expect(first).toEqual({ input, afterInputPath: input, afterParameters: params, result: params, afterResultPath: placed, output: placed });
    expect(first.afterInputPath).toBe(input);
    expect(first.afterParameters).toBe(params);
    expect(first.output).toBe(placed);
    expect(Object.keys(first)).toEqual(['input', 'afterInputPath', 'afterParameters', 'result', 'afterResultPath', 'output']);
    expect(log.next('ignored', 'ignored')).toBeUndefined();
    const third = log.next(0, null)!;
    expect(third).toEqual({ input: 0, result: false, output: null });
    expect('afterInputPath' in third).toBe(false);
    expect(log.next('x', 'x')).toEqual({ input: 'x', arguments: 'x', result: 'y', afterResultSelector: 'x', output: 'x' });
    expect(log.next(1, 2)).toBeUndefined();
  });

  it('keeps thousands of runs', () => {
    const log = new StageLog();
    for (let i = 0; i < 6000; i++) log.record({ input: i, afterParameters: { i }, result: i + 1, output: i + 1 });
    for (let i = 0; i < 6000; i++) expect(log.next(i, i + 1)).toEqual({ input: i, afterParameters: { i }, result: i + 1, output: i + 1 });
  });
});
