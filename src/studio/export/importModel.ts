/**
 * Reading what the user gave the Import dialog (files or pasted text) into the state machines it
 * holds, or into a reason it cannot be opened. Pure (no DOM), unit-tested in Node.
 */
import { readTemplate, TemplateReadError, type ReadTemplateResult } from '../../sam';

export interface ImportSource {
  name: string;
  text: string;
}

export type ImportOutcome =
  | { ok: true; fileName: string; result: ReadTemplateResult }
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
  const ordered = [...sources].sort((a, b) => Number(ASL_FILE.test(a.name)) - Number(ASL_FILE.test(b.name)));
  let asl: ImportOutcome | undefined;
  let templateProblem: ImportOutcome | undefined;
  let firstProblem: ImportOutcome | undefined;
  for (const source of ordered) {
    try {
      const result = readTemplate(source.text, files);
      const outcome: ImportOutcome = { ok: true, fileName: source.name, result };
      if (result.kind !== 'asl') return outcome;
      asl ??= outcome;
    } catch (error) {
      const outcome = failure(source.name, error);
      if (isTemplateProblem(error)) templateProblem ??= outcome;
      firstProblem ??= outcome;
    }
  }
  return templateProblem ?? asl ?? (firstProblem as ImportOutcome);
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
