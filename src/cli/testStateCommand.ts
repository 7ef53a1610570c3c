/**
 * `asl-studio test-state <file> --state NAME --input … [--mock …]`: the AWS TestState API on one
 * state of a workflow file (see src/teststate). Exit 0 when the state succeeds, 1 when it
 * fails, would retry or is caught, or the request is refused, 2 for usage errors.
 */
import { TestStateError, testState, type InspectionLevel, type TestStateMock, type TestStateRequest, type TestStateResponse } from '../teststate';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './cli';
import { loadDefinition } from './load';

export const TEST_STATE_USAGE = `  asl-studio test-state <file> --state NAME [--input <json|@file>] [--mock <json|@file>]
                 [--error NAME [--cause TEXT]] [--retry-count N] [--variables <json|@file>]
                 [--context <json|@file>] [--inspection-level INFO|DEBUG|TRACE] [--role-arn ARN]
                 [--map-item-reader-data <json|@file>] [--map-iteration-failure-count N]
                 [--error-caused-by-state NAME] [--state-machine ID] [--json]`;

async function jsonFlag(value: string | true | undefined, io: CliIo, flag: string): Promise<unknown> {
  if (typeof value !== 'string') return undefined;
  const text = value.startsWith('@') ? await io.readFile(value.slice(1)) : value;
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`--${flag} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** `--mock` takes TestState's `mock` object, or just the mocked result. */
function mockOf(value: unknown): TestStateMock {
  if (typeof value === 'object' && value !== null && ('result' in value || 'errorOutput' in value)) return value as TestStateMock;
  return { result: value };
}

function print(response: TestStateResponse, io: CliIo): void {
  io.stdout(`${response.status}${response.nextState ? ` → next state: ${response.nextState}` : ''}\n`);
  if (response.error !== undefined) io.stdout(`error: ${response.error}\ncause: ${response.cause ?? '(none)'}\n`);
  if (response.output !== undefined) io.stdout(`output: ${JSON.stringify(response.output, null, 2)}\n`);
  const data = response.inspectionData;
  if (!data) return;
  for (const [key, value] of Object.entries(data)) io.stdout(`  ${key}: ${JSON.stringify(value)}\n`);
}

export async function testStateCommand(argv: string[], io: CliIo): Promise<number> {
  const valued = ['state', 'input', 'mock', 'error', 'cause', 'retry-count', 'variables', 'context', 'inspection-level', 'role-arn', 'state-machine',
    'map-item-reader-data', 'map-iteration-failure-count', 'error-caused-by-state'];
  const args = parseArgs(argv, valued, ['json']);
  const file = args.positional[0];
  if (!file) throw new UsageError('Missing <file>.');
  const stateName = args.flags.get('state');
  if (typeof stateName !== 'string') throw new UsageError('Missing --state NAME.');
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new UsageError(`Cannot read '${file}': ${e instanceof Error ? e.message : String(e)}`);
  }
  const loaded = await loadDefinition(text, file, io.readFile, args.flags.get('state-machine') as string | undefined);
  if (!loaded.definition) {
    for (const d of loaded.diagnostics) io.stderr(`${file}: ${d.severity} ${d.code}: ${d.message}\n`);
    return 1;
  }
  const request: TestStateRequest = { definition: loaded.definition, stateName, inspectionLevel: 'DEBUG' };
  const input = await jsonFlag(args.flags.get('input'), io, 'input');
  if (input !== undefined) request.input = input;
  const mock = await jsonFlag(args.flags.get('mock'), io, 'mock');
  if (mock !== undefined) request.mock = mockOf(mock);
  const error = args.flags.get('error');
  if (typeof error === 'string') {
    if (mock !== undefined) throw new UsageError('Give either --mock or --error, not both.');
    const cause = args.flags.get('cause');
    request.mock = { errorOutput: typeof cause === 'string' ? { error, cause } : { error } };
  }
  const config: NonNullable<TestStateRequest['stateConfiguration']> = {};
  const count = (flag: string): number | undefined => {
    const value = args.flags.get(flag);
    if (typeof value !== 'string') return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${flag} needs a whole number ≥ 0.`);
    return n;
  };
  const retryCount = count('retry-count');
  if (retryCount !== undefined) config.retrierRetryCount = retryCount;
  const failures = count('map-iteration-failure-count');
  if (failures !== undefined) config.mapIterationFailureCount = failures;
  const readerData = await jsonFlag(args.flags.get('map-item-reader-data'), io, 'map-item-reader-data');
  if (readerData !== undefined) config.mapItemReaderData = readerData;
  const causedBy = args.flags.get('error-caused-by-state');
  if (typeof causedBy === 'string') config.errorCausedByState = causedBy;
  if (Object.keys(config).length > 0) request.stateConfiguration = config;
  const variables = await jsonFlag(args.flags.get('variables'), io, 'variables');
  if (variables !== undefined) request.variables = variables;
  const context = await jsonFlag(args.flags.get('context'), io, 'context');
  if (context !== undefined) request.context = context;
  const level = args.flags.get('inspection-level');
  if (typeof level === 'string') {
    if (!['INFO', 'DEBUG', 'TRACE'].includes(level)) throw new UsageError('--inspection-level is INFO, DEBUG or TRACE.');
    request.inspectionLevel = level as InspectionLevel;
  }
  const roleArn = args.flags.get('role-arn');
  if (typeof roleArn === 'string') request.roleArn = roleArn;
  let response: TestStateResponse;
  try {
    response = await testState(request);
  } catch (e) {
    if (!(e instanceof TestStateError)) throw e;
    if (args.flags.has('json')) io.stdout(`${JSON.stringify({ exception: { code: e.code, message: e.message } }, null, 2)}\n`);
    else io.stderr(`${e.code}: ${e.message}\n`);
    return 1;
  }
  if (args.flags.has('json')) io.stdout(`${JSON.stringify(response, null, 2)}\n`);
  else print(response, io);
  return response.status === 'SUCCEEDED' ? 0 : 1;
}
