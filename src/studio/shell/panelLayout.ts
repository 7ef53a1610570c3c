/** Widths of Design mode's side panels: clamped, remembered in localStorage (pure apart from storage). */
export interface PanelLayout {
  left: number;
  right: number;
  leftCollapsed: boolean;
  rightCollapsed: boolean;
  /** The code panel's width (Design mode, when it is open). */
  code: number;
}

export const DEFAULT_LAYOUT: PanelLayout = { left: 260, right: 360, leftCollapsed: false, rightCollapsed: false, code: 420 };
export const MIN_PANEL = 180;
export const MAX_PANEL = 720;
export const COLLAPSED_WIDTH = 30;
/** With the code panel open the canvas keeps at least this much, the panels give way first. */
export const MIN_CANVAS = 320;
export const MIN_CODE = 260;
export const MAX_CODE = 1000;
/** How far the side panels may shrink (below their chosen widths) to keep the canvas usable. */
const SQUEEZED_PANEL = 200;
const KEY = 'asl-studio.panels';

export function clampWidth(width: number): number {
  return Math.round(Math.min(MAX_PANEL, Math.max(MIN_PANEL, width)));
}

export function clampCodeWidth(width: number): number {
  return Math.round(Math.min(MAX_CODE, Math.max(MIN_CODE, width)));
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
      code: clampCodeWidth(Number(raw.code) || DEFAULT_LAYOUT.code),
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

/**
 * The CSS grid columns: states browser | canvas | (code panel) | inspector. The inspector stays at
 * the right edge. With the code panel open, the panels keep their chosen widths while there is
 * room and otherwise shrink (code to MIN_CODE, side panels to SQUEEZED_PANEL) before the canvas
 * goes below MIN_CANVAS.
 */
export function gridColumns(layout: PanelLayout, withCode: boolean): string {
  const side = (collapsed: boolean, width: number) => {
    if (collapsed) return `${COLLAPSED_WIDTH}px`;
    return withCode && width > SQUEEZED_PANEL ? `minmax(${SQUEEZED_PANEL}px, ${width}px)` : `${width}px`;
  };
  const left = side(layout.leftCollapsed, layout.left);
  const right = side(layout.rightCollapsed, layout.right);
  if (!withCode) return `${left} minmax(0, 1fr) ${right}`;
  return `${left} minmax(${MIN_CANVAS}px, 1fr) minmax(${MIN_CODE}px, ${layout.code}px) ${right}`;
}
