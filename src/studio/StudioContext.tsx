/** React access to the studio store: one store per <StudioProvider>, no module singleton. */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StudioCommands, StudioState, StudioStore } from '../store/studioStore';

const StudioContext = createContext<StudioStore | null>(null);

export function StudioProvider({ store, children }: { store: StudioStore; children: ReactNode }) {
  return <StudioContext.Provider value={store}>{children}</StudioContext.Provider>;
}

export function useStudioStore(): StudioStore {
  const store = useContext(StudioContext);
  if (!store) throw new Error('useStudioStore must be used inside <StudioProvider>');
  return store;
}

/** Subscribes to a slice of the studio state (re-renders only when the slice changes). */
export function useStudio<T>(selector: (state: StudioState & StudioCommands) => T): T {
  return useStore(useStudioStore(), selector);
}
