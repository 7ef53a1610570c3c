/**
 * `--update`: writes the actual results into a test file as its expectations (snapshot style),
 * as minimal edits — jsonc-parser for JSON files, the YAML document model for YAML — so the
 * rest of the file (comments, order, formatting) stays. Every change is listed for the user.
 */
import { applyEdits, modify } from 'jsonc-parser';
import { loadYaml } from '../asl/yamlSupport';
import { aslYamlDialect, patchYamlText } from '../asl/yamlPatch';
import type { ExecutionResult } from '../interpreter/types';
import { buildVisits } from '../run/visits';
import { topLevelPath } from './expect';
import type { CaseResult } from './runner';

export interface UpdatedFile {
  text: string;
  /** One line per change: `case name: expect.output: <old> → <new>`. */
  changes: string[];
}

type Edit = { path: (string | number)[]; value: unknown; remove: boolean; old: unknown };

function short(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Expectations for a case that has none: status, then output or error and cause, and the path. */
export function snapshotOf(result: Pick<ExecutionResult, 'status' | 'output' | 'error' | 'cause' | 'events'>): Record<string, unknown> {
  const expect: Record<string, unknown> = { status: result.status };
  if (result.status === 'SUCCEEDED') expect.output = result.output;
  else {
    if (result.error !== undefined) expect.error = result.error;
    if (result.cause !== undefined) expect.cause = result.cause;
  }
  expect.path = topLevelPath(buildVisits(result.events));
  return expect;
}

function editsOf(index: number, c: CaseResult, hasExpect: boolean): Edit[] {
  if (!hasExpect) return [{ path: ['tests', index, 'expect'], value: snapshotOf(c.result), remove: false, old: undefined }];
  return c.mismatches
    .filter((m) => m.fix && m.at.length > 0)
    .map((m) => ({ path: ['tests', index, 'expect', ...m.at], value: m.fix!.op === 'set' ? m.fix!.value : undefined, remove: m.fix!.op === 'remove', old: m.expected }));
}

/**
 * The file text with the failing (or missing) expectations of `cases` replaced by what the runs
 * did. `cases` are in the file's order.
 */
export async function updateExpectations(text: string, fileName: string, cases: readonly CaseResult[], hadExpect: readonly boolean[]): Promise<UpdatedFile> {
  const edits: Edit[] = [];
  const changes: string[] = [];
  cases.forEach((c, i) => {
    for (const edit of editsOf(i, c, hadExpect[i] ?? false)) {
      edits.push(edit);
      const where = edit.path.slice(3).join('.') || 'expect';
      changes.push(`${c.name}: ${edit.path.length > 3 ? `expect.${where}` : 'expect'}: ${edit.remove ? `${short(edit.old)} removed` : edit.path.length > 3 ? `${short(edit.old)} → ${short(edit.value)}` : `added ${short(edit.value)}`}`);
    }
  });
  if (edits.length === 0) return { text, changes };
  if (/\.json$/i.test(fileName)) {
    let out = text;
    for (const e of edits) out = applyEdits(out, modify(out, e.path, e.remove ? undefined : e.value, { formattingOptions: { insertSpaces: true, tabSize: 2 } }));
    return { text: out, changes };
  }
  const YAML = await loadYaml();
  const doc = YAML.parseDocument(text);
  for (const e of edits) {
    if (e.remove) doc.deleteIn(e.path);
    else doc.setIn(e.path, doc.createNode(e.value === undefined ? null : structuredClone(e.value)));
  }
  // Spliced into the text as typed (flow collections, spacing and comments of other lines stay);
  // the document's own rendering only when splicing cannot express the change.
  return { text: patchYamlText(text, doc.toJS(), aslYamlDialect(YAML)) ?? doc.toString(), changes };
}
