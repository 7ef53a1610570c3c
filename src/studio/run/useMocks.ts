/** The per-state mocks of the open workflow: the edited ones over the catalog defaults. */
import { useMemo } from 'react';
import { useStudio } from '../StudioContext';
import type { StateMocks } from '../../store/runStore';
import { defaultStateMocks } from '../../run/defaultMocks';
import { useRun } from './hooks';

export function workflowKey(name: string | undefined): string {
  return name && name.trim() !== '' ? name : 'Untitled';
}

export function useWorkflowKey(): string {
  return workflowKey(useStudio((s) => s.settings.name));
}

export function useMocks(): { mocks: StateMocks; setMocks: (mocks: StateMocks) => void; resetMocks: () => void } {
  const definition = useStudio((s) => s.definition);
  const edited = useRun((s) => s.mocks);
  const set = useRun((s) => s.setMocks);
  // Tasks never edited get the catalog default; an empty list means "not mocked" on purpose.
  const mocks = useMemo(() => ({ ...defaultStateMocks(definition), ...edited }), [edited, definition]);
  return {
    mocks,
    setMocks: set,
    resetMocks: () => set(defaultStateMocks(definition)),
  };
}
