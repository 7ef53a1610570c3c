/**
 * After an "Add …" button adds a card to a list (a catcher, a retrier), the keyboard goes to the
 * new card's first field: otherwise the focus stays on the button, below what was just added, and
 * a screen reader says nothing of it.
 */
import { useEffect, useRef } from 'react';

export function useFocusAdded<T extends HTMLElement>(count: number) {
  const list = useRef<T>(null);
  const before = useRef<number | null>(null);
  useEffect(() => {
    if (before.current === null || count <= before.current) return;
    before.current = null;
    list.current?.lastElementChild?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [count]);
  /** Call as the Add button adds: the next larger count focuses the last card. */
  const adding = () => {
    before.current = count;
  };
  return { list, adding };
}
