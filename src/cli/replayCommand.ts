/**
 * `asl-studio replay <history.json> [more files] [--definition file] [--json]`: replays an AWS
 * execution (get-execution-history output, optionally with describe-… output carrying the
 * definition) on the local engine with the recorded answers. Exit 0 when the local run matches
 * the recording, 1 with the first divergence, 2 for usage errors (also an unreadable history);
 * with `--json` stdout stays one JSON document in every case.
 */
import { HistoryImportError, importExecutionHistory, replayExecution, type ImportedExecution, type ReplayResult } from '../history';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './cli';
import { loadDefinition } from './load';

export const REPLAY_USAGE = `  asl-studio replay <history.json> [describe-….json …] [--definition <file>] [--state-machine ID] [--json]`;

/** A usage problem with its located details (history import problems). */
class ReplayUsage extends UsageError {
  constructor(message: string, readonly problems: unknown[] = []) {
    super(message);
  }
}

async function readText(file: string, io: CliIo): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (e) {
    throw new ReplayUsage(`Cannot read '${file}': ${e instanceof Error ? e.message : String(e)}`);
  }
}

function printText(file: string, imported: ImportedExecution, replay: ReplayResult, io: CliIo): void {
  for (const w of imported.warnings) io.stdout(`note: ${w}\n`);
  for (const f of replay.fit) io.stdout(`does not fit: ${f.message}\n`);
  const cut = imported.payloadNotices.length;
  if (cut > 0) io.stdout(`note: ${cut} payload${cut === 1 ? ' was' : 's were'} truncated or left out by AWS and ${cut === 1 ? 'is' : 'are'} not compared.\n`);
  const outcome = `${replay.status}${replay.error ? ` (${replay.error})` : ''}`;
  const d = replay.divergence;
  if (!d) {
    io.stdout(`${file}: the local run matches the recorded execution (${imported.events.length} events, ${outcome}).\n`);
    return;
  }
  io.stdout(`${file}: the local run diverges at AWS event ${d.eventId}${d.statePath ? ` in state ${d.statePath}${d.iteration.length ? ` (iteration ${d.iteration.join('.')})` : ''}` : ''}:\n`);
  io.stdout(`  ${d.message}\n`);
  if (d.expected) io.stdout(`  AWS:      event ${d.expected.eventId} ${d.expected.type}${d.expected.name ? ` '${d.expected.name}'` : ''}\n`);
  if (d.actual) io.stdout(`  this run: event ${d.actual.eventId} ${d.actual.type}${d.actual.name ? ` '${d.actual.name}'` : ''}\n`);
  io.stdout(`Recorded: ${imported.status}${imported.error ? ` (${imported.error})` : ''}; local run: ${outcome}.\n`);
}

async function replay(argv: string[], io: CliIo, json: boolean): Promise<number> {
  const args = parseArgs(argv, ['definition', 'state-machine'], ['json']);
  if (args.positional.length === 0) throw new ReplayUsage('Missing <history.json>.');
  const files = [];
  for (const name of args.positional) files.push({ name, text: await readText(name, io) });
  let definitionOption;
  const definitionFile = args.flags.get('definition');
  if (typeof definitionFile === 'string') {
    const loaded = await loadDefinition(await readText(definitionFile, io), definitionFile, io.readFile, args.flags.get('state-machine') as string | undefined);
    if (!loaded.definition) {
      throw new ReplayUsage(`'${definitionFile}' holds no usable state machine.`, loaded.diagnostics.map((d) => ({ message: d.message, file: definitionFile, path: d.path })));
    }
    definitionOption = loaded.definition;
  }
  let imported: ImportedExecution;
  try {
    imported = importExecutionHistory(files, definitionOption ? { definition: definitionOption } : {});
  } catch (e) {
    if (e instanceof HistoryImportError) throw new ReplayUsage(`Cannot read the execution history:\n${e.message}`, e.problems);
    throw e;
  }
  // --definition wins over a definition inside the files: it is the workflow being checked.
  const definition = definitionOption ?? imported.definition;
  if (!definition) throw new ReplayUsage('The files hold no definition: add describe-state-machine-for-execution output or --definition <file>.');
  const result = await replayExecution(definition, imported);
  if (json) {
    const out: Record<string, unknown> = { match: result.divergence === null, status: result.status };
    if (result.output !== undefined) out.output = result.output;
    if (result.error !== undefined) out.error = result.error;
    if (result.cause !== undefined) out.cause = result.cause;
    Object.assign(out, {
      divergence: result.divergence,
      recorded: { status: imported.status, events: imported.events.length, ...(imported.error !== undefined ? { error: imported.error } : {}) },
      fit: result.fit,
      payloadNotices: imported.payloadNotices,
      warnings: imported.warnings,
      mocks: result.mocks.mockConfig,
    });
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else printText(args.positional[0]!, imported, result, io);
  return result.divergence === null ? 0 : 1;
}

export async function replayCommand(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  if (!json) return replay(argv, io, false);
  try {
    return await replay(argv, io, true);
  } catch (e) {
    const usage = e instanceof UsageError;
    const problems = e instanceof ReplayUsage ? e.problems : [];
    io.stdout(`${JSON.stringify({ match: false, error: { message: e instanceof Error ? e.message : String(e), problems } }, null, 2)}\n`);
    return usage ? 2 : 1;
  }
}
