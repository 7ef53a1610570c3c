import { describe, expect, it } from 'vitest';
import { startExecution } from './execution';
import { stateNameOf } from './eventDetails';
import { eventLabels, eventSignal, pauseSignal, run } from './testing/run';
import { simulatedClock, type Clock } from '../time/clock';

const chain = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Pass', End: true } },
};

describe('debugger controls', () => {
  it('startPaused + step() advance one history event at a time', async () => {
    const events = eventSignal(() => false);
    const ex = startExecution(chain, {}, { startPaused: true, onEvent: events.onEvent });
    await ex.step();
    const n1 = events.seen.length;
    await ex.step();
    const n2 = events.seen.length;
    expect(n1).toBeGreaterThan(0);
    expect(n2).toBe(n1 + 1);
    expect(ex.paused()).toBe(true);
    ex.resume();
    const r = await ex.result;
    expect(r.status).toBe('SUCCEEDED');
    expect(eventLabels(r)).toHaveLength(8);
  });
  it('pauses on a breakpoint (by name or path) and resumes', async () => {
    const { seen, onEvent } = eventSignal(() => false);
    const pause = pauseSignal();
    const ex = startExecution(chain, {}, { breakpoints: ['B'], onEvent, onPause: pause.onPause });
    await pause.next();
    expect(ex.paused()).toBe(true);
    expect(seen.at(-1)?.type).toBe('PassStateEntered');
    expect(stateNameOf(seen.at(-1)!)).toBe('B');
    ex.resume();
    expect((await ex.result).status).toBe('SUCCEEDED');
  });
  it('stop() aborts with ExecutionAborted', async () => {
    const ex = startExecution(chain, {}, { startPaused: true });
    ex.stop('User', 'stopped in test');
    const r = await ex.result;
    expect(r).toMatchObject({ status: 'ABORTED', error: 'User', cause: 'stopped in test' });
    expect(r.events.at(-1)?.type).toBe('ExecutionAborted');
  });
  it('events() streams every event and ends with the execution', async () => {
    const ex = startExecution(chain, {});
    const types: string[] = [];
    for await (const e of ex.events()) types.push(e.type);
    expect(types[0]).toBe('ExecutionStarted');
    expect(types.at(-1)).toBe('ExecutionSucceeded');
  });
});

describe('callbacks', () => {
  const def = { StartAt: 'W', States: { W: { Type: 'Task', Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken', Parameters: { 'token.$': '$$.Task.Token' }, End: true } } };
  it('.waitForTaskToken waits for sendTaskSuccess with the token from $$.Task.Token', async () => {
    const submitted = eventSignal((e) => e.type === 'TaskSubmitted');
    const ex = startExecution(def, {}, { onEvent: submitted.onEvent });
    await submitted.reached;
    expect(ex.pendingTaskTokens()).toHaveLength(1);
    const { token, stateName } = ex.pendingTaskTokens()[0]!;
    expect(stateName).toBe('W');
    expect(ex.status()).toBe('RUNNING');
    const scheduled = submitted.seen.find((e) => e.type === 'TaskScheduled')!;
    expect(JSON.parse(scheduled.taskScheduledEventDetails!.parameters)).toEqual({ token });
    ex.sendTaskSuccess(token, { approved: true });
    const r = await ex.result;
    expect(r.output).toEqual({ approved: true });
    expect(eventLabels(r)).toContain('TaskSubmitted');
  });
  it('sendTaskFailure fails the task with the given error', async () => {
    const submitted = eventSignal((e) => e.type === 'TaskSubmitted');
    const ex = startExecution(def, {}, { onEvent: submitted.onEvent });
    await submitted.reached;
    ex.sendTaskFailure(ex.pendingTaskTokens()[0]!.token, 'Rejected', 'no');
    expect(await ex.result).toMatchObject({ status: 'FAILED', error: 'Rejected', cause: 'no' });
  });
});

describe('guards and limits', () => {
  it('the runaway guard stops an endless loop', async () => {
    const loop = {
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'End' }], Default: 'A' }, End: { Type: 'Succeed' } },
    };
    const r = await run(loop, {}, { maxTransitions: 500, maxEvents: 100_000 });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('500');
  });
  it('the history limit fails the execution', async () => {
    const loop = {
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Choice', Choices: [{ Variable: '$.stop', IsPresent: true, Next: 'End' }], Default: 'A' }, End: { Type: 'Succeed' } },
    };
    const r = await run(loop, {}, { maxEvents: 50 });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.Runtime' });
    expect(r.cause).toContain('50 events');
  });
  it('a state output over 256 KiB fails with States.DataLimitExceeded', async () => {
    const big = 'x'.repeat(300 * 1024);
    const r = await run({ StartAt: 'P', States: { P: { Type: 'Pass', Parameters: { 'a.$': '$.s', 'b.$': '$.s' }, End: true } } }, { s: big.slice(0, 150 * 1024) });
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.DataLimitExceeded' });
  });
  it('an invalid definition is rejected with diagnostics before running', async () => {
    const r = await run({ StartAt: 'Nope', States: { A: { Type: 'Pass', End: true } } });
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('ValidationError');
    expect(r.diagnostics?.length).toBeGreaterThan(0);
    expect(r.events).toEqual([]);
  });
  it('the execution TimeoutSeconds fires on the simulated clock', async () => {
    const r = await run({ TimeoutSeconds: 60, StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 3600, End: true } } });
    expect(r.status).toBe('TIMED_OUT');
    expect(r.events.at(-1)?.type).toBe('ExecutionTimedOut');
  });
  it('on a real-time clock a Wait arms a timer and the run ends only when it fires', async () => {
    // A clock that is not simulated (the interpreter waits for it, as for the real one), driven here by hand.
    const manual = simulatedClock(0);
    let armed!: (ms: number) => void;
    const timerArmed = new Promise<number>((resolve) => (armed = resolve));
    const clock: Clock = {
      now: () => manual.now(),
      setTimeout: (fire, ms) => {
        armed(ms);
        return manual.setTimeout(fire, ms);
      },
      clearTimeout: manual.clearTimeout,
    };
    const ex = startExecution({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } }, {}, { clock });
    expect(await timerArmed).toBe(1000);
    expect(ex.status()).toBe('RUNNING');
    manual.advance(999);
    expect(ex.status()).toBe('RUNNING');
    manual.advance(1);
    const r = await ex.result;
    expect(r).toMatchObject({ status: 'SUCCEEDED', startTime: 0, stopTime: 1000 });
  });
});

describe('an endless loop of synchronous states', () => {
  const loop = {
    StartAt: 'A',
    States: {
      A: { Type: 'Pass', Next: 'B' },
      B: { Type: 'Choice', Choices: [{ Variable: '$.never', IsPresent: true, Next: 'C' }], Default: 'A' },
      C: { Type: 'Succeed' },
    },
  };
  const unlimited = { maxTransitions: 1e9, maxEvents: 1e9 };

  it('still yields to the host, so a timer can stop it', async () => {
    const ex = startExecution(loop, {}, unlimited);
    // Queued behind the engine's first slice: it runs only if the endless loop gives the host a turn.
    setTimeout(() => ex.stop(), 0);
    const r = await ex.result;
    expect(r.status).toBe('ABORTED');
    expect(r.events.at(-1)?.type).toBe('ExecutionAborted');
  });
});
