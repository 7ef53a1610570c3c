import { useEffect } from 'react';
import { useStudioStore } from '../StudioContext';
import { isEditableTarget, isTypingEvent } from './editableTarget';
import { useWorkspace } from '../workspace/WorkspaceContext';

/** Kept for callers of the old name: the same check as `isEditableTarget`. */
export const isTextTarget = (target: EventTarget | null): boolean => isEditableTarget(target);

/**
 * Studio-wide undo/redo, and Ctrl+S (save to the library now, from anywhere, typed drafts
 * included); panels register their own shortcuts (Delete, Ctrl+D, Alt+C…).
 */
export function useGlobalShortcuts(): void {
  const store = useStudioStore();
  const workspace = useWorkspace();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's' && workspace) {
        // Not the browser's "Save page as…": the workflow is saved (held while another tab's save awaits a choice).
        event.preventDefault();
        workspace.saveNow();
        return;
      }
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
  }, [store, workspace]);
}
