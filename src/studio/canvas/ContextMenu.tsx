/**
 * Right-click menus for states and edges, also opened from the keyboard (Shift+F10 or the
 * ContextMenu key on a focused state or edge). As a WAI-ARIA menu: the first item has the focus,
 * the arrows, Home and End move it, Enter runs an item, Escape closes the menu and gives the focus
 * back to where the menu was opened from.
 */
import { useEffect, useRef } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  disabled?: boolean;
  run(): void;
}

/** Why the menu closed: an item ran, Escape, or a click / focus elsewhere. */
export type MenuClose = 'ran' | 'escape' | 'away';

export function ContextMenu({ x, y, items, onClose }: { x: number; y: number; items: MenuItem[]; onClose: (why: MenuClose) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      close.current('escape');
    };
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close.current('away');
    };
    const onBlur = () => close.current('away');
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', onBlur);
    };
  }, []);

  const move = (e: React.KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const to = e.key === 'ArrowDown' ? (at + 1) % buttons.length
      : e.key === 'ArrowUp' ? (at - 1 + buttons.length) % buttons.length
        : e.key === 'Home' ? 0
          : e.key === 'End' ? buttons.length - 1 : undefined;
    if (to === undefined) {
      // Tab leaves the menu: it closes (focus moves on as the browser sends it).
      if (e.key === 'Tab') close.current('away');
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    buttons[to]!.focus();
  };

  return (
    <div ref={ref} className="sf-menu" role="menu" style={{ left: x, top: y }} data-testid="context-menu" onKeyDown={move}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          tabIndex={-1}
          disabled={item.disabled}
          data-testid={`menu-${item.id}`}
          onClick={() => {
            close.current('ran');
            item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
