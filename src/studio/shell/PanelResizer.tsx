import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** The panel's side of the canvas: its handle is on the edge facing the canvas. */
  side: 'left' | 'right';
  label: string;
  width: number;
  min: number;
  max: number;
  clamp(width: number): number;
  onResize(width: number, done: boolean): void;
  testId: string;
}

/** A drag (or arrow-key) resize handle on a panel's inner edge (an ARIA window splitter). */
export function PanelResizer({ side, label, width, min, max, clamp, onResize, testId }: Props) {
  const start = useRef<{ x: number; width: number } | null>(null);
  const direction = side === 'left' ? 1 : -1;
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    start.current = { x: e.clientX, width };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (start.current) onResize(clamp(start.current.width + direction * (e.clientX - start.current.x)), false);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(clamp(start.current.width + direction * (e.clientX - start.current.x)), true);
    start.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    onResize(clamp(width + (e.key === 'ArrowRight' ? 20 : -20) * direction), true);
  };
  return (
    <div className={`panel-resizer panel-resizer-${side}`} role="separator" aria-orientation="vertical" aria-label={`Resize ${label}`}
      aria-valuenow={width} aria-valuemin={min} aria-valuemax={max} tabIndex={0} data-testid={testId}
      onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp} onKeyDown={onKeyDown} />
  );
}
