/**
 * Imports several files into the library at once: ASL JSON/YAML, or SAM / CloudFormation
 * templates (every state machine they hold). Each file reports what happened; nothing open is lost.
 */
import { readTemplate } from '../../sam';
import type { Workspace } from '../../workspace/workspace';
import { IMPORTED_TEMPLATE_KEY } from '../export/importedTemplate';

export async function importWorkflowFiles(workspace: Workspace, files: Iterable<File>): Promise<string[]> {
  const report: string[] = [];
  const texts = new Map<string, string>();
  const list = [...files];
  for (const file of list) texts.set(file.name, await file.text());
  for (const file of list) {
    const text = texts.get(file.name) ?? '';
    try {
      // Files dropped alongside a template answer its local DefinitionUri.
      const { stateMachines, template, kind } = readTemplate(text, Object.fromEntries(texts));
      if (stateMachines.length === 0) {
        report.push(`${file.name}: no state machine found.`);
        continue;
      }
      for (const machine of stateMachines) {
        const base = file.name.replace(/\.(asl\.)?(json|ya?ml)$/i, '');
        const name = stateMachines.length > 1 ? `${base} — ${machine.logicalId}` : machine.settings.name ?? base;
        // Keep the template so an export writes the workflow back into it with its other resources.
        const imported = kind !== 'asl' && template ? { [IMPORTED_TEMPLATE_KEY]: { logicalId: machine.logicalId, template, fileName: file.name } } : {};
        await workspace.create(name, machine.definition, { settings: { ...machine.settings, ...imported, name } });
        report.push(`${file.name}: imported “${name}”.`);
      }
    } catch (error) {
      report.push(`${file.name}: ${(error as Error).message}`);
    }
  }
  return report;
}
