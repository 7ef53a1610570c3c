/**
 * The work of the history worker as plain functions (the worker and the in-thread fallback share
 * them): import with a fit check against the open workflow, and replay.
 */
import { deepEqual } from '../../asl/deepEqual';
import type { StateMachine } from '../../asl/types';
import { annotateEvents } from '../annotate';
import { HistoryImportError, importExecutionHistory } from '../importHistory';
import { replayExecution } from '../replay';
import type { HistoryEvent } from '../../interpreter/types';
import type { ImportedExecution, ImportOptions } from '../types';
import type { HistoryFile, HistoryRequest, HistoryResponse, HistoryText, OpenedHistory } from './protocol';

/**
 * Imports history files. When they carry a definition other than the open workflow, the events are
 * also placed on the open workflow (on a copy) to say where they do not fit it.
 * @param onPlaced told as events are placed for good (see ImportOptions.onPlaced)
 * @throws HistoryImportError with located problems
 */
export function openHistory(files: HistoryText[], open: StateMachine, onPlaced?: ImportOptions['onPlaced']): OpenedHistory {
  const imported = importExecutionHistory(files, { definition: open, ...(onPlaced ? { onPlaced } : {}) });
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

/**
 * A streamed import: blocks of placed events go to `emit` as soon as they are final (the page
 * parses and folds them while the rest are placed); the answer then carries the rest of the import.
 */
function openStreamed(files: HistoryText[], request: Extract<HistoryRequest, { kind: 'import' }>, emit: (response: HistoryResponse) => void): OpenedHistory {
  let sent = 0;
  const send = (events: readonly HistoryEvent[], upTo: number, definition?: StateMachine) => {
    if (upTo <= sent) return;
    emit({ kind: 'events', id: request.id, json: JSON.stringify(events.slice(sent, upTo)), ...(sent === 0 && definition ? { definition } : {}) });
    sent = upTo;
  };
  // The definition goes with the first block when the files carried their own.
  const opened = openHistory(files, request.open, (events, placed, definition) => send(events, placed, definition === request.open ? undefined : definition));
  // Whatever was not placed (no definition at all) goes now.
  send(opened.imported.events, opened.imported.events.length);
  return { ...opened, imported: { ...opened.imported, events: [] } };
}

/**
 * A request's answer; never throws (failures are answers too).
 * @param emit where a streamed import's blocks of events go ahead of the answer
 */
export async function handleHistoryRequest(request: HistoryRequest, emit?: (response: HistoryResponse) => void): Promise<HistoryResponse> {
  try {
    if (request.kind === 'import') {
      const files = await readTexts(request.files);
      const opened = request.stream && emit ? openStreamed(files, request, emit) : openHistory(files, request.open);
      return { kind: 'done', id: request.id, json: JSON.stringify(opened) };
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
