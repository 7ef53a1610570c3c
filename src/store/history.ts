/**
 * Snapshot undo history. Undo restores whole document snapshots (definition, code text,
 * settings), never replays UI events; ASL documents are small enough for that.
 */
import type { StateMachine, WorkflowSettings } from '../asl/types';

export interface Snapshot {
  definition: StateMachine;
  text: string;
  settings: WorkflowSettings;
}

export interface HistoryEntry {
  snapshot: Snapshot;
  /** Name of the command that left this snapshot behind (shown in tooltips). */
  label: string;
  /** Typing in the code view coalesces into one entry per burst; see `coalesceKey`. */
  coalesceKey?: string;
  at: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const HISTORY_LIMIT = 200;
/** Code-view keystrokes within this window join the previous undo step. */
export const COALESCE_MS = 1000;

export function emptyHistory(): History {
  return { past: [], future: [] };
}

/** Records `before` as the state to return to; clears the redo stack. */
export function record(history: History, before: Snapshot, label: string, now: number, coalesceKey?: string): History {
  const last = history.past[history.past.length - 1];
  if (coalesceKey !== undefined && last?.coalesceKey === coalesceKey && now - last.at < COALESCE_MS) {
    // Keep the older snapshot so one undo removes the whole burst; refresh the timer.
    return { past: [...history.past.slice(0, -1), { ...last, at: now }], future: [] };
  }
  const entry: HistoryEntry = { snapshot: before, label, at: now, ...(coalesceKey !== undefined ? { coalesceKey } : {}) };
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

export function undo(history: History, current: Snapshot): { history: History; snapshot: Snapshot; label: string } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, { snapshot: current, label: entry.label, at: entry.at }] },
    snapshot: entry.snapshot,
    label: entry.label,
  };
}

export function redo(history: History, current: Snapshot): { history: History; snapshot: Snapshot; label: string } | undefined {
  const entry = history.future[history.future.length - 1];
  if (!entry) return undefined;
  return {
    history: { past: [...history.past, { snapshot: current, label: entry.label, at: entry.at }], future: history.future.slice(0, -1) },
    snapshot: entry.snapshot,
    label: entry.label,
  };
}
