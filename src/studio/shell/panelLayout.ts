/** Widths of Design mode's side panels: clamped, remembered in localStorage (pure apart from storage). */
export interface PanelLayout {
  left: number;
  right: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
}

export const DEFAULT_LAYOUT: PanelLayout = { left: 260, right: 360, leftCollapsed: false, rightCollapsed: false };
export const MIN_PANEL = 180;
export const MAX_PANEL = 720;
export const COLLAPSED_WIDTH = 30;
const KEY = 'asl-studio.panels';

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_PANEL, Math.max(MIN_PANEL, width)));
}

export function loadLayout(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): PanelLayout {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<PanelLayout> | null;
    if (!raw || typeof raw !== 'object') return DEFAULT_LAYOUT;
    return {
      left: clampWidth(Number(raw.left) || DEFAULT_LAYOUT.left),
      right: clampWidth(Number(raw.right) || DEFAULT_LAYOUT.right),
      leftCollapsed: raw.leftCollapsed === true,
      rightCollapsed: raw.rightCollapsed === true,
    };
  } catch {
    return DEFAULT_LAYOUT;
  }
}

export function saveLayout(layout: PanelLayout, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(layout));
  } catch {
    // Remembering panel sizes is a convenience only.
  }
}

/** The CSS grid columns for the layout (plus the optional code panel column). */
export function gridColumns(layout: PanelLayout, withCode: boolean): string {
  const left = layout.leftCollapsed ? COLLAPSED_WIDTH : layout.left;
  const right = layout.rightCollapsed ? COLLAPSED_WIDTH : layout.right;
  return `${left}px minmax(0, 1fr) ${right}px${withCode ? ' minmax(320px, 34vw)' : ''}`;
}
