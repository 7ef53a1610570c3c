/**
 * A synchronous crash journal in localStorage: the text and settings of the open workflow,
 * written on every change. IndexedDB writes are asynchronous and debounced, so a tab killed
 * mid-edit could lose the last keystrokes without it.
 */
import type { WorkflowSettings } from '../asl/types';

const KEY = 'asl-studio.journal';

export interface JournalEntry {
  id: string;
  text: string;
  settings: WorkflowSettings;
  at: number;
}

export function writeJournal(entry: JournalEntry, storage: Storage | undefined = globalThis.localStorage): string | undefined {
  try {
    storage?.setItem(KEY, JSON.stringify(entry));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

export function readJournal(storage: Storage | undefined = globalThis.localStorage): JournalEntry | undefined {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as JournalEntry;
    return typeof entry?.id === 'string' && typeof entry.text === 'string' ? entry : undefined;
  } catch {
    return undefined; // a corrupt journal is only a lost backup; the IndexedDB copy still stands
  }
}

const CURRENT_KEY = 'asl-studio.current';

export function rememberCurrent(id: string): void {
  try {
    globalThis.localStorage?.setItem(CURRENT_KEY, id);
  } catch {
    // Private windows may refuse localStorage; the library still works for this session.
  }
}

export function lastCurrent(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(CURRENT_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
