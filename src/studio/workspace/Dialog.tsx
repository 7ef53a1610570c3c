import { useEffect, useRef, type ReactNode } from 'react';
import { X } from 'lucide-react';

/** A modal dialog on the native <dialog> element: Escape and the close button dismiss it. */
export function Dialog({ title, onClose, children, wide, testId }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className={`dialog${wide ? ' dialog-wide' : ''}`} aria-label={title} data-testid={testId}
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="dialog-header">
        <h2>{title}</h2>
        <button type="button" aria-label="Close" title="Close" onClick={onClose}><X size={16} aria-hidden="true" /></button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
