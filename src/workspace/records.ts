import type { StateMachine, WorkflowSettings } from '../asl/types';
import type { HistoryEntry } from '../store/history';
import type { CanvasViewport, Mode } from '../store/studioStore';
import { uuidV4 } from '../asl/uuid';

/** An immutable, named snapshot of a workflow (Versions panel). */
export interface VersionRecord {
  id: string;
  label: string;
  createdAt: number;
  definition: StateMachine;
  text: string;
  settings: WorkflowSettings;
  /** The run panel's data (mocks, inputs) at publication. */
  run?: unknown;
}

/** One workflow of the local library, as kept in IndexedDB. */
export interface WorkflowRecord {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  definition: StateMachine;
  /** The code view's text, which may hold formatting, comments or even unsaved invalid JSON. */
  text: string;
  settings: WorkflowSettings;
  /** Run-panel data kept with the workflow (mocks, last inputs), opaque to the workspace. */
  run?: unknown;
  /** The workflow's test file (`*.sfn-test.json` text: test cases with mocks and expectations). */
  tests?: string;
  /** The session's undo history, restored after a reload where it fits. */
  history?: { past: HistoryEntry[]; future: HistoryEntry[] };
  view?: { mode: Mode; selection: string[]; viewport?: CanvasViewport; collapsed?: Record<string, boolean> };
  versions: VersionRecord[];
  /**
   * Which write this is (new on every save). A tab remembers the one it loaded or wrote last;
   * finding another in storage means another tab saved the workflow since.
   */
  saveId?: string;
}

export type WorkflowSummary = Pick<WorkflowRecord, 'id' | 'name' | 'createdAt' | 'updatedAt'> & { stateCount: number };

export function newId(prefix = 'wf'): string {
  const random = globalThis.crypto?.randomUUID?.() ?? uuidV4();
  return `${prefix}-${random}`;
}

export function summarize(record: WorkflowRecord): WorkflowSummary {
  return {
    id: record.id,
    name: record.name,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    stateCount: countStates(record.definition),
  };
}

function countStates(scope: { States?: Record<string, unknown> }): number {
  let count = 0;
  for (const state of Object.values(scope.States ?? {})) {
    count += 1;
    const s = state as { Branches?: unknown[]; ItemProcessor?: unknown; Iterator?: unknown };
    for (const child of [...(s.Branches ?? []), s.ItemProcessor ?? s.Iterator]) {
      if (child && typeof child === 'object') count += countStates(child as { States?: Record<string, unknown> });
    }
  }
  return count;
}
