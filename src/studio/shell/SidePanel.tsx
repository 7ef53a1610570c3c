import type { ReactNode } from 'react';
import { PanelLeftClose, PanelRightClose } from 'lucide-react';
import { clampWidth, MAX_PANEL, MIN_PANEL } from './panelLayout';
import { PanelResizer } from './PanelResizer';

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
      <PanelResizer side={side} label={label} width={width} min={MIN_PANEL} max={MAX_PANEL} clamp={clampWidth}
        onResize={onResize} testId={`panel-resizer-${side}`} />
    </aside>
  );
}
