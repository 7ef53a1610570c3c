/** React access to the file-bound session (null when the studio works on its browser library). */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { FileSession, FileSessionStatus } from './fileSession';

const FileSessionContext = createContext<FileSession | null>(null);

export function FileSessionProvider({ session, children }: { session: FileSession | null; children: ReactNode }) {
  return <FileSessionContext.Provider value={session}>{children}</FileSessionContext.Provider>;
}

export function useFileSession(): FileSession | null {
  return useContext(FileSessionContext);
}

const EMPTY = { getState: () => null, getInitialState: () => null, subscribe: () => () => {}, setState: () => {} };

export function useFileStatus<T>(selector: (status: FileSessionStatus) => T): T | undefined {
  const session = useContext(FileSessionContext);
  return useStore(session?.status ?? EMPTY, (s: FileSessionStatus | null) => (s ? selector(s) : undefined));
}
