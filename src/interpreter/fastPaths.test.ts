/**
 * Behaviour the engine's fast paths must keep: data-flow stages (and the option to leave them
 * out), Map iterations started lazily but in the order separate fibers would run, failure
 * stopping the iterations not started yet, long histories, and pause/stop reaching a loop of
 * synchronous states at the very next event.
 */
import { describe, expect, it } from 'vitest';
import { resolvePayloadTemplate, type TemplateCache } from './dataflow';
import { startExecution } from './execution';
import { eventLabels, pauseSignal, run } from './testing/run';

const passChain = {
  StartAt: 'A',
  States: {
    A: { Type: 'Pass', Parameters: { 'v.$': '$.x' }, ResultPath: '$.a', Next: 'B' },
    B: { Type: 'Choice', Choices: [{ Variable: '$.a.v', NumericEquals: 1, Next: 'C' }], Default: 'C' },
    C: { Type: 'Succeed', OutputPath: '$.a' },
  },
};

describe('data-flow stages', () => {
  it('are recorded on every Exited event by default', async () => {
    const r = await run(passChain, { x: 1 });
    const exited = r.events.filter((e) => e.type.endsWith('StateExited'));
    expect(exited.map((e) => e.studio.stages)).toEqual([
      { input: { x: 1 }, afterInputPath: { x: 1 }, afterParameters: { v: 1 }, result: { v: 1 }, afterResultPath: { x: 1, a: { v: 1 } }, output: { x: 1, a: { v: 1 } } },
      { input: { x: 1, a: { v: 1 } }, afterInputPath: { x: 1, a: { v: 1 } }, output: { x: 1, a: { v: 1 } } },
      { input: { x: 1, a: { v: 1 } }, afterInputPath: { x: 1, a: { v: 1 } }, output: { v: 1 } },
    ]);
    expect(exited.every((e) => e.studio.variables !== undefined && e.studio.retryCount === 0)).toBe(true);
  });

  it('are left out with recordStages: false (the rest of the history is the same)', async () => {
    const withStages = await run(passChain, { x: 1 }, { startTime: 0 });
    const without = await run(passChain, { x: 1 }, { startTime: 0, recordStages: false });
    expect(without.events.some((e) => e.studio.stages !== undefined)).toBe(false);
    const strip = (events: typeof without.events) => events.map((e) => ({ ...e, studio: { ...e.studio, stages: undefined } }));
    expect(strip(without.events)).toEqual(strip(withStages.events));
  });
});

describe('Map iterations', () => {
  it('all start before any of them continues after a wait (the order of separate fibers)', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, Next: 'P' }, P: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    };
    const r = await run(def, [1, 2, 3]);
    expect(r.status).toBe('SUCCEEDED');
    const labels = eventLabels(r).filter((l) => /^(MapIterationStarted|WaitStateEntered|WaitStateExited|PassStateExited)/.test(l));
    expect(labels).toEqual([
      'MapIterationStarted:M',
      'WaitStateEntered:W',
      'MapIterationStarted:M',
      'WaitStateEntered:W',
      'MapIterationStarted:M',
      'WaitStateEntered:W',
      'WaitStateExited:W',
      'PassStateExited:P',
      'WaitStateExited:W',
      'PassStateExited:P',
      'WaitStateExited:W',
      'PassStateExited:P',
    ]);
  });

  it('a failing iteration stops those not started yet', async () => {
    const def = {
      StartAt: 'M',
      States: {
        M: {
          Type: 'Map',
          MaxConcurrency: 2,
          ItemProcessor: {
            StartAt: 'C',
            States: {
              C: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 3, Next: 'F' }], Default: 'W' },
              W: { Type: 'Wait', Seconds: 1, End: true },
              F: { Type: 'Fail', Error: 'Three' },
            },
          },
          End: true,
        },
      },
    };
    const r = await run(def, [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(r).toMatchObject({ status: 'FAILED', error: 'Three' });
    const started = r.events.filter((e) => e.type === 'MapIterationStarted').length;
    expect(started).toBeLessThan(8);
    expect(eventLabels(r)).toContain('MapIterationFailed:M');
  });

  it('single-steps through iterations as before (MapIterationSucceeded is not a stop of its own)', async () => {
    const def = { StartAt: 'M', States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } } };
    const types: string[] = [];
    const ex = startExecution(def, Array.from({ length: 40 }, (_, i) => i), { startPaused: true, onEvent: (e) => void types.push(e.type) });
    const counts: number[] = [];
    for (let i = 0; i < 100; i++) {
      await ex.step();
      counts.push(types.length);
    }
    // Entered, Exited, then Succeeded + the next MapIterationStarted together: 1, 1, 2, ...
    const steps = counts.slice(1).map((n, i) => n - counts[i]!);
    expect(steps.slice(3, 12)).toEqual([1, 2, 1, 1, 2, 1, 1, 2, 1]);
    expect(steps.every((d) => d === 1 || d === 2)).toBe(true);
    expect(types.filter((t) => t === 'MapIterationStarted').length).toBeGreaterThan(20);
    ex.resume();
    expect((await ex.result).status).toBe('SUCCEEDED');
  });

  it('an ItemSelector path that matches nothing fails the Map with States.Runtime', async () => {
    const def = {
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemSelector: { 'x.$': '$$.Map.Item.Value.missing' }, ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } }, End: true } },
    };
    const r = await run(def, [{ a: 1 }]);
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('missing');
  });

  it('runs 3,000 items with a consistent event chain', async () => {
    const def = {
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'n.$': '$' }, End: true } } }, End: true } },
    };
    const items = Array.from({ length: 3000 }, (_, i) => i);
    const r = await run(def, items, { maxEvents: 100_000 });
    expect(r.status).toBe('SUCCEEDED');
    expect((r.output as { n: number }[]).map((o) => o.n)).toEqual(items);
    // ExecutionStarted, MapStateEntered/Started, 4 per item, MapStateSucceeded/Exited, ExecutionSucceeded
    expect(r.events).toHaveLength(3 + 3000 * 4 + 3);
    r.events.forEach((e, i) => {
      expect(e.id).toBe(i + 1);
      expect(e.previousEventId).toBeLessThan(e.id);
    });
    const iterationOf = r.events.filter((e) => e.type === 'PassStateExited').map((e) => e.studio.iteration?.[0]);
    expect(iterationOf).toEqual(items);
  });
});

