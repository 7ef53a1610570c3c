/**
 * Reading what the user gave the Import dialog (files or pasted text) into the state machines it
 * holds, or into a reason it cannot be opened. Pure (no DOM), unit-tested in Node.
 */
import { readTemplate, TemplateReadError, type ImportedStateMachine, type ReadTemplateResult } from '../../sam';
import type { WorkflowSettings } from '../../asl/types';
import { IMPORTED_TEMPLATE_KEY, withoutImportedTemplate } from './importedTemplate';
import { parse as parseYaml } from 'yaml';
import { TEST_FILE_PATTERN } from '../../testing/format';

export interface ImportSource {
  name: string;
  text: string;
}

export type ImportOutcome =
  /** `testFiles`: the workflow test files given with the template (`*.sfn-test.json|yaml`), read when a state machine is opened. */
  | { ok: true; fileName: string; result: ReadTemplateResult; testFiles?: ImportedTestFile[] }
  | { ok: false; fileName: string; reason: string; where?: string; missingFiles: string[] };

/** Errors that say "this file is a template, but…" (as opposed to "this is not a template at all"). */
const TEMPLATE_PROBLEMS = new Set(['definition-missing', 'definition-invalid', 'definition-uri-missing', 'definition-uri-s3', 'unsupported-intrinsic']);

/** `line 3, column 5; Resources.Machine.Properties` for an error's location. */
export function describeLocation(error: TemplateReadError): string | undefined {
  const where: string[] = [];
  const loc = error.location;
  if (loc?.line !== undefined) where.push(`line ${loc.line}${loc.column !== undefined ? `, column ${loc.column}` : ''}`);
  if (loc?.path?.length) where.push(loc.path.join('.'));
  return where.length > 0 ? where.join('; ') : undefined;
}

function failure(fileName: string, error: unknown): ImportOutcome {
  if (error instanceof TemplateReadError) {
    const where = describeLocation(error);
    return { ok: false, fileName, reason: error.message, ...(where ? { where } : {}), missingFiles: error.missingFiles };
  }
  return { ok: false, fileName, reason: `The file could not be read: ${(error as Error).message ?? String(error)}`, missingFiles: [] };
}

function isTemplateProblem(error: unknown): boolean {
  if (!(error instanceof TemplateReadError)) return false;
  // "No state machine" found in Resources means it was a template; without Resources it was not.
  return TEMPLATE_PROBLEMS.has(error.code) || (error.code === 'no-state-machine' && error.location?.path?.[0] === 'Resources');
}

const ASL_FILE = /\.asl\.(json|ya?ml)$/i;

/**
 * Read one or more sources: a template plus the files its `DefinitionUri`s name, or a single ASL
 * file. A template wins over plain ASL; a template's own problem is reported rather than hidden
 * behind an ASL file given with it.
 */
export function readImport(sources: readonly ImportSource[]): ImportOutcome {
  if (sources.length === 0) return { ok: false, fileName: '', reason: 'Nothing to import: choose a file or paste a template.', missingFiles: [] };
  const files = Object.fromEntries(sources.map((s) => [s.name, s.text]));
  const testFiles = sources.filter((s) => TEST_FILE_PATTERN.test(s.name)).map(readTestSource);
  const withTests = (outcome: ImportOutcome): ImportOutcome => (outcome.ok && testFiles.length > 0 ? { ...outcome, testFiles } : outcome);
  const ordered = sources.filter((s) => !TEST_FILE_PATTERN.test(s.name)).sort((a, b) => Number(ASL_FILE.test(a.name)) - Number(ASL_FILE.test(b.name)));
  let asl: ImportOutcome | undefined;
  let templateProblem: ImportOutcome | undefined;
  let firstProblem: ImportOutcome | undefined;
  for (const source of ordered) {
    try {
      const result = readTemplate(source.text, files);
      const outcome: ImportOutcome = { ok: true, fileName: source.name, result };
      if (result.kind !== 'asl') return withTests(outcome);
      asl ??= outcome;
    } catch (error) {
      const outcome = failure(source.name, error);
      if (isTemplateProblem(error)) templateProblem ??= outcome;
      firstProblem ??= outcome;
    }
  }
  if (sources.length === testFiles.length) return { ok: false, fileName: testFiles[0]!.name, reason: 'A test file alone opens no workflow: choose it together with the template or definition it tests (or import it in Run mode → Tests).', missingFiles: [] };
  return templateProblem ?? (asl ? withTests(asl) : (firstProblem as ImportOutcome));
}

