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
  /** The run data (mocks, input…) of the workflow, saved with it. */
  run?: unknown;
  /** The workflow's test file (text), saved with it. */
  tests?: string;
  /** The library save (`saveId`) these edits were made on; another one in storage means a conflict. */
  base?: string;
}

export function writeJournal(entry: JournalEntry, storage: Storage | undefined = globalThis.localStorage): string | undefined {
  try {
    storage?.setItem(KEY, JSON.stringify(entry));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const QUARANTINE_KEY = 'asl-studio.quarantine.journal';

/** Why a stored journal value cannot be used, or undefined when it can. */
function journalProblem(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return 'it is not an object';
  const { id, text, settings, at } = entry as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return 'it names no workflow';
  if (typeof text !== 'string') return 'it holds no text';
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return 'it has no settings';
  if (typeof at !== 'number' || !Number.isFinite(at)) return 'it has no time';
  const { tests } = entry as Record<string, unknown>;
  if (tests !== undefined && typeof tests !== 'string') return 'its tests are not text';
  return undefined;
}

/**
 * The crash journal, checked: a damaged one (not JSON, missing settings…) is moved aside to
 * `asl-studio.quarantine.journal` and reported through `onDamaged`; the IndexedDB copy still stands.
 */
export function readJournal(storage: Storage | undefined = globalThis.localStorage, onDamaged?: (reason: string) => void): JournalEntry | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(KEY);
  } catch {
    return undefined; // storage refused (private mode): there is no journal to use
  }
  if (!raw) return undefined;
  let problem: string | undefined;
  let entry: unknown;
  try {
    entry = JSON.parse(raw) as unknown;
    problem = journalProblem(entry);
  } catch {
    problem = 'it is not JSON';
  }
  if (!problem) return entry as JournalEntry;
  try {
    storage?.setItem(QUARANTINE_KEY, raw);
    storage?.removeItem(KEY);
  } catch {
    // Could not move it: it is ignored all the same.
  }
  onDamaged?.(`The crash journal in local storage was damaged (${problem}); it was set aside and the library's copy opened.`);
  return undefined;
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
