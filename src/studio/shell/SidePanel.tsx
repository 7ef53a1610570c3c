import { useRef, type ReactNode, type PointerEvent, type KeyboardEvent } from 'react';
import { PanelLeftClose, PanelRightClose } from 'lucide-react';
import { clampWidth, MAX_PANEL, MIN_PANEL } from './panelLayout';

interface Props {
  side: 'left' | 'right';
  label: string;
  width: number;
  collapsed: boolean;
  onResize(width: number, done: boolean): void;
  onToggle(): void;
  children: ReactNode;
}

/** A side panel with a drag (or arrow-key) resize handle on its inner edge and a collapse toggle. */
export function SidePanel({ side, label, width, collapsed, onResize, onToggle, children }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const direction = side === 'left' ? 1 : -1;

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    start.current = { x: e.clientX, width };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current) onResize(clampWidth(start.current.width + direction * (e.clientX - start.current.x)), false);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(clampWidth(start.current.width + direction * (e.clientX - start.current.x)), true);
    start.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    onResize(clampWidth(width + (e.key === 'ArrowRight' ? 20 : -20) * direction), true);
  };

  if (collapsed) {
    return (
      <aside className={`panel panel-${side} panel-collapsed`} aria-label={label}>
        <button type="button" className="panel-rail" data-testid={`panel-expand-${side}`} onClick={onToggle} title={`Show ${label}`}>
          <span>{label}</span>
        </button>
      </aside>
    );
  }
  return (
    <aside className={`panel panel-${side}`} aria-label={label}>
      {children}
      <button type="button" className="panel-collapse" data-testid={`panel-collapse-${side}`} onClick={onToggle}
        title={`Hide ${label}`} aria-label={`Hide ${label}`}>{side === 'left' ? <><PanelLeftClose size={14} aria-hidden="true" /> Hide</> : <>Hide <PanelRightClose size={14} aria-hidden="true" /></>}</button>
      <div className={`panel-resizer panel-resizer-${side}`} role="separator" aria-orientation="vertical" aria-label={`Resize ${label}`}
        aria-valuenow={width} aria-valuemin={MIN_PANEL} aria-valuemax={MAX_PANEL} tabIndex={0} data-testid={`panel-resizer-${side}`}
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp} onKeyDown={onKeyDown} />
    </aside>
  );
}
