/**
 * What every coroutine of one execution shares: options, the history recorder, the clock, the
 * random source, mocks and handlers, invocation counters, callback tokens and the runaway guard.
 */
import type { StateMachine, StatesScope } from '../../asl/types';
import { StatesError } from '../../asl/statesError';
import { HistoryRecorder, type EventDetailsInput } from '../history';
import { createMockTable, type MockTable } from '../mocks';
import { compileChoiceRule, type CompiledRule } from '../choice';
import type { TemplateCache } from '../dataflow';
import { StateRun } from './fields';
import { PlanTable, type StatePlan } from './plans';
import type { ExecutionOptions, HistoryEventType, StudioStages, TaskHandler } from '../types';
import type { MapIterationEvent } from '../eventDetails';
import { isSimulated, realClock, simulatedClock, type Clock } from '../../time/clock';

export type { StatePlan } from './plans';

export const REGION = 'us-east-1';

import { NO_RETRY_COUNT } from '../eventColumns';
import { uuidV4 } from '../../asl/uuid';
import { seededRandom } from '../../asl/random';

export { NO_RETRY_COUNT };

/**
 * Where an event joins its fiber's chain of `previousEventId` links. By default it follows the
 * frame's last event and becomes it; a group's closing event (ParallelStateSucceeded, …) follows
 * the group's last child event instead, and does not become the frame's last event.
 */
export interface ChainLink {
  /** The id of the event it follows (default: the frame's last event). */
  after?: number;
  /** false: the frame's next event does not point to this one. Default true. */
  becomesLast?: boolean;
}

const ON_CHAIN: ChainLink = {};
export const ACCOUNT = '123456789012';

/** The fiber-local part of the run: scope, variables, event chain, Map item. */
export interface Frame {
  scope: StatesScope;
  /** StatePath prefix of the states in this scope. */
  prefix: (string | number)[];
  queryLanguage: 'JSONPath' | 'JSONata';
  variables: Record<string, unknown>;
  /** previousEventId for the next event of this fiber. */
  last: number;
  mapItem?: { Index: number; Value: unknown };
  iteration?: number[];
  history: HistoryRecorder;
}

export interface CallbackWaiter {
  token: string;
  stateName: string;
  statePath: string;
  resolve: (value: unknown) => void;
  reject: (error: StatesError) => void;
  heartbeat?: () => void;
}


export class Runtime {
  readonly history: HistoryRecorder;
  readonly mocks: MockTable;
  /** Task handlers by state name, path or resource (a Map: a state may be named `constructor`). */
  readonly handlers: Map<string, TaskHandler>;
  readonly random: () => number;
  readonly maxTransitions: number;
  readonly maxEvents: number;
  readonly breakpoints: Set<string> | undefined;
  readonly awaitCallbacks: boolean;
  readonly executionName: string;
  readonly stateMachineName: string;
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly startTime: number;
  readonly callbacks = new Map<string, CallbackWaiter>();
  /** Invocations so far per state path (for mocks: the n-th entry answers the n-th call). */
  private readonly invocations = new Map<string, number>();
  transitions = 0;
  /** Compiled JSONPath Choice rules of this execution's definition. */
  private readonly choiceRules = new WeakMap<object, CompiledRule>();
  /** Compiled payload templates of this execution's definition. */
  readonly templates: TemplateCache = new WeakMap();
  /** Set by the driver while paused, single-stepping or ending: every tick must reach it. */
  attention = false;
  /** Set by the driver when the run has ended (stop, timeout, failure): pending work gives up. */
  ended = false;
  readonly isEnded = (): boolean => this.ended;
  private ticks = 0;
  /** Record `studio.stages` on Exited events (option `recordStages`, default true). */
  readonly recordStages: boolean;
  private tokenCounter = 0;
  /** The execution's time (see ExecutionOptions.clock). */
  readonly clock: Clock;
  /** The clock only moves when asked: the driver jumps it whenever nothing else can run. */
  readonly simulated: boolean;
  /** Execution / StateMachine parts of the context object. */
  readonly contextBase: { Execution: Record<string, unknown>; StateMachine: Record<string, unknown> };

