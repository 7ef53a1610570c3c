/** Commands node components call (rename in place, expand/collapse), provided by the canvas. */
import { createContext, useContext } from 'react';

export interface CanvasActions {
  rename(nodeId: string, newName: string): void;
  toggleCollapse(nodeId: string): void;
  startMove(nodeId: string, event: React.PointerEvent): void;
}

const noop: CanvasActions = { rename: () => undefined, toggleCollapse: () => undefined, startMove: () => undefined };

export const CanvasActionsContext = createContext<CanvasActions>(noop);

export function useCanvasActions(): CanvasActions {
  return useContext(CanvasActionsContext);
}
