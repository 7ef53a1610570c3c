/**
 * `startExecution`: validates the definition, records the execution-level events around the
 * root scope, and exposes the run as an {@link Execution} (result, event stream, debugger
 * controls, task callbacks). Every failure ends as an ExecutionResult; nothing throws out.
 */
import type { StateMachine } from '../asl/types';
import { StatesError } from '../asl/statesError';
import { validateDefinition } from '../asl/validate';
import { findJsonProblem, jsonPathText } from '../asl/jsonValue';
import { Driver, type DriverOutcome } from './engine/driver';
import type { Gen } from './engine/effects';
import { RaisedError, errorDetails, errorInfo } from './engine/errors';
import { Runtime, type Frame } from './engine/runtime';
import { runScope } from './engine/runState';
import { exceedsPayloadLimit } from './limits';
import type { Execution, ExecutionOptions, ExecutionResult, ExecutionStatus, HistoryEvent } from './types';

function rejected(result: ExecutionResult): Execution {
  return {
    executionArn: '',
    result: Promise.resolve(result),
    events: async function* () {
      yield* result.events;
    },
    status: () => result.status,
    paused: () => false,
    pause: () => undefined,
    resume: () => undefined,
    step: () => Promise.resolve(),
    stop: () => undefined,
    sendTaskSuccess: () => undefined,
    sendTaskFailure: () => undefined,
    sendTaskHeartbeat: () => undefined,
    pendingTaskTokens: () => [],
  };
}

/**
 * Starts a local execution of `definition` with `input`.
 * @returns the running execution; `result` resolves when it ends (never rejects)
 */
export function startExecution(definition: StateMachine | unknown, input: unknown, options: ExecutionOptions = {}): Execution {
  const now = Date.now();
  const fail = (error: string, cause: string): Execution =>
    rejected({ status: 'FAILED', error, cause, events: [], transitions: 0, startTime: now, stopTime: now });
  // Input and mocks must be plain JSON (the history holds them as JSON text): a BigInt, a
  // function, a cycle or a value nested beyond the limit is refused before anything runs.
  const inputProblem = input === undefined ? undefined : findJsonProblem(input);
  if (inputProblem) return fail('InvalidExecutionInput', `The execution input is not valid: ${inputProblem.message} at ${jsonPathText(inputProblem.path)}.`);
  const mocksProblem = options.mocks === undefined ? undefined : findJsonProblem(options.mocks);
  if (mocksProblem) return fail('States.Runtime', `The mocks are not valid: ${mocksProblem.message} at ${jsonPathText(mocksProblem.path)}.`);
  if (options.skipValidation) {
    const problem = findJsonProblem(definition);
    if (problem) return fail('States.Runtime', `The definition cannot run: ${problem.message} at ${jsonPathText(problem.path)}.`);
    const d = definition as { StartAt?: unknown; States?: unknown } | null;
    if (typeof d !== 'object' || d === null || typeof d.StartAt !== 'string' || typeof d.States !== 'object' || d.States === null) {
      const first = validateDefinition(definition).find((x) => x.severity === 'error');
      return fail('States.Runtime', `The definition cannot run (it was not validated: skipValidation): ${first ? `${first.message} (at /${first.path.join('/')})` : 'it is not a state machine'}`);
    }
  } else {
    const diagnostics = validateDefinition(definition).filter((d) => d.severity === 'error');
    if (diagnostics.length > 0) {
      return rejected({
        status: 'FAILED',
        error: 'ValidationError',
        cause: diagnostics.map((d) => `${d.message} (at /${d.path.join('/')})`).join('\n'),
        diagnostics,
        events: [],
        transitions: 0,
        startTime: now,
        stopTime: now,
      });
    }
  }
  let rt: Runtime;
  try {
    rt = new Runtime(definition as StateMachine, input, options);
  } catch (e) {
    const info = errorInfo(e instanceof Error && !(e instanceof StatesError) ? new StatesError('States.Runtime', e.message) : e);
    return rejected({ status: 'FAILED', ...info, events: [], transitions: 0, startTime: now, stopTime: now } as ExecutionResult);
  }
  try {
    return new LocalExecution(rt, options).handle();
  } catch (e) {
    return fail('States.Runtime', `The execution could not start: ${e instanceof Error ? e.message : String(e)}`);
  }
}

class LocalExecution {
  private status: ExecutionStatus = 'RUNNING';
  private listeners = new Set<() => void>();
  private readonly driver: Driver;
  private readonly frame: Frame;
  private readonly result: Promise<ExecutionResult>;
  private readonly skipValidation: boolean;

  constructor(
    private readonly rt: Runtime,
    options: ExecutionOptions,
  ) {
    this.skipValidation = options.skipValidation === true;
    const def = rt.definition;
    this.frame = {
      scope: def,
      prefix: [],
      queryLanguage: def.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath',
      variables: options.variables ? { ...options.variables } : {},
      last: 0,
      history: rt.history,
    };
    // Events are built (payloads as JSON text) only for a listener or a reader, not per record.
    if (options.onEvent) rt.history.onEvent = options.onEvent;
    const onPause = options.onPause;
    this.driver = new Driver(rt, () => this.start(), options.startPaused === true, () => {
      this.notify();
      onPause?.();
    });
    if (typeof def.TimeoutSeconds === 'number' && def.TimeoutSeconds > 0) {
      this.driver.schedule(def.TimeoutSeconds * 1000, () =>
        this.driver.abort({ ok: false, kind: 'timedOut', error: new StatesError('States.Timeout', 'The execution timed out.') }),
      );
    }
    this.result = this.driver.run().then((o) => this.end(o));
  }

