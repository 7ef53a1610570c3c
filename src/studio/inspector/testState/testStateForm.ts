/**
 * The inspector's "Test state" form as a TestState request (AWS TestState API:
 * https://docs.aws.amazon.com/step-functions/latest/apireference/API_TestState.html), and the
 * request's problems placed on the field they are about. Pure: the panel and its tests share it.
 */
import type { StateMachine, StateType } from '../../../asl/types';
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
}

export type FormField = 'input' | 'variables' | 'result' | 'error' | 'cause' | 'retryCount' | 'request';

export type FormProblems = Partial<Record<FormField, string>>;

export function defaultForm(input = '{}'): TestStateForm {
  return { input, variables: '', mock: 'result', result: '{}', error: '', cause: '', validation: 'STRICT', retryCount: '0', level: 'DEBUG' };
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
export function requestFromForm(definition: StateMachine, stateName: string, type: StateType, form: TestStateForm): FormRequest {
  const problems: FormProblems = {};
  const input = form.input.trim() === '' ? {} : parseJson(form.input, 'input', problems);
  const request: TestStateRequest = { definition, stateName, input, inspectionLevel: form.level };
  if (form.variables.trim() !== '') {
    const variables = parseJson(form.variables, 'variables', problems);
    if (!('variables' in problems) && (typeof variables !== 'object' || variables === null || Array.isArray(variables))) {
      problems.variables = 'Variables must be a JSON object, e.g. {"orderId": "A-1"}';
    }
    request.variables = variables;
  }
  if (takesMock(type)) {
    if (form.mock === 'result') {
      const result = parseJson(form.result, 'result', problems);
      request.mock = { result, fieldValidationMode: form.validation };
    } else {
      if (form.error.trim() === '') problems.error = 'Name the error the mocked task throws, e.g. States.TaskFailed';
      request.mock = { errorOutput: { error: form.error.trim(), ...(form.cause !== '' ? { cause: form.cause } : {}) } };
    }
    const retries = form.retryCount.trim() === '' ? 0 : Number(form.retryCount);
    if (!Number.isInteger(retries) || retries < 0) problems.retryCount = 'Retry count must be a whole number, 0 or more';
    else if (retries > 0) request.stateConfiguration = { retrierRetryCount: retries };
  }
  return Object.keys(problems).length > 0 ? { problems } : { request };
}

/** The form field an AWS refusal (TestStateError message) is about; `request` when it is about the state itself. */
export function fieldOfRefusal(message: string): FormField {
  if (/variables/i.test(message)) return 'variables';
  if (/'input'/.test(message)) return 'input';
  if (/^Mocked result|Field '|Required field|mock\.result|result must/i.test(message)) return 'result';
  return 'request';
}
