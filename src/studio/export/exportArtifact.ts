/**
 * What the Export dialog produces for a choice of format: the files to preview, the bytes to
 * download and the text to copy. Pure (no DOM), so it is unit-tested in Node.
 */
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import { aslFileName, buildSamTemplate, fileSlug, toAslText, toSamProjectZip, type SamExportOptions } from '../../sam';
import { testFileFor } from '../../testing/studioSuite';
import { samOptionsOf } from './importedTemplate';

export type ExportFormat = 'sam' | 'cloudformation' | 'asl';

export interface ExportChoice {
  format: ExportFormat;
  /** SAM: inline `Definition`, or `DefinitionUri` with a zipped project folder. */
  samDefinition: 'inline' | 'uri';
  /** CloudFormation: `DefinitionString` (!Sub) or `Definition` + `DefinitionSubstitutions`. */
  cfnDefinition: 'string' | 'object';
  aslFormat: 'json' | 'yaml';
  placeholderResources: boolean;
  /** Write into the imported template (its other resources kept), when there is one. */
  keepImported: boolean;
  /**
   * Into the imported template: also move the definition's concrete ARNs and names into new
   * parameters (off: the user's definition text is kept as written). New templates always do.
   */
  extractLiterals?: boolean;
}

export const DEFAULT_CHOICE: ExportChoice = {
  format: 'sam',
  samDefinition: 'inline',
  cfnDefinition: 'string',
  aslFormat: 'json',
  placeholderResources: false,
  keepImported: true,
};

export interface ExportFile {
  path: string;
  text: string;
}

export interface ExportArtifact {
  /** Suggested download name. */
  fileName: string;
  mime: string;
  /** What gets downloaded: text, or the zip's bytes. */
  data: string | Uint8Array;
  /** Files to preview (one, or the project folder's files). */
  files: ExportFile[];
  warnings: string[];
}

function templateOptions(settings: WorkflowSettings, choice: ExportChoice): SamExportOptions {
  return {
    ...samOptionsOf(settings, choice.keepImported),
    format: choice.format === 'cloudformation' ? 'cloudformation' : 'sam',
    generatePlaceholderResources: choice.placeholderResources,
    ...(choice.extractLiterals ? { extractLiterals: true } : {}),
    ...(choice.format === 'cloudformation' ? { cloudFormationDefinition: choice.cfnDefinition } : {}),
  };
}

/**
 * The workflow's test file in the project folder, beside its definition
 * (`statemachine/<name>.sfn-test.json`); it names the template and the state machine, so
 * `asl-studio test` runs it on the definition with the template's substitutions.
 */
function projectTestFile(aslPath: string | undefined, logicalId: string, tests: string): ExportFile {
  const path = aslPath ? aslPath.replace(/\.asl\.json$/, '.sfn-test.json') : 'statemachine/workflow.sfn-test.json';
  return { path, text: testFileFor(tests, '../template.yaml', logicalId) };
}

/**
 * Build the export for `choice`; `tests` is the workflow's test file (JSON text), written into the
 * SAM project folder. Throws only on a bug of the SAM layer (the dialog shows it).
 */
export function buildExport(definition: StateMachine, settings: WorkflowSettings, choice: ExportChoice, tests?: string | null): ExportArtifact {
  const slug = fileSlug(settings.name);
  if (choice.format === 'asl') {
    const text = toAslText(definition, choice.aslFormat);
    const fileName = aslFileName(settings.name, choice.aslFormat);
    return { fileName, mime: choice.aslFormat === 'json' ? 'application/json' : 'application/yaml', data: text, files: [{ path: fileName, text }], warnings: [] };
  }
  const options = templateOptions(settings, choice);
  if (choice.format === 'sam' && choice.samDefinition === 'uri') {
    const built = buildSamTemplate(definition, { ...options, definitionMode: 'uri' });
    const order = (path: string) => (path === 'template.yaml' ? 0 : path.endsWith('.md') ? 3 : path.endsWith('.sfn-test.json') ? 2 : 1);
    const aslPath = Object.keys(built.files).find((path) => path.endsWith('.asl.json'));
    const extra = tests ? [projectTestFile(aslPath, built.logicalId, tests)] : [];
    const files = [...Object.entries(built.files).map(([path, text]) => ({ path, text })), ...extra].sort((a, b) => order(a.path) - order(b.path));
    return {
      fileName: `${slug}-sam.zip`,
      mime: 'application/zip',
      data: toSamProjectZip(definition, options, slug, Object.fromEntries(extra.map((f) => [f.path, f.text]))),
      files,
      warnings: built.warnings,
    };
  }
  const built = buildSamTemplate(definition, { ...options, definitionMode: 'inline' });
  const text = built.files['template.yaml'] ?? '';
  const fileName = choice.format === 'sam' ? 'template.yaml' : `${slug}.cfn.yaml`;
  return { fileName, mime: 'application/yaml', data: text, files: [{ path: fileName, text }], warnings: built.warnings };
}
