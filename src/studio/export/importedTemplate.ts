/**
 * The template a workflow was imported from, kept in its settings (persisted by the workspace
 * autosave) so an export can write the workflow back into it with its other resources intact.
 */
import type { WorkflowSettings } from '../../asl/types';
import type { SamExportOptions, TemplateObject } from '../../sam';
import { isObj } from '../../asl/objects';

/** Key of the imported template in `WorkflowSettings` (an extra key: the SAM layer ignores it). */
export const IMPORTED_TEMPLATE_KEY = 'importedTemplate';

export interface ImportedTemplateRef {
  /** Logical id of the state machine resource this workflow came from. */
  logicalId: string;
  template: TemplateObject;
  fileName?: string;
}

/** The imported template of these settings, if any (checked, since settings come from storage). */
export function importedTemplateOf(settings: WorkflowSettings): ImportedTemplateRef | undefined {
  const value = settings[IMPORTED_TEMPLATE_KEY];
  if (!isObj(value) || typeof value.logicalId !== 'string' || !isObj(value.template)) return undefined;
  return {
    logicalId: value.logicalId,
    template: value.template as TemplateObject,
    ...(typeof value.fileName === 'string' ? { fileName: value.fileName } : {}),
  };
}

/** Settings without the imported template. */
export function withoutImportedTemplate(settings: WorkflowSettings): WorkflowSettings {
  if (!(IMPORTED_TEMPLATE_KEY in settings)) return settings;
  const { [IMPORTED_TEMPLATE_KEY]: _dropped, ...rest } = settings;
  return rest;
}

/**
 * Export options for these settings: the SAM settings themselves, plus the imported template as
 * `baseTemplate` (and its logical id) unless `keepImported` is false.
 */
export function samOptionsOf(settings: WorkflowSettings, keepImported = true): SamExportOptions {
  const options = withoutImportedTemplate(settings) as SamExportOptions;
  const imported = keepImported ? importedTemplateOf(settings) : undefined;
  return imported ? { ...options, baseTemplate: imported.template, logicalId: imported.logicalId } : { ...options };
}

/** Number of resources of the imported template besides the state machine itself. */
export function otherResourceCount(ref: ImportedTemplateRef): number {
  const resources = ref.template.Resources;
  return isObj(resources) ? Object.keys(resources).filter((id) => id !== ref.logicalId).length : 0;
}
