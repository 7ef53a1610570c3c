/**
 * Monaco, bundled locally and configured once: core editor + its features, the JSON language
 * (with the ASL schema) and the YAML tokenizer only — never the CDN, never every language.
 * Only the lazily loaded editor imports this module, so Monaco stays out of the initial bundle.
 * Recipe and traps: shared/reference/stack-notes.md §4 (0.56+ import paths have no `esm/vs/`).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { ASL_SCHEMA, ASL_SCHEMA_URI } from '../language/aslSchema';
import TEST_FILE_SCHEMA from '../../testing/sfn-test.schema.json';
import { registerAslCompletions } from './completions';
import { registerYamlFormatter } from './yamlFormatter';

/** Model URIs end with this, which is what the schema's `fileMatch` picks up. */
export const ASL_MODEL_SUFFIX = '.asl.json';
/** Test files (`*.sfn-test.json`) get the test file schema: completion, hover and validation. */
export const TEST_MODEL_SUFFIX = '.sfn-test.json';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

// Monaco 0.57 would otherwise start its editor worker from an unresolvable data: URL.
self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: true,
  comments: 'ignore',
  trailingCommas: 'error',
  enableSchemaRequest: false,
  schemaRequest: 'ignore',
  schemaValidation: 'error',
  schemas: [
    { uri: ASL_SCHEMA_URI, fileMatch: [`*${ASL_MODEL_SUFFIX}`], schema: ASL_SCHEMA },
    { uri: TEST_FILE_SCHEMA.$id, fileMatch: [`*${TEST_MODEL_SUFFIX}`], schema: TEST_FILE_SCHEMA },
  ],
});

registerAslCompletions(monaco);
registerYamlFormatter(monaco);

export { monaco };