describe('a loop of synchronous states', () => {
  const loop = {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Choice', Choices: [{ Variable: '$.never', IsPresent: true, Next: 'C' }], Default: 'A' },
      C: { Type: 'Succeed' },
    },
  };
  const unlimited = { maxTransitions: 1e9, maxEvents: 1e9 };

  it('pauses at the next event after pause() from onEvent, and stops at once on stop()', async () => {
    let seen = 0;
    const pause = pauseSignal();
    const ex = startExecution(loop, {}, { ...unlimited, onPause: pause.onPause, onEvent: () => { if (++seen === 40) ex.pause(); } });
    await pause.next();
    expect(ex.paused()).toBe(true);
    expect(seen).toBe(40);
    let after = 0;
    const stopped = startExecution(loop, {}, { ...unlimited, onEvent: () => { if (++after === 33) stopped.stop(); } });
    const r = await stopped.result;
    expect(r.status).toBe('ABORTED');
    expect(after).toBe(34); // the 33rd event, then ExecutionAborted
    ex.stop();
  });

  it('single-steps one event at a time well past the 32-tick slice check', async () => {
    let recorded = 0;
    const ex = startExecution(loop, {}, { ...unlimited, startPaused: true, onEvent: () => void (recorded += 1) });
    const counts: number[] = [];
    for (let i = 0; i < 70; i++) {
      await ex.step();
      counts.push(recorded);
    }
    expect(ex.paused()).toBe(true);
    expect(counts).toEqual(counts.map((_, i) => counts[0]! + i));
    ex.stop();
    expect((await ex.result).status).toBe('ABORTED');
  });
});

describe('compiled payload templates', () => {
  it('give the same values as the uncompiled path, fresh objects each time', () => {
    const template = { a: 'x', 'b.$': '$.b', 'c.$': "States.Format('{}-{}', $.b, $$.Execution.Name)", nested: [{ 'd.$': '$var' }, 2], 'e.$': '$.list[-1:]' };
    const ctx = { input: { b: 1, list: [1, 2, 3] }, context: { Execution: { Name: 'n' } }, variables: { var: true } };
    const cache: TemplateCache = new WeakMap();
    const plain = resolvePayloadTemplate(template, ctx);
    const first = resolvePayloadTemplate(template, { ...ctx, templates: cache });
    const second = resolvePayloadTemplate(template, { ...ctx, templates: cache });
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    expect(second).not.toBe(first);
    expect((second as { nested: unknown }).nested).not.toBe((first as { nested: unknown }).nested);
  });

  it('raise the same errors as the uncompiled path', () => {
    const cache: TemplateCache = new WeakMap();
    const ctx = { input: { a: 1 }, context: {}, variables: {} };
    for (const template of [{ 'x.$': '$.missing' }, { 'x.$': 5 }, { 'x.$': '$[' }, { 'x.$': 'States.Nope(1)' }, { 'x.$': 'States.ArrayGetItem($.a, 1)' }]) {
      const error = (cached: boolean) => {
        try {
          resolvePayloadTemplate(template, cached ? { ...ctx, templates: cache } : ctx);
        } catch (e) {
          return { error: (e as { error: string }).error, cause: (e as { cause: string }).cause };
        }
        return undefined;
      };
      expect(error(true)).toBeDefined();
      expect(error(true)).toEqual(error(false));
    }
  });
});