  constructor(
    readonly definition: StateMachine,
    readonly input: unknown,
    readonly options: ExecutionOptions,
  ) {
    this.clock = clockOf(options);
    this.simulated = isSimulated(this.clock);
    this.startTime = options.startTime ?? this.clock.now();
    this.random = seededRandom(options.seed);
    this.maxTransitions = options.maxTransitions ?? 1_000_000;
    this.maxEvents = options.maxEvents ?? 25_000;
    this.history = new HistoryRecorder(this.maxEvents, this.clock, options.onEvent);
    this.stateMachineName = options.stateMachineName ?? 'StateMachine';
    this.executionName = options.name ?? this.uuid();
    this.mocks = createMockTable(options.mocks, options.testCase, this.stateMachineName);
    this.handlers = new Map(Object.entries(options.taskHandlers ?? {}).filter(([, h]) => typeof h === 'function'));
    this.breakpoints = options.breakpoints?.length ? new Set(options.breakpoints) : undefined;
    this.awaitCallbacks = options.awaitCallbacks ?? true;
    this.recordStages = options.recordStages ?? true;
    this.stateMachineArn = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${this.stateMachineName}`;
    this.executionArn = `arn:aws:states:${REGION}:${ACCOUNT}:execution:${this.stateMachineName}:${this.executionName}`;
    const execution: Record<string, unknown> = {
      Id: this.executionArn,
      Input: input,
      Name: this.executionName,
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/StepFunctionsExecutionRole`,
      StartTime: new Date(this.startTime).toISOString(),
      RedriveCount: 0,
    };
    const stateMachine: Record<string, unknown> = { Id: this.stateMachineArn, Name: this.stateMachineName };
    const overrides = options.contextOverrides ?? {};
    this.contextBase = {
      Execution: { ...execution, ...(overrides.Execution as Record<string, unknown> | undefined) },
      StateMachine: { ...stateMachine, ...(overrides.StateMachine as Record<string, unknown> | undefined) },
    };
  }

  currentTime(): number {
    return this.clock.now();
  }

  private isoMs = Number.NaN;
  private iso = '';

  /** The current time as ISO-8601 text (memoised per millisecond). */
  currentIso(): string {
    const t = this.currentTime();
    if (t !== this.isoMs) {
      this.isoMs = t;
      this.iso = new Date(t).toISOString();
    }
    return this.iso;
  }

  uuid(): string {
    return uuidV4(this.random);
  }

  newTaskToken(): string {
    this.tokenCounter += 1;
    return `token-${this.tokenCounter}-${this.uuid()}`;
  }

  /** Counts a state transition; fails the run when the runaway guard trips. */
  countTransition(): void {
    this.transitions += 1;
    if (this.transitions > this.maxTransitions) {
      throw new StatesError(
        'States.Runtime',
        `The execution exceeded the limit of ${this.maxTransitions} state transitions (runaway guard; raise maxTransitions to allow more).`,
      );
    }
  }

  /** Returns the 0-based invocation number of a Task state and counts it. */
  nextInvocation(pathId: string): number {
    const n = this.invocations.get(pathId) ?? 0;
    this.invocations.set(pathId, n + 1);
    return n;
  }

  /**
   * Records an event on the frame's chain.
   * @param retryCount the state's retry count (Task events), or {@link NO_RETRY_COUNT}
   * @param link where the event joins the chain (default: after the frame's last event, becoming it)
   */
  emit<T extends HistoryEventType>(frame: Frame, type: T, details: EventDetailsInput<T>, path: string, retryCount = NO_RETRY_COUNT, link: ChainLink = ON_CHAIN): number {
    const id = frame.history.addDetails(type, link.after ?? frame.last, details, path, frame.iteration, retryCount);
    if (link.becomesLast !== false) frame.last = id;
    return id;
  }

  /** Records a `…StateEntered` event on the frame's chain. */
  emitEntered(frame: Frame, plan: StatePlan, input: unknown): number {
    const id = frame.history.addEntered(plan.entered, frame.last, plan.name, input, plan.path, frame.iteration);
    frame.last = id;
    return id;
  }

  /** Records a `…StateExited` event on the frame's chain, with the run's data-flow stages. */
  emitExited(frame: Frame, plan: StatePlan, output: unknown, stages: StudioStages, retryCount: number, enteredId: number): number {
    const id = frame.history.addExited(plan.exited, frame.last, plan.name, output, plan.path, frame.iteration, this.recordStages ? stages : undefined, frame.variables, retryCount, enteredId);
    frame.last = id;
    return id;
  }

  /** A MapIteration event (`{ name, index }` details). */
  emitIteration(frame: Frame, type: MapIterationEvent['type'], name: string, index: number, path: string, link: ChainLink = ON_CHAIN): number {
    const id = frame.history.addIteration(type, link.after ?? frame.last, name, index, path, frame.iteration);
    if (link.becomesLast !== false) frame.last = id;
    return id;
  }

  /**
   * True where a coroutine should yield a tick: always while paused, stepping or stopping (the
   * driver sets `attention`), else every 32nd time so the driver can end its time slice.
   */
  tickDue(): boolean {
    return this.attention || (++this.ticks & 31) === 0;
  }

  /**
   * True (and the ticks counted) when the next `n` ticks are certain not to be due, so a
   * synchronous path may go past them without yielding (while nothing sets `attention`).
   */
  ticksFree(n: number): boolean {
    if (this.attention || (this.ticks & 31) + n >= 32) return false;
    this.ticks += n;
    return true;
  }

  /** The context object (`$$`, `$states.context`) for a state. */
  contextObject(frame: Frame, stateName: string, enteredTime: string, retryCount: number, token?: string): Record<string, unknown> {
    if (this.options.contextObject) return this.options.contextObject;
    const ctx: Record<string, unknown> = {
      Execution: this.contextBase.Execution,
      State: { EnteredTime: enteredTime, Name: stateName, RetryCount: retryCount },
      StateMachine: this.contextBase.StateMachine,
    };
    if (token !== undefined) ctx.Task = { Token: token };
    if (frame.mapItem) ctx.Map = { Item: frame.mapItem };
    return ctx;
  }

  /** The plans of this execution's states. */
  readonly plans = new PlanTable();

  private shared: StateRun | undefined;

  /** The run object of a synchronous JSONPath state (one per runtime, reused: see StateRun.reuse). */
  sharedRun(frame: Frame, plan: StatePlan, input: unknown, enteredId: number, enteredPrev: number, enteredTime: string): StateRun {
    const run = this.shared;
    if (run) return run.reuse(frame, plan, input, enteredId, enteredPrev, enteredTime);
    return (this.shared = new StateRun(this, frame, plan, false, input, enteredId, enteredPrev, enteredTime));
  }

  /** A JSONPath Choice rule, compiled once per execution. */
  compiledRule(rule: unknown): CompiledRule {
    if (typeof rule !== 'object' || rule === null) return compileChoiceRule(rule);
    let compiled = this.choiceRules.get(rule);
    if (compiled === undefined) {
      compiled = compileChoiceRule(rule);
      this.choiceRules.set(rule, compiled);
    }
    return compiled;
  }

  breakpointHit(path: string, stateName: string): boolean {
    return this.breakpoints !== undefined && (this.breakpoints.has(path) || this.breakpoints.has(stateName));
  }
}

/** The clock of `options`, accepting the deprecated `'simulated'` / `'real'` strings. */
function clockOf(options: ExecutionOptions): Clock {
  const clock = options.clock;
  if (clock === 'real') return realClock;
  if (clock === undefined || clock === 'simulated') return simulatedClock(options.startTime ?? Date.now());
  return clock;
}
