/**
 * `asl-studio` commands, testable in-process: `cli(argv, io)` returns the exit code
 * (0 ok, 1 workflow failed or invalid, 2 usage error).
 */
import { validateDefinition } from '../asl/validate';
import type { Diagnostic } from '../asl/types';
import { detailsOf, realClock, startExecution } from '../interpreter';
import type { ExecutionOptions, MockConfigFile, MockShorthand } from '../interpreter';
import { parseArgs, UsageError } from './args';
import { loadDefinition } from './load';
import { FileReadError } from './readText';
import { resolvePlaceholders } from '../sam/resolve';

import { runExportSam } from './exportSam';
import { TEST_STATE_USAGE, testStateCommand } from './testStateCommand';
import { REPLAY_USAGE, replayCommand } from './replayCommand';
import { TEST_USAGE, testCommand, type TestIo } from './testCommand';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  /** File-system access of the `test` command (writes, directory walks, watching). */
  test?: TestIo;
}

export const USAGE = `Usage:
  asl-studio validate <file> [--state-machine ID]
  asl-studio run <file> [--input <json|@file>] [--mocks <file>] [--test-case NAME]
                 [--json] [--history] [--state-machine ID] [--max-transitions N]
  asl-studio export-sam <file> [-o template.yaml] …
  asl-studio open <file|dir> [--port N] [--host 127.0.0.1] [--no-open] [--state-machine ID]
                 the studio in the browser, bound to these files (edits are saved back to them)
  asl-studio open <history.json> --definition <file> [--state-machine ID] [--port N] …
                 a recorded execution as a run on its workflow, which is edited and saved in <file>
${TEST_STATE_USAGE}
${REPLAY_USAGE}
${TEST_USAGE}

<file> is ASL JSON or YAML, or a SAM/CloudFormation template holding a state machine.
Exit codes: 0 ok, 1 workflow failed or invalid, 2 usage error.`;

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}: ${d.severity} ${d.code}: ${d.message}${d.path.length ? ` (at /${d.path.join('/')})` : ''}`;
}

async function readJsonArg(value: string, io: CliIo, what: string): Promise<unknown> {
  let text = value;
  if (value.startsWith('@')) {
    try {
      text = await io.readFile(value.slice(1));
    } catch (e) {
      throw new UsageError(`${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function load(file: string | undefined, stateMachine: string | undefined, io: CliIo) {
  if (!file) throw new UsageError('Missing <file>.');
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    if (e instanceof FileReadError && e.content) return { diagnostics: [{ code: 'FILE_UNREADABLE', message: e.message, severity: 'error' as const, path: [] }] };
    throw new UsageError(e instanceof FileReadError ? e.message : `Cannot read '${file}': ${e instanceof Error ? e.message : String(e)}`);
  }
  return loadDefinition(text, file, io.readFile, stateMachine);
}

