/**
 * The context object (`$$`, `$states.context`) of a TestState run: the request's `context`
 * exactly as given (after AWS's checks), or one generated like the service's.
 */
import type { State } from '../asl/types';
import { TestStateError } from './types';

const FIELDS: Record<string, readonly string[]> = {
  Execution: ['Id', 'Input', 'Name', 'RoleArn', 'StartTime', 'RedriveCount', 'RedriveTime'],
  State: ['EnteredTime', 'Name', 'RetryCount'],
  StateMachine: ['Id', 'Name'],
  Task: ['Token'],
};
const STRING_FIELDS = new Set(['Execution.Id', 'Execution.Name', 'Execution.RoleArn', 'Execution.StartTime', 'Execution.RedriveTime', 'State.EnteredTime', 'State.Name', 'StateMachine.Id', 'StateMachine.Name', 'Task.Token']);
const NUMBER_FIELDS = new Set(['Execution.RedriveCount', 'State.RetryCount']);

function invalid(message: string): TestStateError {
  return new TestStateError('ValidationException', `Invalid Context object provided: ${message}`);
}

function usesTaskToken(state: State): boolean {
  return state.Type === 'Task' && typeof state.Resource === 'string' && /\.(sync(:2)?|waitForTaskToken)$/.test(state.Resource);
}

/** AWS's checks of a mocked context object. @throws TestStateError */
export function checkContext(context: unknown, state: State): Record<string, unknown> {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) throw invalid('the context must be a JSON object');
  const ctx = context as Record<string, unknown>;
  if ('Map' in ctx) throw invalid("'Map' field is not supported when mocking a Context object");
  for (const [key, value] of Object.entries(ctx)) {
    const allowed = FIELDS[key];
    if (!allowed) throw invalid(`Field '${key}' is not allowed`);
    if (key === 'Task' && !usesTaskToken(state)) {
      throw invalid("Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern");
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`${key} must be an object`);
    for (const [field, v] of Object.entries(value)) {
      if (!allowed.includes(field)) throw invalid(`Field '${field}' is not allowed`);
      const name = `${key}.${field}`;
      if (STRING_FIELDS.has(name) && typeof v !== 'string' && v !== null) throw invalid(`${name} must be a string`);
      if (NUMBER_FIELDS.has(name) && typeof v !== 'number') throw invalid(`${name} must be a number`);
    }
  }
  return ctx;
}

export interface GeneratedContext {
  input: unknown;
  roleArn: string | undefined;
  startTime: number;
  /** Two ids in UUID form: the state machine's and the execution's. */
  ids: [string, string];
  /** Task, Map and Parallel states carry `State.RetryCount`. */
  retryCount: number | undefined;
}

/**
 * The context object AWS builds for a TestState run: an Express execution of a state machine
 * with a generated name; the state is called `StateName`.
 */
export function generatedContext(g: GeneratedContext): Record<string, unknown> {
  const account = /^arn:aws[\w-]*:iam::(\d{12}):/.exec(g.roleArn ?? '')?.[1] ?? '123456789012';
  const [machine, execution] = g.ids;
  const state: Record<string, unknown> = { Name: 'StateName', EnteredTime: new Date(g.startTime + 5).toISOString() };
  if (g.retryCount !== undefined) state.RetryCount = g.retryCount;
  return {
    Execution: {
      Id: `arn:aws:states:us-east-1:${account}:express:${machine}:${execution}`,
      Input: g.input,
      Name: execution,
      RoleArn: g.roleArn ?? null,
      StartTime: new Date(Math.floor(g.startTime / 1000) * 1000).toISOString(),
    },
    StateMachine: { Id: `arn:aws:states:us-east-1:${account}:stateMachine:${machine}`, Name: machine },
    State: state,
  };
}
