/**
 * The test file of a workflow opened with `asl-studio open`: `<name>.sfn-test.yaml` beside the
 * workflow file (or `.yml` / `.json` when one of those is already there). The studio edits the
 * test file as JSON text (its Tests tab); here that text is read from and written to the file on
 * disk: a YAML file is patched minimally (comments, order and quoting of what did not change stay
 * byte for byte), a JSON file too (jsonc-parser edits), a new file is written as YAML; always
 * atomically, and only over the version the studio read.
 */
import { posix } from 'node:path';
import { applyTextEdits, computeTextEdits } from '../asl/textPatch';
import { aslYamlDialect, patchYamlText } from '../asl/yamlPatch';
import { loadYaml } from '../asl/yamlSupport';
import type { WorkflowEntry } from './discover';

const DEFINITION_EXTENSION = /(\.asl)?\.(json|ya?ml)$/i;
const TEST_EXTENSIONS = ['.sfn-test.yaml', '.sfn-test.yml', '.sfn-test.json'];

/**
 * Where the test file of `entry` may be, first the one written when there is none: beside its
 * definition file, named after it (an inline definition: after its template and state machine).
 */
export function testFileCandidates(entry: WorkflowEntry): string[] {
  const inline = entry.kind === 'Definition' || entry.kind === 'DefinitionString';
  const base = entry.file.replace(DEFINITION_EXTENSION, '') + (inline && entry.logicalId ? `.${entry.logicalId}` : '');
  return TEST_EXTENSIONS.map((ext) => `${base}${ext}`);
}

/** What the test file must say about the workflow it tests (relative to the test file). */
export function workflowReference(entry: WorkflowEntry, testFile: string): { workflow: string; stateMachine?: string } {
  const dir = posix.dirname(testFile);
  if (entry.kind === 'asl') return { workflow: posix.relative(dir, entry.file) };
  const template = entry.template ?? entry.file;
  return { workflow: posix.relative(dir, template), ...(entry.logicalId ? { stateMachine: entry.logicalId } : {}) };
}

/** The file's suite as the JSON text the studio edits (a JSON file as it is), or why it cannot be read. */
export async function suiteText(fileText: string, file: string): Promise<{ text: string } | { problem: string }> {
  if (/\.json$/i.test(file)) return { text: fileText };
  const yaml = await loadYaml();
  const doc = yaml.parseDocument(fileText, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const before = fileText.slice(0, error.pos[0]).split('\n');
    return { problem: `${file}:${before.length}:${before[before.length - 1]!.length + 1}: ${error.message.split('\n')[0]}` };
  }
  return { text: `${JSON.stringify(doc.toJS(), null, 2)}\n` };
}

/**
 * The new text of the test file: `current` (null when there is none) changed minimally so it
 * holds `suite`, with `workflow` / `stateMachine` naming the workflow from where the file is.
 */
export async function nextTestFileText(current: string | null, file: string, suite: Record<string, unknown>, entry: WorkflowEntry): Promise<string> {
  const { stateMachine: _machine, workflow: _workflow, ...rest } = suite;
  const value = { ...workflowReference(entry, file), ...rest };
  if (/\.json$/i.test(file)) {
    if (current === null) return `${JSON.stringify(value, null, 2)}\n`;
    return applyTextEdits(current, computeTextEdits(current, value));
  }
  const yaml = await loadYaml();
  const dialect = aslYamlDialect(yaml);
  if (current !== null) {
    const patched = patchYamlText(current, value, dialect);
    if (patched !== undefined) return patched;
  }
  return `${dialect.render(value, 2)}\n`;
}
