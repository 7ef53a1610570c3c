/**
 * Reading and checking a TestState request the way the service does: the tested state, the
 * JSON-text members, and AWS's `ValidationException` / `InvalidDefinition` answers.
 */
import type { State, StatesScope } from '../asl/types';
import { mockResultProblem } from './mockShapes';
import { TestStateError, type TestStateRequest } from './types';

const STATE_TYPES = ['Task', 'Wait', 'Pass', 'Succeed', 'Fail', 'Choice', 'Parallel', 'Map'];

/** The name TestState gives a state sent on its own. */
export const SINGLE_STATE_NAME = 'StateName';

function validation(message: string): TestStateError {
  return new TestStateError('ValidationException', message);
}

function schema(message: string): TestStateError {
  return new TestStateError('InvalidDefinition', `Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: ${message}'`);
}

/** A JSON-text member (as the API sends it) or a JSON value already. */
export function jsonMember(value: unknown, member: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (e) {
    throw validation(`Invalid JSON in '${member}': ${(e as Error).message}`);
  }
}

export interface TestedState {
  name: string;
  state: State;
  queryLanguage: 'JSONPath' | 'JSONata';
}

function isMachine(value: Record<string, unknown>): boolean {
  return typeof value.States === 'object' && value.States !== null && 'StartAt' in value;
}

/** Finds a state by name anywhere in a machine (Parallel branches and Map processors too). */
function findState(scope: StatesScope, name: string, queryLanguage: 'JSONPath' | 'JSONata'): TestedState | undefined {
  const states = (scope.States ?? {}) as Record<string, State>;
  const own = states[name];
  if (own && typeof own === 'object') return { name, state: own, queryLanguage };
  for (const state of Object.values(states)) {
    if (!state || typeof state !== 'object') continue;
    const ql = state.QueryLanguage === 'JSONata' ? 'JSONata' : queryLanguage;
    const scopes: StatesScope[] = [];
    if (state.Type === 'Parallel' && Array.isArray(state.Branches)) scopes.push(...state.Branches);
    if (state.Type === 'Map') {
      const processor = state.ItemProcessor ?? (state as { Iterator?: StatesScope }).Iterator;
      if (processor) scopes.push(processor);
    }
    for (const inner of scopes) {
      const found = findState(inner, name, ql);
      if (found) return found;
    }
  }
  return undefined;
}

/** The state under test. @throws TestStateError */
export function testedState(request: TestStateRequest): TestedState {
  const definition = jsonMemberAs(request.definition, 'definition');
  if (isMachine(definition)) {
    const machineQl = definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
    const name = request.stateName ?? (definition.StartAt as string);
    const found = findState(definition as unknown as StatesScope, name, machineQl);
    if (!found) throw validation('State not found in definition');
    return { ...found, queryLanguage: found.state.QueryLanguage === 'JSONata' ? 'JSONata' : found.queryLanguage };
  }
  const state = definition as unknown as State;
  return { name: SINGLE_STATE_NAME, state, queryLanguage: state.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath' };
}

function jsonMemberAs(value: unknown, member: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = jsonMember(value, member);
  } catch {
    throw new TestStateError('InvalidDefinition', `Invalid State Machine Definition: 'INVALID_JSON_DESCRIPTION: the definition is not valid JSON'`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TestStateError('InvalidDefinition', `Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: the definition must be a JSON object'`);
  }
  return parsed as Record<string, unknown>;
}

/** The definition checks AWS makes on the tested state. @throws TestStateError */
export function checkDefinition({ name, state }: TestedState): void {
  if (!STATE_TYPES.includes(state.Type)) {
    throw schema(`The field 'Type' should have one of these values: [${STATE_TYPES.join(', ')}] at /States/${name}/Type`);
  }
  if (state.Type === 'Parallel' && (!Array.isArray(state.Branches) || state.Branches.length === 0)) {
    throw schema(`Value cannot be empty at /States/${name}/Branches`);
  }
}

/** The mocked result as a JSON value (the API sends it as text), or undefined. */
export function mockedResult(request: TestStateRequest): unknown {
  const result = request.mock?.result;
  if (result === undefined) return undefined;
  try {
    return jsonMember(result, 'mock.result');
  } catch {
    throw validation('Mocked result must be valid JSON.');
  }
}

/**
 * AWS's checks of `mock` against the state: one of `result` / `errorOutput`, no secrets, only
 * for Task, Map and Parallel (which need one), and a result the state can take.
 * @throws TestStateError
 */
export function checkMock(request: TestStateRequest, { state }: TestedState, result: unknown): void {
  const mock = request.mock;
  if (mock && mock.result !== undefined && mock.errorOutput !== undefined) {
    throw validation('A test mock should have only one of the following fields: [result, errorOutput].');
  }
  if (mock && request.revealSecrets) throw validation('TestState does not support RevealSecrets when a mock is specified.');
  const group = state.Type === 'Map' || state.Type === 'Parallel';
  if (mock && state.Type !== 'Task' && !group) throw validation(`State type '${state.Type}' is not supported when a mock is specified`);
  if (group && !mock) {
    throw new TestStateError('InvalidDefinition', 'TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]');
  }
  if (state.Type === 'Task' && !mock && !request.roleArn) throw validation('RoleArn must be specified when testing a Task state');
  if (result === undefined) return;
  if (group && !Array.isArray(result) && !(state.Type === 'Map' && state.ResultWriter !== undefined)) throw validation('Mocked result must be an array.');
  if (state.Type === 'Parallel' && Array.isArray(result) && result.length !== state.Branches.length) {
    throw validation('Mocked result must contain the same number of items as number of Parallel branches.');
  }
  if (state.Type === 'Task') {
    const problem = mockResultProblem(state.Resource, result, mock?.fieldValidationMode);
    if (problem) throw validation(problem);
  }
}
