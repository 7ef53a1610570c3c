/**
 * `asl-studio export-sam <file> [--name N] [--type STANDARD|EXPRESS] [--definition-uri]
 * [--cloudformation] [--placeholder-resources] [--state-machine ID] [--settings FILE] [-o template.yaml]`
 *
 * <file> is ASL JSON/YAML or a SAM/CloudFormation template (its settings, substitutions and other
 * resources are kept). Exit codes: 0 written, 1 unreadable or invalid workflow, 2 usage error.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { readTextFile } from './readText';
import { dirname, join, resolve } from 'node:path';
import type { StateMachine } from '../asl/types';
import { validateDefinition } from '../asl/validate';
import { buildSamTemplate, TemplateReadError, type ReadTemplateResult, type SamExportOptions } from '../sam';
import { readTemplateWithFiles } from './templateFiles';
import { parseArgs, UsageError } from './args';

export interface ExportSamIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
}

const nodeIo: ExportSamIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: readTextFile,
  writeFile: writeTextFile,
};

/** Writes a file, creating its folder; a one-line usage error when the path is a directory or cannot be written. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`'${path}' is a directory; give a file path for the output.`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot write '${path}': ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const EXPORT_SAM_USAGE = `Usage: asl-studio export-sam <file> [options]
  --name NAME               state machine name (Name / StateMachineName)
  --type STANDARD|EXPRESS   workflow type
  --definition-uri          write the ASL to statemachine/<name>.asl.json next to the template (needs -o)
  --cloudformation          plain CloudFormation (AWS::StepFunctions::StateMachine + IAM role)
  --placeholder-resources   generate stand-in resources (function, table, queue, …) for the references
  --state-machine ID        which state machine of a template to export
  --settings FILE           workflow settings (JSON: logging, tracing, tags, roleArn, substitutions, …)
  -o, --output FILE         write the template there instead of printing it
Exit codes: 0 ok, 1 unreadable or invalid workflow, 2 usage error.`;

/** Read the input, with the DefinitionUri file(s) next to a template when it needs them. */
async function readInput(file: string, io: ExportSamIo): Promise<ReadTemplateResult> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    throw new UsageError(`Cannot read '${file}': ${e instanceof Error ? e.message : String(e)}`);
  }
  return readTemplateWithFiles(text, file, io.readFile);
}

async function readSettings(path: string, io: ExportSamIo): Promise<SamExportOptions> {
  try {
    const value = JSON.parse(await io.readFile(path)) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
    return value as SamExportOptions;
  } catch (e) {
    throw new UsageError(`--settings ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Runs `export-sam`; `io` defaults to the process (tests pass their own). */
export async function runExportSam(argv: string[], io: ExportSamIo = nodeIo): Promise<number> {
  try {
    const args = parseArgs(argv, ['name', 'type', 'state-machine', 'settings', 'o', 'output'], ['definition-uri', 'cloudformation', 'placeholder-resources', 'help', 'h']);
    if (args.flags.has('help') || args.flags.has('h')) {
      io.stdout(`${EXPORT_SAM_USAGE}\n`);
      return 0;
    }
    const file = args.positional[0];
    if (!file || args.positional.length > 1) throw new UsageError(file ? `Unexpected argument '${args.positional[1]}'.` : 'Missing <file>.');
    const type = args.flags.get('type');
    if (type !== undefined && type !== 'STANDARD' && type !== 'EXPRESS') throw new UsageError('--type is STANDARD or EXPRESS.');
    const output = (args.flags.get('o') ?? args.flags.get('output')) as string | undefined;
    if (args.flags.has('definition-uri') && !output) throw new UsageError('--definition-uri writes several files; give the template path with -o.');
    if (args.flags.has('definition-uri') && args.flags.has('cloudformation')) throw new UsageError('--definition-uri is a SAM feature; it cannot be combined with --cloudformation.');
    const fromFile = typeof args.flags.get('settings') === 'string' ? await readSettings(args.flags.get('settings') as string, io) : {};

    let input: ReadTemplateResult;
    try {
      input = await readInput(file, io);
    } catch (error) {
      if (!(error instanceof TemplateReadError)) throw error;
      io.stderr(`${file}: ${error.describe()}\n`);
      return 1;
    }
    const wanted = args.flags.get('state-machine');
    const chosen = typeof wanted === 'string' ? input.stateMachines.find((s) => s.logicalId === wanted) : input.stateMachines[0];
    if (!chosen) {
      io.stderr(`${file}: no state machine '${String(wanted)}' (found: ${input.stateMachines.map((s) => s.logicalId).join(', ')})\n`);
      return 1;
    }
    const definition: StateMachine = chosen.definition;
    const errors = validateDefinition(definition).filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      for (const d of errors) io.stderr(`${file}: error ${d.code}: ${d.message}${d.path.length ? ` (at /${d.path.join('/')})` : ''}\n`);
      return 1;
    }

    const options: SamExportOptions = {
      ...chosen.settings,
      ...(input.template ? { baseTemplate: input.template, logicalId: chosen.logicalId } : {}),
      ...(chosen.resourceType === 'AWS::StepFunctions::StateMachine' ? { format: 'cloudformation' as const } : {}),
      ...fromFile,
    };
    if (typeof args.flags.get('name') === 'string') options.name = args.flags.get('name') as string;
    if (type) options.type = type;
    if (args.flags.has('cloudformation')) options.format = 'cloudformation';
    if (args.flags.has('definition-uri')) options.definitionMode = 'uri';
    if (args.flags.has('placeholder-resources')) options.generatePlaceholderResources = true;

    const out = buildSamTemplate(definition, options);
    for (const warning of out.warnings) io.stderr(`warning: ${warning}\n`);
    for (const skipped of input.skipped) io.stderr(`warning: ${skipped.logicalId} skipped: ${skipped.error.message}\n`);
    if (!output) {
      io.stdout(out.files['template.yaml'] as string);
      return 0;
    }
    const folder = dirname(resolve(output));
    for (const [path, text] of Object.entries(out.files)) {
      await io.writeFile(path === 'template.yaml' ? output : join(folder, path), text);
    }
    io.stderr(`wrote ${Object.keys(out.files).map((p) => (p === 'template.yaml' ? output : join(dirname(output), p))).join(', ')}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n\n${EXPORT_SAM_USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
