/**
 * The inspector's "Test state" form as a TestState request (AWS TestState API:
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html), and the
 * request's problems placed on the field they are about. Pure: the panel and its tests share it.
 */
import type { State, StateMachine, StatesScope, StateType } from '../../../asl/types';
import { allStateNames } from '../../../asl/edits/names';
import type { FieldValidationMode, InspectionLevel, TestStateRequest } from '../../../teststate/types';
import { locateJsonError } from '../fields/locateJsonError';

export type MockKind = 'result' | 'error';

export interface TestStateForm {
  /** The state input as typed (JSON text). */
  input: string;
  /** Workflow variables as typed (JSON object text); empty for none. */
  variables: string;
  mock: MockKind;
  /** The mocked result (JSON text). */
  result: string;
  error: string;
  cause: string;
  validation: FieldValidationMode;
  /** Retries already made by the matching retrier (stateConfiguration.retrierRetryCount). */
  retryCount: string;
  level: InspectionLevel;
  /** The context object (`$$`) as typed (JSON object text); empty: generated as AWS does. */
  context: string;
  /** Map with an ItemReader: the items it read (JSON array text), stateConfiguration.mapItemReaderData. */
  readerData: string;
  /** Map/Parallel with a mocked error: the inner state that raised it (stateConfiguration.errorCausedByState). */
  causedBy: string;
  /** Map: how many iterations failed (stateConfiguration.mapIterationFailureCount). */
  iterationFailures: string;
}

export type FormField = 'input' | 'variables' | 'context' | 'result' | 'error' | 'cause' | 'retryCount' | 'readerData' | 'causedBy' | 'iterationFailures' | 'request';

export type FormProblems = Partial<Record<FormField, string>>;

export function defaultForm(input = '{}'): TestStateForm {
  return { input, variables: '', mock: 'result', result: '{}', error: '', cause: '', validation: 'STRICT', retryCount: '0', level: 'DEBUG', context: '', readerData: '', causedBy: '', iterationFailures: '0' };
}

/**
 * Task, Map and Parallel states take a mocked answer. Offline there is no service to call, so the
 * studio always sends one (AWS calls the real service for an unmocked Task).
 */
export function takesMock(type: StateType): boolean {
  return type === 'Task' || type === 'Map' || type === 'Parallel';
}

/** Retry and Catch apply only to these types (ASL spec "Error handling"). */
export function takesRetryCount(type: StateType): boolean {
  return takesMock(type);
}

/** A Map that reads its items with an ItemReader (Distributed Map): TestState takes the read data. */
export function readsItems(state: State): boolean {
  return state.Type === 'Map' && state.ItemReader !== undefined;
}

/** The states inside a Map's item processor or a Parallel's branches (where a mocked error can come from). */
export function innerStateNames(state: State): string[] {
  const scopes: StatesScope[] = [];
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) scopes.push(...state.Branches);
  if (state.Type === 'Map') {
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor) scopes.push(processor);
  }
  const names = new Set<string>();
  for (const scope of scopes) for (const name of allStateNames(scope)) names.add(name);
  return [...names];
}

function wholeNumber(text: string): number | undefined {
  const n = text.trim() === '' ? 0 : Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function parseJson(text: string, field: FormField, problems: FormProblems): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    problems[field] = `Invalid JSON: ${locateJsonError(text, (e as Error).message)}`;
    return undefined;
  }
}

export type FormRequest = { request: TestStateRequest; problems?: undefined } | { request?: undefined; problems: FormProblems };

/** The TestState request for `stateName` of `definition`, or the form's problems (each on its field, JSON errors with line and column). */
export function requestFromForm(definition: StateMachine, stateName: string, state: State, form: TestStateForm): FormRequest {
  const problems: FormProblems = {};
  const type = state.Type;
  const input = form.input.trim() === '' ? {} : parseJson(form.input, 'input', problems);
  const request: TestStateRequest = { definition, stateName, input, inspectionLevel: form.level };
  if (form.variables.trim() !== '') {
    const variables = parseJson(form.variables, 'variables', problems);
    if (!('variables' in problems) && (typeof variables !== 'object' || variables === null || Array.isArray(variables))) {
      problems.variables = 'Variables must be a JSON object, e.g. {"orderId": "A-1"}';
    }
    request.variables = variables;
  }
  if (form.context.trim() !== '') {
    const context = parseJson(form.context, 'context', problems);
    if (!('context' in problems) && (typeof context !== 'object' || context === null || Array.isArray(context))) {
      problems.context = 'The context must be a JSON object, e.g. {"Execution": {"Name": "order-7"}}';
    }
    request.context = context;
  }
  const config: NonNullable<TestStateRequest['stateConfiguration']> = {};
  if (takesMock(type)) {
    if (form.mock === 'result') {
      const result = parseJson(form.result, 'result', problems);
      request.mock = { result, fieldValidationMode: form.validation };
    } else {
      if (form.error.trim() === '') problems.error = 'Name the error the mocked task throws, e.g. States.TaskFailed';
      request.mock = { errorOutput: { error: form.error.trim(), ...(form.cause !== '' ? { cause: form.cause } : {}) } };
      // errorCausedByState: only for a Map or Parallel, and only a state inside it (1-80 characters, AWS TestStateConfiguration).
      if (type !== 'Task' && form.causedBy !== '') {
        if (innerStateNames(state).includes(form.causedBy)) config.errorCausedByState = form.causedBy;
        else problems.causedBy = `"${form.causedBy}" is not a state inside this ${type}`;
      }
    }
    const retries = wholeNumber(form.retryCount);
    if (retries === undefined) problems.retryCount = 'Retry count must be a whole number, 0 or more';
    else if (retries > 0) config.retrierRetryCount = retries;
  }
  if (type === 'Map') {
    const failures = wholeNumber(form.iterationFailures);
    if (failures === undefined) problems.iterationFailures = 'Failed iterations must be a whole number, 0 or more';
    else if (failures > 0) config.mapIterationFailureCount = failures;
  }
  if (readsItems(state) && form.readerData.trim() !== '') {
    const data = parseJson(form.readerData, 'readerData', problems);
    if (!('readerData' in problems) && !Array.isArray(data)) problems.readerData = 'The items the ItemReader read must be a JSON array, e.g. [{"id": 1}, {"id": 2}]';
    // The API takes the data as text "as found in its original source".
    config.mapItemReaderData = form.readerData;
  }
  if (Object.keys(config).length > 0) request.stateConfiguration = config;
  return Object.keys(problems).length > 0 ? { problems } : { request };
}

/** The form field an AWS refusal (TestStateError message) is about; `request` when it is about the state itself. */
export function fieldOfRefusal(message: string): FormField {
  if (/variables/i.test(message)) return 'variables';
  if (/Context object/i.test(message)) return 'context';
  if (/mapItemReaderData/.test(message)) return 'readerData';
  if (/'input'/.test(message)) return 'input';
  if (/^Mocked result|Field '|Required field|mock\.result|result must/i.test(message)) return 'result';
  return 'request';
}
