/** Settings edits from Config mode: one undo step per committed change, none for a no-op. */
import { useCallback } from 'react';
import { deepEqual } from '../../asl';
import type { WorkflowSettings } from '../../asl/types';
import { useStudio, useStudioStore } from '../StudioContext';

export type SettingsChange = (settings: WorkflowSettings) => WorkflowSettings;

/** The current settings and a committer that records a step only when something changed. */
export function useSettings(): { settings: WorkflowSettings; update(label: string, change: SettingsChange): void } {
  const store = useStudioStore();
  const settings = useStudio((s) => s.settings);
  const update = useCallback((label: string, change: SettingsChange) => {
    store.getState().setSettings(label, (current) => {
      const next = change(current);
      return deepEqual(next, current) ? current : next;
    });
  }, [store]);
  return { settings, update };
}

/** `settings` with `key` set to `value`, or removed when `value` is undefined. */
export function withKey(settings: WorkflowSettings, key: string, value: unknown): WorkflowSettings {
  const { [key]: _old, ...rest } = settings;
  return value === undefined ? rest : { ...rest, [key]: value };
}
