/** Splitter arithmetic for the code | graph layout (pure, unit-tested). */

export const MIN_PANE_PX = 240;
export const DEFAULT_SPLIT = 0.5;
const STORAGE_KEY = 'asl-studio.code.split';

/** The editor's share of `width` after dragging to `x`, keeping both panes at least MIN_PANE_PX. */
export function ratioAt(x: number, width: number, min = MIN_PANE_PX): number {
  if (width <= 0) return DEFAULT_SPLIT;
  if (width < 2 * min) return 0.5;
  const clamped = Math.min(Math.max(x, min), width - min);
  return clamped / width;
}

/** Keyboard step: ±5 % per arrow press, clamped like a drag. */
export function stepRatio(ratio: number, direction: -1 | 1, width: number): number {
  return ratioAt((ratio + direction * 0.05) * width, width);
}

export function loadRatio(storage: Pick<Storage, 'getItem'> | undefined): number {
  const raw = Number(storage?.getItem(STORAGE_KEY));
  return Number.isFinite(raw) && raw > 0.05 && raw < 0.95 ? raw : DEFAULT_SPLIT;
}

export function saveRatio(storage: Pick<Storage, 'setItem'> | undefined, ratio: number): void {
  try {
    storage?.setItem(STORAGE_KEY, ratio.toFixed(4));
  } catch {
    // Storage can be full or disabled (private mode); the split just is not remembered.
  }
}
