/**
 * The driver: runs the coroutines ("fibers") of one execution. It resumes ready fibers
 * synchronously in time slices, answers their effects (timers on the simulated or real clock,
 * promises, child groups), and pauses on breakpoints, `pause()` and single steps. Nothing here
 * knows ASL; the states' logic lives in the coroutines.
 */
import { StatesError } from '../../asl/statesError';
import type { SimulatedClock, TimerHandle } from '../../time/clock';
import type { Effect, Gen } from './effects';
import { toStatesError } from './errors';
import type { ChildGroup } from './group';
import type { Runtime } from './runtime';

type Resume = { ok: true; value: unknown } | { ok: false; error: unknown };

interface Fiber {
  gen: Gen<unknown> | undefined;
  /** The fiber that started this one as child `index` of `group` (none for the root). */
  parent: Fiber | undefined;
  group: ChildGroup | undefined;
  index: number;
  /**
   * {@link NOT_A_SPAWNER} for a fiber. Otherwise this is a spawner: it holds the place in the ready queue of the
   * children `index`…`end - 1` of `group`, which are started one by one as the driver reaches
   * it (in the order separate fibers queued there would have run), so a Map of 10,000 items
   * does not create 10,000 fibers at once.
   */
  end: number;
  resume: Resume;
  children: Set<Fiber> | undefined;
  /** Incremented per await so a late timeout or settlement is ignored. */
  waitId: number;
  cancelled: boolean;
  done: boolean;
}

/** `end` of a fiber that is not a spawner. */
const NOT_A_SPAWNER = -1;
/** How long the driver runs fibers before it lets the host's event loop in. */
const SLICE_MS = 12;
const OK_UNDEFINED: Resume = { ok: true, value: undefined };

const clockNow: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

const setImmediateFn: ((callback: () => void) => unknown) | undefined = (globalThis as { setImmediate?: (callback: () => void) => unknown }).setImmediate;

/**
 * Lets the host's event loop run: setImmediate in Node (a MessageChannel there costs about a
 * millisecond to set up), else a MessageChannel (no 4 ms timer clamping), else a timer.
 */
