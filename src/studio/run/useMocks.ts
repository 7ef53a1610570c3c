/** The per-state mocks of the current workflow: edited, remembered, or the catalog defaults. */
import { useMemo } from 'react';
import { useStudio } from '../StudioContext';
import type { StateMocks } from '../../store/runStore';
import { defaultStateMocks } from '../../run/defaultMocks';
import { loadMocks, saveMocks } from './persist';
import { useRun } from './hooks';

export function workflowKey(name: string | undefined): string {
  return name && name.trim() !== '' ? name : 'Untitled';
}

export function useWorkflowKey(): string {
  return workflowKey(useStudio((s) => s.settings.name));
}

export function useMocks(): { mocks: StateMocks; setMocks: (mocks: StateMocks) => void; resetMocks: () => void } {
  const workflow = useWorkflowKey();
  const definition = useStudio((s) => s.definition);
  const edited = useRun((s) => s.mocks[workflow]);
  const set = useRun((s) => s.setMocks);
  // Tasks never edited get the catalog default; an empty list means "not mocked" on purpose.
  const mocks = useMemo(() => ({ ...defaultStateMocks(definition), ...(edited ?? loadMocks(workflow) ?? {}) }), [edited, workflow, definition]);
  return {
    mocks,
    setMocks: (next) => {
      set(workflow, next);
      saveMocks(workflow, next);
    },
    resetMocks: () => {
      const next = defaultStateMocks(definition);
      set(workflow, next);
      saveMocks(workflow, next);
    },
  };
}
