/**
 * Messages between the studio and the history worker, which imports AWS execution histories and
 * replays them off the main thread. Results cross as JSON text: a 25,000-event history is a graph
 * of ~100,000 objects, and copying one string is far cheaper for the page than cloning that graph.
 */
import type { StateMachine } from '../../asl/types';
import type { ImportProblem } from '../importHistory';
import type { FitProblem, ImportedExecution, ReplayResult } from '../types';

/** A history file as text, or as the file itself (the worker reads it: the page never holds the text). */
export type HistoryFile = { name?: string; text: string } | { name?: string; blob: Blob };
export type HistoryText = { name?: string; text: string };

export type HistoryRequest =
  /**
   * Import files; `open` is the studio's open workflow (used when the files carry no definition,
   * and checked for fit when they do). `stream`: the placed events come ahead in `events` answers
   * and the `done` answer carries none of them.
   */
  | { kind: 'import'; id: number; files: HistoryFile[]; open: StateMachine; stream?: boolean }
  /** Replay an imported execution (as JSON text) on `definition`. */
  | { kind: 'replay'; id: number; definition: StateMachine; imported: string };

export type HistoryResponse =
  | { kind: 'done'; id: number; json: string }
  /** The next placed events of a streamed import (JSON of an array), in order; the first block says which definition they were placed on when the files carried one. */
  | { kind: 'events'; id: number; json: string; definition?: StateMachine }
  | { kind: 'failed'; id: number; message: string; problems?: ImportProblem[] };

/** What an import yields: the execution, and how it fits the open workflow when it carried its own definition. */
export interface OpenedHistory {
  imported: ImportedExecution;
  fitOpenWorkflow: FitProblem[];
}

export type { ReplayResult };

export function isHistoryRequest(value: unknown): value is HistoryRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as { kind?: unknown; id?: unknown };
  return (v.kind === 'import' || v.kind === 'replay') && typeof v.id === 'number';
}

export function isHistoryResponse(value: unknown): value is HistoryResponse {
  if (!value || typeof value !== 'object') return false;
  const v = value as { kind?: unknown; id?: unknown };
  return (v.kind === 'done' || v.kind === 'events' || v.kind === 'failed') && typeof v.id === 'number';
}
