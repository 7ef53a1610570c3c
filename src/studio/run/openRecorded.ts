/**
 * Opening an AWS execution in the studio: files (chosen, dropped or pasted) → an imported
 * history placed on its own definition (when the files carry one) or on the open workflow →
 * a run in Run mode. Says where the history does not fit the open workflow.
 */
import { deepEqual } from '../../asl/deepEqual';
import { annotateEvents } from '../../history/annotate';
import { HistoryImportError, importExecutionHistory } from '../../history/importHistory';
import type { StudioStore } from '../../store/studioStore';
import { runSessionFor } from './session';
import { workflowKey } from './useMocks';

export interface FileText {
  name: string;
  text: string;
}

export function readFileTexts(files: readonly File[]): Promise<FileText[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
}

/** True when one of the texts looks like `get-execution-history` output (cheap sniff, before parsing). */
export function looksLikeHistory(files: readonly FileText[]): boolean {
  return files.some((f) => /"events"\s*:\s*\[/.test(f.text) && /"previousEventId"|"ExecutionStarted"/.test(f.text));
}

/**
 * Imports the files and opens the execution as the active run (switching to Run mode).
 * @throws HistoryImportError with located problems
 */
export function openRecordedRun(studio: StudioStore, files: FileText[]): string {
  const state = studio.getState();
  const open = state.definition;
  const imported = importExecutionHistory(files, { definition: open });
  const definition = imported.definition ?? open;
  let fitOpenWorkflow = imported.fit;
  if (imported.definitionSource === 'file' && !deepEqual(imported.definition, open)) {
    const copy = imported.events.map((e) => ({ ...e, studio: { time: e.studio.time } }));
    fitOpenWorkflow = annotateEvents(copy, open);
  }
  const id = runSessionFor(studio).openRecorded(imported, { workflow: workflowKey(state.settings.name), definition, fitOpenWorkflow });
  state.setMode('run');
  return id;
}

/**
 * Opens history files (chosen, dropped or pasted); on failure the located problems are shown in
 * Run mode's Start tab. True when the run opened.
 */
export function openHistoryFiles(studio: StudioStore, files: FileText[]): boolean {
  const runs = runSessionFor(studio).store.getState();
  try {
    openRecordedRun(studio, files);
    runs.setOpenProblems(null);
    return true;
  } catch (e) {
    runs.setOpenProblems(e instanceof HistoryImportError ? e.message.split('\n') : [e instanceof Error ? e.message : String(e)]);
    runs.setActive(null);
    studio.getState().setMode('run');
    return false;
  }
}
