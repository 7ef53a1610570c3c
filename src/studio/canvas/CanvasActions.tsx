/** Commands node components call (rename in place, expand/collapse), provided by the canvas. */
import { createContext, useContext } from 'react';

export interface CanvasActions {
  /** Opens the in-place name editor of a node (double-click, the context menu's Rename). */
  beginRename(nodeId: string): void;
  /** Closes the name editor; renames the node when a new name is given. */
  endRename(nodeId: string, newName: string | null): void;
  toggleCollapse(nodeId: string): void;
  startMove(nodeId: string, event: React.PointerEvent): void;
}

const noop: CanvasActions = { beginRename: () => undefined, endRename: () => undefined, toggleCollapse: () => undefined, startMove: () => undefined };

export const CanvasActionsContext = createContext<CanvasActions>(noop);

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}

/** The node whose name is being edited in place, or null. */
export const RenamingContext = createContext<string | null>(null);

export function useRenaming(nodeId: string): boolean {
  return useContext(RenamingContext) === nodeId;
}
