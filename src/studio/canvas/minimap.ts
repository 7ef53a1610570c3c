/**
 * The canvas minimap: its size, the corner it keeps clear of nodes, and whether the user wants
 * it (remembered in localStorage, for every workflow).
 */
import { useCallback, useState } from 'react';
import type { Size } from './viewport';

/** Small enough to leave the canvas to the workflow. */
export const MINIMAP_SIZE: Size = { width: 160, height: 100 };
/** React Flow's panel margin (15 px) plus a gap: fitted views keep nodes out of this corner. */
export const MINIMAP_CORNER: Size = { width: MINIMAP_SIZE.width + 15 + 12, height: MINIMAP_SIZE.height + 15 + 12 };
const KEY = 'asl-studio.minimap';

export function loadMinimapShown(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(KEY) !== 'hidden';
  } catch {
    return true;
  }
}

export function saveMinimapShown(shown: boolean, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, shown ? 'shown' : 'hidden');
  } catch {
    // Remembering the choice is a convenience only.
  }
}

export function useMinimapShown(): [boolean, () => void] {
  const [shown, setShown] = useState(loadMinimapShown);
  const toggle = useCallback(() => setShown((current) => {
    saveMinimapShown(!current);
    return !current;
  }), []);
  return [shown, toggle];
}
