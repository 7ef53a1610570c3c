/**
 * Viewport arithmetic for the canvas (no DOM): the view a workflow opens with, and whether a
 * node is on screen. Transforms are React Flow's: screen = canvas × zoom + (x, y).
 */
import { getViewportForBounds } from '@xyflow/react';
import type { Box, GraphLayout } from '../../graph';
import type { CanvasViewport } from '../../store/studioStore';

/** Below this zoom state names are unreadable: a large workflow opens at its start instead. */
export const READABLE_ZOOM = 0.5;
/** The zoom a large workflow opens at. */
export const LARGE_OPEN_ZOOM = 0.8;
/** Fitting never enlarges a small workflow beyond its natural size. */
export const FIT_MAX_ZOOM = 1;
export const FIT_PADDING = 0.08;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2;
const TOP_MARGIN = 24;

export interface Size {
  width: number;
  height: number;
}

/** The whole layout fitted in `size`, centred. */
export function fittedViewport(bounds: Box, size: Size): CanvasViewport {
  return getViewportForBounds(bounds, size.width, size.height, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
}

/** The screen rectangle of the bottom-right `corner` (the minimap and its margin) in a pane of `size`. */
function cornerRect(size: Size, corner: Size): Box {
  return { x: size.width - corner.width, y: size.height - corner.height, width: corner.width, height: corner.height };
}

function onScreenBox(box: Box, v: CanvasViewport): Box {
  return { x: box.x * v.zoom + v.x, y: box.y * v.zoom + v.y, width: box.width * v.zoom, height: box.height * v.zoom };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether any node of `layout`, seen through `v`, lies under the bottom-right `corner`. */
export function coversCorner(layout: GraphLayout, v: CanvasViewport, size: Size, corner: Size): boolean {
  const rect = cornerRect(size, corner);
  for (const box of layout.nodes.values()) if (overlaps(onScreenBox(box, v), rect)) return true;
  return false;
}

/**
 * What Fit View, Alt+C and the opening view show: the whole layout, centred, with no node under
 * the bottom-right `corner` (the minimap) when one is given. When the centred fit would put a
 * node there, the layout is fitted beside the corner or above it, whichever keeps it larger.
 */
export function fitLayout(layout: GraphLayout, size: Size, corner?: Size): CanvasViewport | undefined {
  const bounds = layoutBounds(layout);
  if (!bounds || size.width <= 0 || size.height <= 0) return undefined;
  const full = fittedViewport(bounds, size);
  if (!corner || !coversCorner(layout, full, size, corner)) return full;
  const beside = fittedViewport(bounds, { width: Math.max(1, size.width - corner.width), height: size.height });
  const above = fittedViewport(bounds, { width: size.width, height: Math.max(1, size.height - corner.height) });
  return beside.zoom >= above.zoom ? beside : above;
}

export function layoutBounds(layout: GraphLayout): Box | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of layout.nodes.values()) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The view a workflow opens with: fitted when it is readable that way; otherwise (a large
 * workflow) at a readable zoom with its start (`startId`, the Start marker) at the top centre.
 */
export function openingViewport(layout: GraphLayout, size: Size, startId: string, corner?: Size): CanvasViewport | undefined {
  const bounds = layoutBounds(layout);
  const fitted = fitLayout(layout, size, corner);
  if (!bounds || !fitted) return undefined;
  if (fitted.zoom >= READABLE_ZOOM) return fitted;
  const start = layout.nodes.get(startId) ?? bounds;
  const zoom = LARGE_OPEN_ZOOM;
  return { x: size.width / 2 - (start.x + start.width / 2) * zoom, y: TOP_MARGIN - start.y * zoom, zoom };
}

/**
 * Whether `box` (canvas coordinates) is wholly on screen, `margin` pixels inside the edges, and
 * not under the bottom-right `corner` (the minimap) when one is given.
 */
export function isOnScreen(box: Box, viewport: CanvasViewport, size: Size, margin = 16, corner?: Size): boolean {
  if (corner && overlaps(onScreenBox(box, viewport), cornerRect(size, corner))) return false;
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  const right = left + box.width * viewport.zoom;
  const bottom = top + box.height * viewport.zoom;
  return left >= margin && top >= margin && right <= size.width - margin && bottom <= size.height - margin;
}

function sameViewport(a: CanvasViewport, b: CanvasViewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-3;
}

function wholeLayoutOnScreen(layout: GraphLayout, v: CanvasViewport, size: Size, corner?: Size): boolean {
  for (const box of layout.nodes.values()) if (!isOnScreen(box, v, size, 0, corner)) return false;
  return true;
}

/**
 * Where the canvas looks after its pane changed size (a panel opened, closed or was dragged, the
 * window resized), as a drawing tool does it:
 * - a view that was the fit of the workflow (opening, Fit View, Alt+C, and not moved since) is
 *   fitted again to the new size: the workflow stays whole in view;
 * - a view the user placed keeps what it had in the middle of the pane in the middle, at the same
 *   zoom (React Flow alone keeps the top-left corner, so a panel opening on the right hid the
 *   right half of what one was looking at);
 * - unless the whole workflow was in view and would no longer be: then it is fitted again.
 * Undefined when nothing needs to move.
 */
export function viewportAfterResize(layout: GraphLayout, v: CanvasViewport, before: Size, after: Size, corner?: Size): CanvasViewport | undefined {
  if (before.width === after.width && before.height === after.height) return undefined;
  if (after.width <= 0 || after.height <= 0 || before.width <= 0 || before.height <= 0) return undefined;
  const fitBefore = fitLayout(layout, before, corner);
  if (fitBefore && sameViewport(fitBefore, v)) return fitLayout(layout, after, corner);
  const centred = { x: v.x + (after.width - before.width) / 2, y: v.y + (after.height - before.height) / 2, zoom: v.zoom };
  if (wholeLayoutOnScreen(layout, v, before, corner) && !wholeLayoutOnScreen(layout, centred, after, corner)) return fitLayout(layout, after, corner);
  return centred;
}
