/**
 * Opening an AWS execution in the studio: files (chosen, dropped or pasted) → an imported
 * history placed on its own definition (when the files carry one) or on the open workflow →
 * a run in Run mode. Says where the history does not fit the open workflow.
 */
import { HistoryImportError } from '../../history/importHistory';
import type { HistoryFile } from '../../history/worker/protocol';
import type { StudioStore } from '../../store/studioStore';
import { runSessionFor } from './session';
import { workflowKey } from './useMocks';

export type { HistoryFile };

/** Chosen or dropped files, handed to the history worker as they are (it reads them, not the page). */
export function historyFiles(files: readonly File[]): HistoryFile[] {
  return files.map((file) => ({ name: file.name, blob: file }));
}

const looksLikeHistoryText = (text: string) => /"events"\s*:\s*\[/.test(text) && /"previousEventId"|"ExecutionStarted"/.test(text);

/** The first megabyte is enough to recognise a history: a 6 MB one is not read on the page to be sniffed. */
const SNIFF_BYTES = 1 << 20;

/**
 * True when one of the files looks like `get-execution-history` output (a cheap sniff, before
 * parsing): its first megabyte, and the rest only when that did not tell and there is more.
 */
export async function looksLikeHistory(files: readonly HistoryFile[]): Promise<boolean> {
  for (const f of files) {
    if (!('blob' in f)) {
      if (looksLikeHistoryText(f.text)) return true;
      continue;
    }
    if (looksLikeHistoryText(await f.blob.slice(0, SNIFF_BYTES).text())) return true;
    if (f.blob.size > SNIFF_BYTES && looksLikeHistoryText(await f.blob.text())) return true;
  }
  return false;
}

/** Starts the history worker ahead of a request (Run mode open, files dragged over the window). */
export function warmHistory(studio: StudioStore): void {
  runSessionFor(studio).history.warm();
}

export interface OpenRecordedOptions {
  /** Where the open workflow came from when the history was matched to it (shown in the recorded panel). */
  definitionLabel?: string;
}

/**
 * Imports the files (in the history worker) and opens the execution as the active run (switching
 * to Run mode).
 * @throws HistoryImportError with located problems
 */
export async function openRecordedRun(studio: StudioStore, files: HistoryFile[], options: OpenRecordedOptions = {}): Promise<string> {
  const session = runSessionFor(studio);
  const open = studio.getState().definition;
  // The events are folded block by block while the worker places the rest.
  const { imported, fitOpenWorkflow } = await session.history.open(files, open, (events, placedOn) => session.foldAhead(events, placedOn ?? open));
  // The worker's answer is a copy: placed on the open workflow, it is that very definition again.
  if (imported.definitionSource === 'option') imported.definition = open;
  let fit = fitOpenWorkflow;
  if (imported.definitionSource === 'file' && imported.definition && Object.keys(open.States ?? {}).length === 0) {
    // Nothing was open (e.g. a history opened alone): the definition the files carry becomes the workflow (undoable).
    // The same workflow gets a body: its name (top bar, library, deploy name) and settings stay.
    studio.getState().load(imported.definition, { settings: studio.getState().settings, label: 'Open the definition of the AWS execution' });
    fit = [];
  }
  const state = studio.getState();
  const definition = imported.definition ?? open;
  const id = session.openRecorded(imported, { workflow: workflowKey(state.settings.name), definition, fitOpenWorkflow: fit, definitionLabel: options.definitionLabel });
  state.setMode('run');
  return id;
}

/**
 * Opens history files (chosen, dropped or pasted); on failure the located problems are shown in
 * Run mode's Start tab. True when the run opened.
 */
export async function openHistoryFiles(studio: StudioStore, files: HistoryFile[], options: OpenRecordedOptions = {}): Promise<boolean> {
  const runs = runSessionFor(studio).store.getState();
  // A large history takes a moment to read: say so where the run will appear.
  runs.setOpening(files.map((f, i) => f.name ?? `file ${i + 1}`));
  studio.getState().setMode('run');
  try {
    await openRecordedRun(studio, files, options);
    runs.setOpenProblems(null);
    return true;
  } catch (e) {
    runs.setOpenProblems(e instanceof HistoryImportError ? e.message.split('\n') : [e instanceof Error ? e.message : String(e)]);
    runs.setActive(null);
    studio.getState().setMode('run');
    return false;
  } finally {
    runs.setOpening(null);
  }
}
