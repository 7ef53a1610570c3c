import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { X } from 'lucide-react';

const FOCUSABLE = 'a[href], button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';

/** What Tab can reach in `root`, in order (hidden and inert elements left out). */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0 && !el.closest('[inert]'));
}

/**
 * A modal dialog on the native <dialog> element: Escape and the close button dismiss it. The
 * focus stays inside while it is open (Tab wraps from the last control to the first; the browser
 * alone would let it leave for its own toolbar), and returns to where it was (the button that
 * opened it) when it closes.
 */
export function Dialog({ title, onClose, children, wide, testId }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // React removes the dialog before the browser could give the focus back: do it here.
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops = tabStops(event.currentTarget);
    if (stops.length === 0) return;
    const first = stops[0]!;
    const last = stops[stops.length - 1]!;
    const active = document.activeElement;
    const inside = active instanceof Node && event.currentTarget.contains(active) && active !== event.currentTarget;
    if (event.shiftKey && (!inside || active === first)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (!inside || active === last)) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <dialog ref={ref} className={`dialog${wide ? ' dialog-wide' : ''}`} aria-label={title} data-testid={testId}
      onKeyDown={trapTab} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {/* A div, not <header>: a header outside any section is the page's banner landmark (axe landmark-banner-is-top-level). */}
      <div className="dialog-header">
        <h2>{title}</h2>
        <button type="button" aria-label="Close" title="Close" onClick={onClose}><X size={16} aria-hidden="true" /></button>
      </div>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
