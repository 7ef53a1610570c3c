/** Addresses the edits take: graph edges and insertion points. */
import type { ScopePath } from '../paths';
import type { StatePath } from '../types';

/** A transition drawn on the canvas. */
export interface EdgeRef {
  /** The state the edge leaves; null for the scope's start arrow. */
  source: StatePath | null;
  scope: ScopePath;
  kind: 'start' | 'next' | 'choice' | 'default' | 'catch';
  /** Choice-rule or catcher index for `choice` / `catch` edges. */
  index?: number;
}

/** Where a new (or moved) state goes. */
export type InsertPoint =
  | { kind: 'edge'; edge: EdgeRef }
  | { kind: 'after'; path: StatePath }
  | { kind: 'scopeStart'; scope: ScopePath }
  | { kind: 'newBranch'; parallel: StatePath };
