import { useEffect } from 'react';
import { useStudioStore } from '../StudioContext';
import { isEditableTarget, isTypingEvent } from './editableTarget';

/** Kept for callers of the old name: the same check as `isEditableTarget`. */
export const isTextTarget = (target: EventTarget | null): boolean => isEditableTarget(target);

/** Studio-wide undo/redo; panels register their own shortcuts (Delete, Ctrl+D, Alt+C…). */
export function useGlobalShortcuts(): void {
  const store = useStudioStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Text fields and the code editor keep their own undo.
      if (isTypingEvent(event)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (event.shiftKey) store.getState().redo();
        else store.getState().undo();
      } else if (mod && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        store.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
