import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph, LayoutEngine, type ElkLike } from '../../graph';
import { generateDefinition } from '../../graph/testing/generate';
import { isOnScreen, openingViewport, READABLE_ZOOM } from './viewport';

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
