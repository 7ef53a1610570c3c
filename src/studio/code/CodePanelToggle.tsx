/**
 * Design mode's "Code" toggle (placed in the top bar's slot) and its open/closed state, kept for
 * the browser session. Small and static: the panel itself, with Monaco, is a lazy chunk.
 */
import { useCallback, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import './codePanelToggle.css';

const KEY = 'asl-studio.design.codePanel';

export function useCodePanelOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => {
    try {
      return sessionStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  const update = useCallback((next: boolean) => {
    setOpen(next);
    try {
      sessionStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // Storage disabled: the panel state is simply not remembered.
    }
  }, []);
  return [open, update];
}

export function CodePanelToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  // The top bar renders in the same commit, so its slot exists only once effects run.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the slot is found in the DOM after the commit, once
  useEffect(() => setSlot(document.getElementById('topbar-slot')), []);
  if (!slot) return null;
  return createPortal(
    <button type="button" className="code-panel-toggle" aria-pressed={open} data-testid="code-panel-toggle"
      title={open ? 'Hide the code panel' : 'Show the ASL code beside the canvas'} onClick={onToggle}>
      {'{ } Code'}
    </button>,
    slot,
  );
}
