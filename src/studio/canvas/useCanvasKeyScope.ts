/**
 * Whether the keyboard currently belongs to the canvas: the focus is in it, or nowhere in
 * particular. React Flow listens for its key codes (Space to pan, Shift to box-select, Ctrl/Meta
 * to add to the selection or zoom) on the whole window and cancels the key it matches; bound only
 * while this is true, they never reach the code editor, the inspector or a dialog.
 */
import { useEffect, useState, type RefObject } from 'react';
import { isEditableTarget } from '../shell/editableTarget';

function canvasOwnsKeys(root: HTMLElement | null): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  return !!root?.contains(active) && !isEditableTarget(active);
}

export function useCanvasKeyScope(root: RefObject<HTMLElement | null>): boolean {
  const [owns, setOwns] = useState(true);
  useEffect(() => {
    // focusout fires before the next element has the focus: read it once the move is done.
    const update = () => queueMicrotask(() => setOwns(canvasOwnsKeys(root.current)));
    update();
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    return () => {
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
    };
  }, [root]);
  return owns;
}