/** A skipped state machine's error as it crosses to or from a worker (structured clone keeps no class). */
interface WireError { code: TemplateReadError['code']; message: string; location: TemplateReadError['location']; missingFiles: string[] }
export type WireOutcome =
  | Exclude<ImportOutcome, { ok: true }>
  | { ok: true; fileName: string; result: Omit<ReadTemplateResult, 'skipped'> & { skipped: { logicalId: string; error: WireError }[] } };

/** An outcome a worker can post (errors as plain data). */
export function toWire(outcome: ImportOutcome): WireOutcome {
  if (!outcome.ok) return outcome;
  const skipped = outcome.result.skipped.map(({ logicalId, error }) => ({ logicalId, error: { code: error.code, message: error.message, location: error.location, missingFiles: error.missingFiles } }));
  return { ...outcome, result: { ...outcome.result, skipped } };
}

/** The outcome a worker posted, with its errors as TemplateReadErrors again. */
export function fromWire(wire: WireOutcome): ImportOutcome {
  if (!wire.ok) return wire;
  const skipped = wire.result.skipped.map(({ logicalId, error }) => ({ logicalId, error: new TemplateReadError(error.code, error.message, error.location, error.missingFiles) }));
  return { ...wire, result: { ...wire.result, skipped } };
}

/** Number of states of a definition, nested ones included. */
export function stateCount(definition: { States?: Record<string, unknown> }): number {
  let count = 0;
  for (const state of Object.values(definition.States ?? {})) {
    count += 1;
    const s = state as { Branches?: unknown; ItemProcessor?: unknown; Iterator?: unknown };
    if (Array.isArray(s.Branches)) for (const b of s.Branches) count += stateCount(b as { States?: Record<string, unknown> });
    const processor = s.ItemProcessor ?? s.Iterator;
    if (processor && typeof processor === 'object') count += stateCount(processor as { States?: Record<string, unknown> });
  }
  return count;
}

export interface ImportedTestFile extends ImportSource {
  /** The state machine the file names (`stateMachine`), when it is readable and names one. */
  stateMachine?: string;
}

function readTestSource(source: ImportSource): ImportedTestFile {
  try {
    // YAML reads JSON too; a file that reads as neither still comes back (its problems show when it is imported).
    const value = parseYaml(source.text) as { stateMachine?: unknown } | null;
    return typeof value?.stateMachine === 'string' ? { ...source, stateMachine: value.stateMachine } : source;
  } catch {
    return source;
  }
}

/** The test file for the opened state machine: the one naming it (`stateMachine`), else the only one that names none. */
export function testFileOf(testFiles: readonly ImportedTestFile[] | undefined, logicalId: string): ImportedTestFile | undefined {
  if (!testFiles || testFiles.length === 0) return undefined;
  return testFiles.find((f) => f.stateMachine === logicalId) ?? (testFiles.length === 1 && testFiles[0]!.stateMachine === undefined ? testFiles[0] : undefined);
}

/** The library name of an imported state machine: its own name, else the file's or the resource's. */
export function nameFor(machine: ImportedStateMachine, result: ReadTemplateResult, fileName: string): string {
  if (result.kind === 'asl') return fileName === 'pasted text' ? 'Imported workflow' : fileName.replace(/^.*\//, '').replace(/\.(asl\.)?(json|ya?ml|template|txt)$/i, '');
  return machine.settings.name ?? machine.logicalId;
}

/**
 * Settings of an opened state machine: the template's, with the template kept for the export.
 * Replacing the open workflow keeps its name when the template's state machine has none (the
 * top bar, the library and the deploy name stay that workflow's).
 */
export function settingsFor(machine: ImportedStateMachine, result: ReadTemplateResult, fileName: string, current: WorkflowSettings): WorkflowSettings {
  // A bare ASL file has no settings: replacing keeps the current ones (name, type, …).
  if (result.kind === 'asl') return withoutImportedTemplate(current);
  const settings: WorkflowSettings = { ...(current.name !== undefined ? { name: current.name } : {}), ...machine.settings };
  if (result.template) settings[IMPORTED_TEMPLATE_KEY] = { logicalId: machine.logicalId, template: result.template, fileName };
  return settings;
}
