import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { ratioAt, stepRatio } from './splitRatio';

interface SplitterProps {
  ratio: number;
  onChange(ratio: number): void;
  /** Called when a drag or key press ends (to persist the split). */
  onCommit?(ratio: number): void;
}

/** A draggable (and keyboard-operable) vertical divider between the editor and the graph. */
export function Splitter({ ratio, onChange, onCommit }: SplitterProps) {
  const dragging = useRef(false);
  const last = useRef(ratio);

  const widthOf = (el: HTMLElement) => el.parentElement?.getBoundingClientRect() ?? { left: 0, width: 0 };

  const onPointerDown = useCallback((e: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  }, []);

  const onPointerMove = useCallback((e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    const box = widthOf(e.currentTarget);
    last.current = ratioAt(e.clientX - box.left, box.width);
    onChange(last.current);
  }, [onChange]);

  const onPointerUp = useCallback((e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    e.currentTarget.releasePointerCapture(e.pointerId);
    onCommit?.(last.current);
  }, [onCommit]);

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = stepRatio(ratio, e.key === 'ArrowLeft' ? -1 : 1, widthOf(e.currentTarget).width);
    onChange(next);
    onCommit?.(next);
  }, [ratio, onChange, onCommit]);

  return (
    <div className="code-splitter" role="separator" aria-orientation="vertical" aria-label="Resize editor and graph"
      aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(ratio * 100)} tabIndex={0} data-testid="code-splitter"
      onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp} onKeyDown={onKeyDown} />
  );
}
