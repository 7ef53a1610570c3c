/**
 * What the Export dialog produces for a choice of format: the files to preview, the bytes to
 * download and the text to copy. Pure (no DOM), so it is unit-tested in Node.
 */
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import { aslFileName, buildSamTemplate, fileSlug, toAslText, toSamProjectZip, type SamExportOptions } from '../../sam';
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

/** Build the export for `choice`. Throws only on a bug of the SAM layer (the dialog shows it). */
export function buildExport(definition: StateMachine, settings: WorkflowSettings, choice: ExportChoice): ExportArtifact {
  const slug = fileSlug(settings.name);
  if (choice.format === 'asl') {
    const text = toAslText(definition, choice.aslFormat);
    const fileName = aslFileName(settings.name, choice.aslFormat);
    return { fileName, mime: choice.aslFormat === 'json' ? 'application/json' : 'application/yaml', data: text, files: [{ path: fileName, text }], warnings: [] };
  }
  const options = templateOptions(settings, choice);
  if (choice.format === 'sam' && choice.samDefinition === 'uri') {
    const built = buildSamTemplate(definition, { ...options, definitionMode: 'uri' });
    const order = (path: string) => (path === 'template.yaml' ? 0 : path.endsWith('.md') ? 2 : 1);
    const files = Object.entries(built.files).map(([path, text]) => ({ path, text })).sort((a, b) => order(a.path) - order(b.path));
    return {
      fileName: `${slug}-sam.zip`,
      mime: 'application/zip',
      data: toSamProjectZip(definition, options, slug),
      files,
      warnings: built.warnings,
    };
  }
  const built = buildSamTemplate(definition, { ...options, definitionMode: 'inline' });
  const text = built.files['template.yaml'] ?? '';
  const fileName = choice.format === 'sam' ? 'template.yaml' : `${slug}.cfn.yaml`;
  return { fileName, mime: 'application/yaml', data: text, files: [{ path: fileName, text }], warnings: built.warnings };
}
