/**
 * Imports several files into the library at once: ASL JSON/YAML, or SAM / CloudFormation
 * templates (every state machine they hold). Each file reports what happened; nothing open is lost.
 * Files are told apart by their position, not their name: `d1/wf.asl.json` and `d2/wf.asl.json`
 * are two workflows. All of them are written in one storage transaction.
 */
import { readTemplate } from '../../sam';
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import type { Workspace } from '../../workspace/workspace';
import { IMPORTED_TEMPLATE_KEY } from '../export/importedTemplate';

/** Copies of an imported template kept with its workflows, in characters (each workflow keeps one). */
const TEMPLATE_COPIES_BUDGET = 20_000_000;

/** A file's path as the user picked it (folder uploads carry it), else its name. */
function pathOf(file: File): string {
  return (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
}

export async function importWorkflowFiles(workspace: Workspace, files: Iterable<File>): Promise<string[]> {
  const report: string[] = [];
  const list = [...files];
  const texts = await Promise.all(list.map((file) => file.text()));
  // Files dropped alongside a template answer its local DefinitionUri (by path and by name).
  const siblings: Record<string, string> = {};
  list.forEach((file, i) => {
    siblings[file.name] ??= texts[i]!;
    siblings[pathOf(file)] = texts[i]!;
  });
  const entries: { name: string; definition: StateMachine; settings: WorkflowSettings }[] = [];
  list.forEach((file, i) => {
    const label = pathOf(file);
    try {
      const { stateMachines, template, kind } = readTemplate(texts[i]!, siblings);
      if (stateMachines.length === 0) {
        report.push(`${label}: no state machine found.`);
        return;
      }
      // Each workflow keeps its template for write-back export, unless the copies would be huge
      // (a template holding 1,000 state machines would be stored 1,000 times).
      const keepTemplate = kind !== 'asl' && !!template && JSON.stringify(template).length * stateMachines.length <= TEMPLATE_COPIES_BUDGET;
      if (kind !== 'asl' && template && !keepTemplate) report.push(`${label}: the template is too large to keep with each of its ${stateMachines.length} workflows; their exports write a new template.`);
      for (const machine of stateMachines) {
        const base = file.name.replace(/\.(asl\.)?(json|ya?ml)$/i, '');
        const name = stateMachines.length > 1 ? `${base} — ${machine.logicalId}` : machine.settings.name ?? base;
        // Keep the template so an export writes the workflow back into it with its other resources.
        const imported = keepTemplate && template ? { [IMPORTED_TEMPLATE_KEY]: { logicalId: machine.logicalId, template, fileName: file.name } } : {};
        entries.push({ name, definition: machine.definition, settings: { ...machine.settings, ...imported, name } });
        report.push(`${label}: imported “${name}”.`);
      }
    } catch (error) {
      report.push(`${label}: ${(error as Error).message}`);
    }
  });
  try {
    const saved = await workspace.importRecords(entries);
    if (saved.length < entries.length) return [...report.filter((line) => !line.includes(': imported “')), 'The open workflow could not be saved, so nothing was imported (nothing is lost).'];
  } catch (error) {
    return [...report.filter((line) => !line.includes(': imported “')), `Nothing was imported: ${(error as Error).message}`];
  }
  return report;
}