function yieldToHost(): Promise<void> {
  if (setImmediateFn) return new Promise((resolve) => setImmediateFn(resolve));
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      // `onmessage` exists on both the DOM's and Node's MessagePort; closing both ports lets a
      // Node process exit.
      (channel.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => {
        channel.port1.close();
        channel.port2.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The longest a run may last: a Standard workflow's maximum duration, one year (AWS Step
 * Functions service quotas); beyond it the execution fails with `States.Timeout`.
 */
export const MAX_EXECUTION_MS = 365 * 24 * 60 * 60 * 1000;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

function maxDurationOutcome(): DriverOutcome {
  return { ok: false, kind: 'timedOut', error: new StatesError('States.Timeout', 'The execution reached the maximum duration of a workflow (one year).') };
}

export type DriverOutcome = { ok: true; value: unknown } | { ok: false; error: StatesError; kind?: 'aborted' | 'timedOut' };

export class Driver {
  private ready: Fiber[] = [];
  private head = 0;
  private realTimers = 0;
  private pending = 0;
  private wake: (() => void) | undefined;
  private stepTargetValue: number | undefined;
  private stepDone: (() => void) | undefined;
  private isPaused = false;
  private isFinished = false;
  private readonly root: Fiber;
  /** End of the current time slice; a fiber in a tight loop gives way when it has passed. */
  private sliceDeadline = Infinity;
  private sliceOver = false;
  private readonly done: Promise<DriverOutcome>;
  private resolveDone!: (o: DriverOutcome) => void;

  constructor(
    private readonly rt: Runtime,
    /** Creates the root coroutine when the run starts (in its first slice). */
    private readonly rootStart: () => Gen<unknown>,
    startPaused: boolean,
    private readonly onPause?: () => void,
  ) {
    this.root = this.fiber(undefined, undefined, undefined, 0, NOT_A_SPAWNER);
    this.paused = startPaused;
    this.done = new Promise((resolve) => (this.resolveDone = resolve));
    this.enqueue(this.root);
  }

  // Coroutines skip most ticks (rt.tickDue); whenever pausing, stepping or ending is under way,
  // every tick must reach the driver, which `rt.attention` tells them.
  get paused(): boolean {
    return this.isPaused;
  }

  set paused(value: boolean) {
    this.isPaused = value;
    this.attend();
  }

  get finished(): boolean {
    return this.isFinished;
  }

  private get stepTarget(): number | undefined {
    return this.stepTargetValue;
  }

  private set stepTarget(value: number | undefined) {
    this.stepTargetValue = value;
    this.attend();
  }

  private attend(): void {
    this.rt.attention = this.isPaused || this.stepTargetValue !== undefined || this.isFinished;
  }

  /** Runs to the end; resolves with the root's output or failure. */
  run(): Promise<DriverOutcome> {
    void this.loop();
    return this.done;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.stepTarget = undefined;
    this.kick();
  }

  /** Advances until at least one more history event is recorded (or the run ends). */
  step(): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.stepTarget = this.rt.history.length + 1;
    this.paused = false;
    const p = new Promise<void>((resolve) => (this.stepDone = resolve));
    this.kick();
    return p;
  }

  /** Ends the run from outside (stop, execution timeout). */
  abort(outcome: DriverOutcome): void {
    if (this.finished) return;
    this.rt.attention = true;
    this.cancel(this.root);
    this.finish(outcome);
  }

  /**
   * Arms a timer on the run's clock. A timer due after the execution's maximum duration ends
   * the run as timed out when that moment comes instead (so the clock, and every timestamp of
   * the history, stays within a year of the start, whatever a Wait or a back-off asks for).
   */
  schedule(ms: number, fire: () => void): void {
    const wait = ms > 0 ? ms : 0; // NaN (an invalid definition run without validation) is 0
    const clock = this.rt.clock;
    const simulated = this.rt.simulated;
    const due = clock.now() + wait;
    const deadline = this.rt.startTime + MAX_EXECUTION_MS;
    // Real timers keep the loop waiting; a simulated clock is jumped by the loop when idle (and a
    // test advancing it meanwhile wakes the loop through kick()).
    if (!simulated) this.realTimers += 1;
    const arm = (): void => {
      const left = Math.min(due, deadline) - clock.now();
      // setTimeout fires at once for delays beyond 2^31 - 1 ms: wait in chunks.
      clock.setTimeout(() => {
        if (clock.now() < Math.min(due, deadline)) return arm();
        if (!simulated) this.realTimers -= 1;
        if (this.finished) return;
        if (due > deadline) this.abort(maxDurationOutcome());
        else fire();
        this.kick();
      }, Math.max(0, Math.min(left, MAX_TIMEOUT_MS)));
    };
    arm();
  }

  private fiber(gen: Gen<unknown> | undefined, parent: Fiber | undefined, group: ChildGroup | undefined, index: number, end: number): Fiber {
    return { gen, parent, group, index, end, resume: OK_UNDEFINED, children: undefined, waitId: 0, cancelled: false, done: false };
  }

  private enqueue(f: Fiber): void {
    this.ready.push(f);
  }

  private requeueFront(f: Fiber): void {
    if (this.head > 0) this.ready[--this.head] = f;
    else this.ready.unshift(f);
  }

  private kick(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  private waitForWake(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  private async loop(): Promise<void> {
    // Start after startExecution has returned, so onEvent callbacks can already use the Execution.
    await Promise.resolve();
    while (!this.finished) {
      this.runSlice();
      if (this.finished) break;
      if (this.paused) {
        this.onPause?.();
        await this.waitForWake();
        continue;
      }
      if (this.head < this.ready.length) {
        await yieldToHost();
        continue;
      }
      if (this.pending > 0 || this.realTimers > 0) {
        await this.waitForWake();
        continue;
      }
      if (this.rt.simulated && (this.rt.clock as SimulatedClock).fireNext()) continue;
      this.finish({ ok: false, error: new StatesError('States.Runtime', 'The execution cannot make progress (nothing to run and nothing to wait for).') });
    }
  }

  private runSlice(): void {
    const deadline = clockNow() + SLICE_MS;
    this.sliceDeadline = deadline;
    this.sliceOver = false;
    let n = 0;
    while (this.head < this.ready.length && !this.finished && !this.paused) {
      let f = this.ready[this.head]!;
      if (f.end !== NOT_A_SPAWNER && !f.cancelled) f = this.nextChild(f);
      else this.ready[this.head++] = undefined as unknown as Fiber;
      if (!f.cancelled && !f.done) this.advance(f);
      if (this.sliceOver || ((++n & 127) === 0 && clockNow() > deadline)) break;
    }
    if (this.head > 4096 && this.head * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.head);
      this.head = 0;
    }
  }

  /** True (and pauses) when single-stepping reached its target or a pause was requested. */
  private shouldStop(): boolean {
    if (this.stepTarget !== undefined && this.rt.history.length >= this.stepTarget) {
      this.stepTarget = undefined;
      this.paused = true;
      const done = this.stepDone;
      this.stepDone = undefined;
      done?.();
      return true;
    }
    return this.paused;
  }

  private advance(f: Fiber): void {
    if (!f.gen) {
      try {
        f.gen = f.group ? f.group.start(f.index) : this.rootStart();
      } catch (e) {
        this.settle(f, { ok: false, error: e });
        return;
      }
    }
    const gen = f.gen;
    let resume = f.resume;
    f.resume = OK_UNDEFINED;
    for (;;) {
      // stop() or a failing sibling may have ended this fiber from inside its own step (onEvent).
      if (f.cancelled || this.finished) return;
      let r: IteratorResult<Effect, unknown>;
      try {
        r = resume.ok ? gen.next(resume.value) : gen.throw(resume.error);
      } catch (e) {
        this.settle(f, { ok: false, error: e });
        return;
      }
      if (r.done) {
        this.settle(f, { ok: true, value: r.value });
        return;
      }
      const effect = r.value;
      switch (effect.kind) {
        case 'tick':
          if (this.shouldStop()) {
            this.requeueFront(f);
            return;
          }
          // A loop of synchronous states must still let the host breathe (pause, stop, messages);
          // coroutines tick here only every 32nd time unless rt.attention is set.
          if (clockNow() > this.sliceDeadline) {
            this.sliceOver = true;
            this.requeueFront(f);
            return;
          }
          resume = OK_UNDEFINED;
          continue;
        case 'break':
          this.paused = true;
          this.stepTarget = undefined;
          this.stepDone?.();
          this.stepDone = undefined;
          this.requeueFront(f);
          return;
        case 'sleep': {
          const id = ++f.waitId;
          this.schedule(effect.ms, () => {
            if (f.cancelled || f.waitId !== id) return;
            f.resume = OK_UNDEFINED;
            this.enqueue(f);
          });
          return;
        }
        case 'await':
          this.awaitEffect(f, effect);
          return;
        case 'group': {
          const group = effect.group;
          f.children ??= new Set();
          this.startChildren(f, group);
          if (!group.done) return;
          resume = OK_UNDEFINED;
          continue;
        }
      }
    }
  }

  private awaitEffect(f: Fiber, effect: Extract<Effect, { kind: 'await' }>): void {
    const id = ++f.waitId;
    const clock = this.rt.clock;
    this.pending += 1;
    let settled = false;
    let timeout: TimerHandle | undefined;
    let beat: TimerHandle | undefined;
    const settle = (res: Resume) => {
      if (settled) return;
      settled = true;
      // A settled task's timers must not keep the host (a Node process) alive.
      if (timeout !== undefined) clock.clearTimeout(timeout);
      if (beat !== undefined) clock.clearTimeout(beat);
      this.pending -= 1;
      if (f.cancelled || f.waitId !== id) {
        this.kick();
        return;
      }
      f.resume = res;
      this.enqueue(f);
      this.kick();
    };
    effect.promise.then(
      (value) => settle({ ok: true, value }),
      (error: unknown) => settle({ ok: false, error }),
    );
    // Timeouts only run on the real clock: in simulated time, virtual time stands still while
    // the world (a handler, a callback) is being waited for.
    if (this.rt.simulated) return;
    if (effect.timeoutMs !== undefined) {
      timeout = clock.setTimeout(() => settle({ ok: false, error: new StatesError('States.Timeout', 'The task timed out.') }), effect.timeoutMs);
    }
    if (effect.heartbeatMs !== undefined && effect.token !== undefined) {
      const heartbeatMs = effect.heartbeatMs;
      const arm = () => {
        if (settled) return;
        if (beat !== undefined) clock.clearTimeout(beat);
        beat = clock.setTimeout(() => settle({ ok: false, error: new StatesError('States.HeartbeatTimeout', 'The task heartbeat timed out.') }), heartbeatMs);
      };
      arm();
      const waiter = this.rt.callbacks.get(effect.token);
      if (waiter) waiter.heartbeat = arm;
    }
  }


  /** Reserves the children that may start now; a spawner starts them in queue order. */
  private startChildren(parent: Fiber, group: ChildGroup): void {
    const from = group.next;
    while (group.canStart()) {
      group.next += 1;
      group.running += 1;
    }
    if (group.next === from) return;
    const spawner = this.fiber(undefined, parent, group, from, group.next);
    parent.children!.add(spawner);
    this.enqueue(spawner);
  }

  /** Starts the spawner's next child (the spawner leaves the queue with its last one). */
  private nextChild(spawner: Fiber): Fiber {
    const parent = spawner.parent!;
    const child = this.fiber(undefined, parent, spawner.group, spawner.index, NOT_A_SPAWNER);
    spawner.index += 1;
    if (spawner.index >= spawner.end) {
      this.ready[this.head++] = undefined as unknown as Fiber;
      spawner.done = true;
      parent.children?.delete(spawner);
    }
    parent.children?.add(child);
    return child;
  }

  private settle(f: Fiber, outcome: Resume): void {
    f.done = true;
    const pf = f.parent;
    if (!pf) {
      if (outcome.ok) this.finish({ ok: true, value: outcome.value });
      else this.finish({ ok: false, error: toStatesError(outcome.error) });
      return;
    }
    const group = f.group!;
    pf.children?.delete(f);
    group.running -= 1;
    if (pf.cancelled) return;
    let stop: boolean;
    try {
      stop = group.settle(f.index, outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: toStatesError(outcome.error) });
    } catch (e) {
      stop = true;
      pf.resume = { ok: false, error: e };
    }
    if (stop && !group.stopped) {
      group.stopped = true;
      for (const sibling of [...(pf.children ?? [])]) {
        if (sibling.group === group) {
          // A spawner stands for every child it has not started yet.
          group.running -= sibling.end !== NOT_A_SPAWNER ? sibling.end - sibling.index : 1;
          this.cancel(sibling);
          pf.children?.delete(sibling);
        }
      }
    }
    this.startChildren(pf, group);
    if (group.done) this.enqueue(pf);
  }

  private cancel(f: Fiber): void {
    if (f.cancelled || f.done) return;
    f.cancelled = true;
    for (const c of f.children ?? []) this.cancel(c);
    if (f.gen) {
      try {
        f.gen.return(undefined);
      } catch {
        // a coroutine's cleanup failing while it is being aborted changes nothing
      }
    }
  }

  private finish(outcome: DriverOutcome): void {
    if (this.finished) return;
    this.isFinished = true;
    this.rt.ended = true;
    this.attend();
    this.stepDone?.();
    this.stepDone = undefined;
    this.resolveDone(outcome);
  }
}