describe('the 256 KiB payload limit', () => {
  const task = (extra: Record<string, unknown> = {}) => ({ StartAt: 'T', States: { T: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:f', End: true, ...extra } } });

  it('fails a task whose result is too big', async () => {
    const r = await run(task(), {}, { taskHandlers: { T: () => ({ big: 'x'.repeat(300 * 1024) }) } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });

  it('fails a state whose output (input + result placed by ResultPath) is too big, though each part is not', async () => {
    const input = { a: 'x'.repeat(150 * 1024) };
    const r = await run(task({ ResultPath: '$.r' }), input, { taskHandlers: { T: () => ({ b: 'y'.repeat(150 * 1024) }) } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
    expect(r.cause).toContain("'T'");
  });

  it('passes a Pass/Choice chain that keeps a big payload just under the limit', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: { Type: 'Pass', Next: 'C' },
        C: { Type: 'Choice', Choices: [{ Variable: '$.n', NumericEquals: 1, Next: 'S' }], Default: 'S' },
        S: { Type: 'Succeed' },
      },
    };
    const input = { n: 1, s: 'x'.repeat(256 * 1024 - 20) };
    const r = await run(def, input);
    expect(r.status).toBe('SUCCEEDED');
  });
});

describe('Task attempts without a coroutine of their own', () => {
  const loop = {
    StartAt: 'Call',
    States: {
      Call: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:inc', Next: 'Check' },
      Check: { Type: 'Choice', Choices: [{ Variable: '$.i', NumericLessThan: 20, Next: 'Call' }], Default: 'Done' },
      Done: { Type: 'Succeed' },
    },
  };
  const inc = (input: unknown) => ({ i: (input as { i: number }).i + 1 });

  it('give the same history as coroutine runs (a Retry forces the coroutine path)', async () => {
    const fast = await run(loop, { i: 0 }, { startTime: 0, taskHandlers: { Call: inc } });
    const withRetry = { ...loop, States: { ...loop.States, Call: { ...loop.States.Call, Retry: [{ ErrorEquals: ['Nope'] }] } } };
    const slow = await run(withRetry, { i: 0 }, { startTime: 0, taskHandlers: { Call: inc } });
    expect(fast.output).toEqual({ i: 20 });
    expect(eventLabels(fast)).toEqual(eventLabels(slow));
    expect(fast.events.map((e) => [e.previousEventId, e.studio.stages])).toEqual(slow.events.map((e) => [e.previousEventId, e.studio.stages]));
  });

  it('wait for an asynchronous handler', async () => {
    const r = await run(loop, { i: 0 }, { taskHandlers: { Call: async (input) => inc(input) } });
    expect(r.output).toEqual({ i: 20 });
  });

  it('fail with the handler’s error', async () => {
    const r = await run(loop, { i: 0 }, { taskHandlers: { Call: () => { throw Object.assign(new Error('bad'), { name: 'Boom' }); } } });
    expect(r).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'bad' });
    expect(eventLabels(r)).toContain('LambdaFunctionFailed');
  });

  for (const at of ['LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionSucceeded']) {
    it(`pause right after ${at} when a listener pauses there, then finish the same`, async () => {
      const types: string[] = [];
      let paused = false;
      const pause = pauseSignal();
      const ex = startExecution(loop, { i: 0 }, {
        taskHandlers: { Call: inc },
        onPause: pause.onPause,
        onEvent: (e) => {
          types.push(e.type);
          if (!paused && e.type === at && types.filter((t) => t === at).length === 7) {
            paused = true;
            ex.pause();
          }
        },
      });
      await pause.next();
      expect(ex.paused()).toBe(true);
      expect(types.at(-1)).toBe(at);
      ex.resume();
      const r = await ex.result;
      expect(r.output).toEqual({ i: 20 });
    });

    it(`stop at once when a listener stops the run at ${at}`, async () => {
      const types: string[] = [];
      const ex = startExecution(loop, { i: 0 }, {
        taskHandlers: { Call: inc },
        onEvent: (e) => {
          types.push(e.type);
          if (e.type === at && types.filter((t) => t === at).length === 3) ex.stop();
        },
      });
      const r = await ex.result;
      expect(r.status).toBe('ABORTED');
      expect(types.slice(-2)).toEqual([at, 'ExecutionAborted']);
    });
  }
});
