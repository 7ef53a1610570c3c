/** React access to the local library (the Workspace bound to this studio's store). */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Workspace, WorkspaceStatus } from '../../workspace/workspace';

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace | null; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** The workspace, or null when the studio runs without one (tests of single panels). */
export function useWorkspace(): Workspace | null {
  return useContext(WorkspaceContext);
}

const NO_STATUS: WorkspaceStatus = { currentId: '', workflows: [], saving: 'idle', storageKind: 'memory' };
const noStatusStore = { getState: () => NO_STATUS, getInitialState: () => NO_STATUS, subscribe: () => () => {}, setState: () => {} };

export function useWorkspaceStatus<T>(selector: (status: WorkspaceStatus) => T): T {
  const workspace = useContext(WorkspaceContext);
  return useStore(workspace?.status ?? noStatusStore, selector);
}
