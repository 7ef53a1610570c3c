import { useEffect } from 'react';
import { useStudioStore } from '../StudioContext';

/** True when a key press belongs to a text field or the code editor, which keep their own undo. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor');
}

/** Studio-wide undo/redo; panels register their own shortcuts (Delete, Ctrl+D, Alt+C…). */
export function useGlobalShortcuts(): void {
  const store = useStudioStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextTarget(event.target)) return;
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
