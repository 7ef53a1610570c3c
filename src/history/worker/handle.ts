/**
 * The work of the history worker as plain functions (the worker and the in-thread fallback share
 * them): import with a fit check against the open workflow, and replay.
 */
import { deepEqual } from '../../asl/deepEqual';
import type { StateMachine } from '../../asl/types';
import { annotateEvents } from '../annotate';
import { HistoryImportError, importExecutionHistory } from '../importHistory';
import { replayExecution } from '../replay';
import type { ImportedExecution } from '../types';
import type { HistoryFile, HistoryRequest, HistoryResponse, HistoryText, OpenedHistory } from './protocol';

/**
 * Imports history files. When they carry a definition other than the open workflow, the events are
 * also placed on the open workflow (on a copy) to say where they do not fit it.
 * @throws HistoryImportError with located problems
 */
export function openHistory(files: HistoryText[], open: StateMachine): OpenedHistory {
  const imported = importExecutionHistory(files, { definition: open });
  let fitOpenWorkflow = imported.fit;
  if (imported.definitionSource === 'file' && !deepEqual(imported.definition, open)) {
    const copy = imported.events.map((e) => ({ ...e, studio: { time: e.studio.time } }));
    fitOpenWorkflow = annotateEvents(copy, open);
  }
  return { imported, fitOpenWorkflow };
}

/** The texts of the files (a dropped file is read here, in the worker). */
function readTexts(files: HistoryFile[]): Promise<HistoryText[]> {
  return Promise.all(files.map(async (f) => ('blob' in f ? { ...(f.name !== undefined ? { name: f.name } : {}), text: await f.blob.text() } : f)));
}

/** A request's answer; never throws (failures are answers too). */
export async function handleHistoryRequest(request: HistoryRequest): Promise<HistoryResponse> {
  try {
    if (request.kind === 'import') {
      return { kind: 'done', id: request.id, json: JSON.stringify(openHistory(await readTexts(request.files), request.open)) };
    }
    const imported = JSON.parse(request.imported) as ImportedExecution;
    // Placed on this very definition already: say so, or replay would place a copy again.
    if (imported.definition && deepEqual(imported.definition, request.definition)) imported.definition = request.definition;
    return { kind: 'done', id: request.id, json: JSON.stringify(await replayExecution(request.definition, imported)) };
  } catch (error) {
    if (error instanceof HistoryImportError) return { kind: 'failed', id: request.id, message: error.message, problems: error.problems };
    return { kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
  }
}
