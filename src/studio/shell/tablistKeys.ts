/**
 * Keyboard for a row of ARIA tabs (WAI-ARIA Authoring Practices, "Tabs" pattern, activation
 * follows focus): the row is one Tab stop, on the chosen tab; Left/Right (and Up/Down) move to the
 * previous/next tab, Home/End to the first/last, and the tab reached is chosen at once.
 */
import type { KeyboardEvent } from 'react';

const STEP: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 };

/** `onKeyDown` for an element with `role="tablist"`. */
export function onTablistKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not(:disabled)')];
  const at = tabs.indexOf(event.target as HTMLElement);
  if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = tabs.length - 1;
  else if (event.key in STEP) next = (at + STEP[event.key]! + tabs.length) % tabs.length;
  else return;
  event.preventDefault();
  const tab = tabs[next]!;
  tab.focus();
  tab.click();
}

/** The tab's place in the Tab order: only the chosen tab is a stop. */
export const tabStop = (selected: boolean): 0 | -1 => (selected ? 0 : -1);
