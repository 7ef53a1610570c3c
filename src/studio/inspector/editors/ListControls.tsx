import { ArrowDown, ArrowUp } from 'lucide-react';

/** Move up / move down / remove buttons of one item of an ordered list (retriers, catchers, rules). */
export function ListControls({ testId, index, count, onMove, onRemove, noun }: {
  testId: string;
  index: number;
  count: number;
  noun: string;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}) {
  return (
    <span className="insp-list-controls">
      <button type="button" data-testid={`${testId}-up`} aria-label={`Move ${noun} ${index + 1} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}><ArrowUp size={14} aria-hidden="true" /></button>
      <button type="button" data-testid={`${testId}-down`} aria-label={`Move ${noun} ${index + 1} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}><ArrowDown size={14} aria-hidden="true" /></button>
      <button type="button" data-testid={`${testId}-remove`} aria-label={`Remove ${noun} ${index + 1}`} onClick={() => onRemove(index)}>Remove</button>
    </span>
  );
}

/** `items` with the element at `from` moved to `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