async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['state-machine'], ['json']);
  const file = args.positional[0];
  const loaded = await load(file, args.flags.get('state-machine') as string | undefined, io);
  const diagnostics = loaded.definition ? [...loaded.diagnostics, ...validateDefinition(loaded.definition)] : loaded.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (args.flags.has('json')) io.stdout(`${JSON.stringify({ valid: errors.length === 0, diagnostics }, null, 2)}\n`);
  else {
    for (const d of diagnostics) io.stdout(`${formatDiagnostic(file!, d)}\n`);
    io.stdout(errors.length === 0 ? `${file}: valid\n` : `${file}: ${errors.length} error(s)\n`);
  }
  return errors.length === 0 ? 0 : 1;
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['input', 'mocks', 'test-case', 'state-machine', 'max-transitions', 'name'], ['json', 'history', 'real-clock']);
  const file = args.positional[0];
  const loaded = await load(file, args.flags.get('state-machine') as string | undefined, io);
  if (!loaded.definition) {
    for (const d of loaded.diagnostics) io.stderr(`${formatDiagnostic(file!, d)}\n`);
    return 1;
  }
  const inputFlag = args.flags.get('input');
  const input = typeof inputFlag === 'string' ? await readJsonArg(inputFlag, io, '--input') : {};
  const options: ExecutionOptions = { awaitCallbacks: false };
  const mocksFlag = args.flags.get('mocks');
  if (typeof mocksFlag === 'string') options.mocks = (await readJsonArg(mocksFlag.startsWith('@') ? mocksFlag : `@${mocksFlag}`, io, '--mocks')) as MockShorthand | MockConfigFile;
  const testCase = args.flags.get('test-case');
  if (typeof testCase === 'string') options.testCase = testCase;
  const name = args.flags.get('name');
  if (typeof name === 'string') options.name = name;
  const maxTransitions = args.flags.get('max-transitions');
  if (typeof maxTransitions === 'string') {
    const n = Number(maxTransitions);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-transitions needs a positive integer.');
    options.maxTransitions = n;
  }
  if (args.flags.has('real-clock')) options.clock = realClock;
  if (loaded.logicalId) options.stateMachineName = loaded.logicalId;
  // The template's literal values (and parameter defaults) fill the `${…}` placeholders, as a deploy would.
  const definition = loaded.substitutions ? resolvePlaceholders(loaded.definition, loaded.substitutions) : loaded.definition;
  const result = await startExecution(definition, input, options).result;
  const history = args.flags.has('history');
  if (args.flags.has('json')) {
    const out: Record<string, unknown> = { status: result.status };
    if (result.output !== undefined) out.output = result.output;
    if (result.error !== undefined) out.error = result.error;
    if (result.cause !== undefined) out.cause = result.cause;
    if (result.diagnostics) out.diagnostics = result.diagnostics;
    if (history) out.events = result.events;
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (history) {
      for (const e of result.events) {
        const details = detailsOf(e);
        io.stdout(`${String(e.id).padStart(4)} ${String(e.previousEventId).padStart(4)} ${e.type}${details ? ` ${JSON.stringify(details)}` : ''}\n`);
      }
    }
    if (result.diagnostics) for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(file!, d)}\n`);
    io.stdout(`${result.status}\n`);
    if (result.status === 'SUCCEEDED') io.stdout(`${JSON.stringify(result.output, null, 2)}\n`);
    else io.stdout(`error: ${result.error ?? '(none)'}\ncause: ${result.cause ?? '(none)'}\n`);
  }
  return result.status === 'SUCCEEDED' ? 0 : 1;
}

/** `export-sam`: the SAM export command, sharing this invocation's output streams and file reads. */
async function exportSamCommand(argv: string[], io: CliIo): Promise<number> {
  const { writeTextFile } = await import('./exportSam');
  return runExportSam(argv, { ...io, writeFile: writeTextFile });
}

/** Runs one CLI invocation. */
export async function cli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return await validateCommand(rest, io);
      case 'run':
        return await runCommand(rest, io);
      case 'export-sam':
        return await exportSamCommand(rest, io);
      case 'open': {
        const { openCommand } = await import('./openCommand');
        return await openCommand(rest, io);
      }
      case 'test':
        return await testCommand(rest, io);
      case 'test-state':
        return await testStateCommand(rest, io);
      case 'replay':
        return await replayCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command '${command}'.`);
    }
  } catch (e) {
    const usage = e instanceof UsageError;
    const message = e instanceof Error ? e.message : String(e);
    // With --json, stdout stays one JSON document even when the invocation fails.
    if (rest.includes('--json')) io.stdout(`${JSON.stringify({ status: 'ERROR', error: usage ? 'UsageError' : 'Error', message }, null, 2)}\n`);
    if (usage) {
      io.stderr(`${message}\nRun 'asl-studio help' for the usage.\n`);
      return 2;
    }
    // One line, no stack trace: the CLI's users need the reason, not our internals.
    io.stderr(`asl-studio: ${message}\n`);
    return 1;
  }
}