  /** Starts the run (in the driver's first slice): ExecutionStarted, then the top-level scope. */
  private start(): Gen<unknown> {
    const { rt } = this;
    rt.history.add(
      'ExecutionStarted',
      0,
      { input: rt.input, inputDetails: { truncated: false }, roleArn: roleArnOf(rt.contextBase.Execution) },
      { path: '' },
    );
    if (exceedsPayloadLimit(rt.input)) {
      throw new StatesError('States.DataLimitExceeded', 'The execution input exceeds the maximum number of bytes service limit.');
    }
    return runScope(rt, this.frame, rt.input);
  }

  private end(outcome: DriverOutcome): ExecutionResult {
    const { rt } = this;
    const history = rt.history;
    const prev = this.frame.last;
    let result: Omit<ExecutionResult, 'events' | 'transitions' | 'startTime' | 'stopTime'>;
    try {
      if (outcome.ok) {
        history.add('ExecutionSucceeded', prev, { output: outcome.value, outputDetails: { truncated: false } }, { path: '' }, { force: true });
        result = { status: 'SUCCEEDED', output: outcome.value };
      } else {
        const info = errorInfo(outcome.error);
        const type = outcome.kind === 'aborted' ? 'ExecutionAborted' : outcome.kind === 'timedOut' ? 'ExecutionTimedOut' : 'ExecutionFailed';
        history.add(type, prev, errorDetails(info), { path: '' }, { force: true });
        result = { status: outcome.kind === 'aborted' ? 'ABORTED' : outcome.kind === 'timedOut' ? 'TIMED_OUT' : 'FAILED', ...info };
      }
    } catch (e) {
      result = { status: 'FAILED', ...errorInfo(e) };
    }
    if (this.skipValidation && result.error === 'States.Runtime' && result.cause?.startsWith('Internal error:')) {
      // An invalid definition run without validation: say so, with what validation would report.
      const first = validateDefinition(rt.definition).find((d) => d.severity === 'error');
      result.cause = `The definition could not run (it was not validated: skipValidation). ${result.cause}${first ? `. Validation reports: ${first.message} (at /${first.path.join('/')})` : ''}`;
    }
    this.status = result.status;
    for (const waiter of rt.callbacks.values()) waiter.reject(new StatesError('States.Runtime', 'The execution ended.'));
    rt.callbacks.clear();
    this.notify();
    const out = { ...result, transitions: rt.transitions, startTime: rt.startTime, stopTime: rt.currentTime() } as ExecutionResult;
    // The payload texts of the history are produced on first read of `events`.
    Object.defineProperty(out, 'events', { enumerable: true, configurable: true, get: () => history.exposed() });
    return out;
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  private readonly notifyListeners = (): void => this.notify();

  private async *eventStream(): AsyncGenerator<HistoryEvent> {
    const history = this.rt.history;
    let index = 0;
    for (;;) {
      while (index < history.length) yield history.exposed()[index++]!;
      if (this.status !== 'RUNNING') return;
      await new Promise<void>((resolve) => {
        const listener = () => {
          this.listeners.delete(listener);
          if (this.listeners.size === 0) history.onRecord = undefined;
          resolve();
        };
        this.listeners.add(listener);
        // Each recorded event wakes the readers; without readers recording notifies no one.
        history.onRecord = this.notifyListeners;
      });
    }
  }

  handle(): Execution {
    const { rt, driver } = this;
    return {
      executionArn: rt.executionArn,
      result: this.result,
      events: () => this.eventStream(),
      status: () => this.status,
      paused: () => driver.paused && !driver.finished,
      pause: () => driver.pause(),
      resume: () => driver.resume(),
      step: () => driver.step(),
      stop: (error?: string, cause?: string) => {
        const info: { error?: string; cause?: string } = {};
        if (error !== undefined) info.error = error;
        if (cause !== undefined) info.cause = cause;
        driver.abort({ ok: false, kind: 'aborted', error: new RaisedError(info) });
      },
      sendTaskSuccess: (token, output) => {
        const w = rt.callbacks.get(token);
        if (!w) throw new StatesError('States.TaskDoesNotExist', `No task is waiting for the token '${token}'.`);
        w.resolve(output);
      },
      sendTaskFailure: (token, error, cause) => {
        const w = rt.callbacks.get(token);
        if (!w) throw new StatesError('States.TaskDoesNotExist', `No task is waiting for the token '${token}'.`);
        const info: { error?: string; cause?: string } = {};
        if (error !== undefined) info.error = error;
        if (cause !== undefined) info.cause = cause;
        w.reject(new RaisedError(info));
      },
      sendTaskHeartbeat: (token) => {
        rt.callbacks.get(token)?.heartbeat?.();
      },
      pendingTaskTokens: () => [...rt.callbacks.values()].map((w) => ({ token: w.token, stateName: w.stateName, statePath: w.statePath })),
    };
  }
}

/** The role the execution runs as (context `Execution.RoleArn`, which `contextOverrides` may replace). */
function roleArnOf(execution: Record<string, unknown>): string | undefined {
  return typeof execution.RoleArn === 'string' ? execution.RoleArn : undefined;
}
