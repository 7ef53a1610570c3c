import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph, LayoutEngine, type Box, type ElkLike, type GraphLayout } from '../../graph';
import { generateDefinition } from '../../graph/testing/generate';
import { coversCorner, fitLayout, isOnScreen, openingViewport, READABLE_ZOOM, viewportAfterResize } from './viewport';

const elk = new ELK() as unknown as ElkLike;
const SIZE = { width: 1000, height: 760 };

async function layoutOf(n: number) {
  const graph = aslToGraph(generateDefinition(n));
  return new LayoutEngine(async () => elk).layout(graph);
}

describe('opening viewport', () => {
  it('fits a small workflow', async () => {
    const layout = await layoutOf(8);
    const v = openingViewport(layout, SIZE, '#start')!;
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    for (const box of layout.nodes.values()) expect(isOnScreen(box, v, SIZE, 0)).toBe(true);
  });

  it('opens a 1,000-state workflow readable, at its start', async () => {
    const layout = await layoutOf(1000);
    const v = openingViewport(layout, SIZE, '#start')!;
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    const start = layout.nodes.get('#start')!;
    expect(isOnScreen(start, v, SIZE)).toBe(true);
  });
});

describe('fitting around the minimap corner', () => {
  const CORNER = { width: 187, height: 127 };

  it('keeps every node out of the corner, and on screen', () => {
    // A tall chain fanning out to a wide last row: the centred fit puts that row's right end
    // under the bottom-right corner.
    const nodes = new Map<string, Box>();
    for (let i = 0; i < 8; i++) nodes.set(`s${i}`, { x: 330, y: i * 100, width: 200, height: 60 });
    for (let i = 0; i < 4; i++) nodes.set(`e${i}`, { x: i * 220, y: 900, width: 200, height: 60 });
    const layout = { key: 'k', nodes, edges: new Map(), labels: new Map(), collapsed: new Set<string>(), width: 860, height: 960, computedScopes: 0 } satisfies GraphLayout;
    const size = { width: 700, height: 600 };
    expect(coversCorner(layout, fitLayout(layout, size)!, size, CORNER)).toBe(true);
    const v = fitLayout(layout, size, CORNER)!;
    expect(coversCorner(layout, v, size, CORNER)).toBe(false);
    for (const box of layout.nodes.values()) expect(isOnScreen(box, v, size, 0)).toBe(true);
  });

  it('is the plain centred fit when nothing would be under the corner', async () => {
    const layout = await layoutOf(3);
    const v = fitLayout(layout, SIZE, CORNER)!;
    expect(v).toEqual(fitLayout(layout, SIZE));
  });

  it('counts a node under the corner as off screen', () => {
    const v = { x: 0, y: 0, zoom: 1 };
    const size = { width: 500, height: 400 };
    const box = { x: 400, y: 330, width: 50, height: 40 };
    expect(isOnScreen(box, v, size, 0)).toBe(true);
    expect(isOnScreen(box, v, size, 0, CORNER)).toBe(false);
  });
});

describe('viewport after the pane changes size', () => {
  const NARROW = { width: 620, height: 760 };
  const centreOf = (v: { x: number; y: number; zoom: number }, size: { width: number; height: number }) => ({ x: (size.width / 2 - v.x) / v.zoom, y: (size.height / 2 - v.y) / v.zoom });

  it('fits again a view that was the fit (a panel opens, then closes)', async () => {
    const layout = await layoutOf(12);
    const fitted = fitLayout(layout, SIZE)!;
    const narrow = viewportAfterResize(layout, fitted, SIZE, NARROW)!;
    expect(narrow).toEqual(fitLayout(layout, NARROW));
    for (const box of layout.nodes.values()) expect(isOnScreen(box, narrow, NARROW, 0)).toBe(true);
    // Closing the panel again gives back the first fit.
    expect(viewportAfterResize(layout, narrow, NARROW, SIZE)).toEqual(fitted);
  });

  it('keeps the middle of a view the user placed, at the same zoom', async () => {
    const layout = await layoutOf(200);
    const placed = { x: -300, y: -900, zoom: 1.2 };
    const after = viewportAfterResize(layout, placed, SIZE, NARROW)!;
    expect(after.zoom).toBe(1.2);
    expect(centreOf(after, NARROW)).toEqual(centreOf(placed, SIZE));
  });

  it('fits again when the whole workflow was in view and would not stay so', async () => {
    const layout = await layoutOf(12);
    const fitted = fitLayout(layout, SIZE)!;
    // Moved a little (no longer the exact fit) but everything still in view.
    const nudged = { ...fitted, x: fitted.x + 5 };
    const after = viewportAfterResize(layout, nudged, SIZE, { width: 400, height: 760 })!;
    for (const box of layout.nodes.values()) expect(isOnScreen(box, after, { width: 400, height: 760 }, 0)).toBe(true);
  });

  it('does nothing when the size did not change', async () => {
    const layout = await layoutOf(12);
    expect(viewportAfterResize(layout, fitLayout(layout, SIZE)!, SIZE, { ...SIZE })).toBeUndefined();
  });
});
