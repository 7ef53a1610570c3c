/** Canvas keyboard shortcuts: Delete/Backspace, Ctrl+D, Ctrl+C / Ctrl+V, Alt+C, Ctrl+F. */
import { useEffect, type RefObject } from 'react';
import type { StudioStore } from '../../store/studioStore';
import { isTypingEvent } from '../shell/editableTarget';
import type { CommandResult } from './commands';
import { withCommands } from './lazyCommands';

export function useCanvasShortcuts(options: {
  store: StudioStore;
  root: RefObject<HTMLElement | null>;
  editable: boolean;
  centre: () => void;
  /** Opens the find box. */
  find: () => void;
  report: (result: CommandResult) => void;
}): void {
  const { store, root, editable, centre, find, report } = options;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Handled already (a key on a focused edge), or typed while typing.
      if (event.defaultPrevented || isTypingEvent(event)) return;
      // Find works app-wide (except while typing: Monaco and text fields keep their own Ctrl+F).
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        find();
        return;
      }
      // Only when the canvas (or nothing in particular) has the focus, so other panels keep their keys.
      const target = event.target instanceof Node ? event.target : null;
      if (target && target !== document.body && !root.current?.contains(target)) return;
      // An open context menu, or the places of a keyboard Move…, keep their keys (Delete there deletes nothing).
      if (target instanceof Element && target.closest('[role="menu"], .sf-move-picker')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (event.altKey && (key === 'c' || event.code === 'KeyC')) {
        event.preventDefault();
        centre();
        return;
      }
      if (!editable) return;
      if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
        event.preventDefault();
        withCommands((c) => c.deleteSelected(store), report);
      } else if (mod && key === 'd') {
        event.preventDefault();
        withCommands((c) => c.duplicateSelected(store), report);
      } else if (mod && key === 'c') {
        withCommands((c) => { c.copySelected(store); });
      } else if (mod && key === 'v') {
        event.preventDefault();
        withCommands((c) => c.paste(store), report);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, root, editable, centre, find, report]);
}
