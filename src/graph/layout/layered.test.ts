import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layeredLayout } from './layered';
import type { ShapeInput, ShapeLayout } from './shapes';
import { MARKER_HEIGHT, MARKER_WIDTH, STATE_HEIGHT, STATE_WIDTH } from './sizes';

const state = { width: STATE_WIDTH, height: STATE_HEIGHT };
const marker = { width: MARKER_WIDTH, height: MARKER_HEIGHT };

function shape(sizes: ShapeInput['sizes'], edges: [number, number][]): ShapeInput {
  return { sizes, constraints: sizes.map((_, i) => (i === 0 ? 'FIRST' : i === sizes.length - 1 ? 'LAST' : undefined)), edges };
}

/** Every way the drawing could be unreadable: overlapping boxes, routes through boxes, detached ends. */
function problems(input: ShapeInput, layout: ShapeLayout): string[] {
  const out: string[] = [];
  const boxes = layout.nodes;
  boxes.forEach((a, i) => boxes.forEach((b, j) => {
    if (i < j && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) out.push(`overlap ${i}/${j}`);
  }));
  input.edges.forEach(([s, t], e) => {
    const points = layout.edges[e]!;
    const first = points[0]!;
    const last = points[points.length - 1]!;
    if (first.y !== boxes[s]!.y + boxes[s]!.height || first.x < boxes[s]!.x || first.x > boxes[s]!.x + boxes[s]!.width) out.push(`edge ${e} leaves off its source`);
    if (last.y !== boxes[t]!.y || last.x < boxes[t]!.x || last.x > boxes[t]!.x + boxes[t]!.width) out.push(`edge ${e} arrives off its target`);
    for (let k = 1; k < points.length; k += 1) {
      const a = points[k - 1]!;
      const b = points[k]!;
      if (a.x !== b.x && a.y !== b.y) out.push(`edge ${e} has a slanted run`);
      for (let step = 0; step <= 20; step += 1) {
        const x = a.x + ((b.x - a.x) * step) / 20;
        const y = a.y + ((b.y - a.y) * step) / 20;
        boxes.forEach((box, i) => {
          if (x > box.x + 0.5 && x < box.x + box.width - 0.5 && y > box.y + 0.5 && y < box.y + box.height - 0.5) out.push(`edge ${e} runs through node ${i}`);
        });
      }
    }
  });
  return [...new Set(out)];
}

describe('layeredLayout', () => {
  it('lays a Choice fan-out out in rule order with the join centred below', () => {
    const input = shape([state, state, state, state, state], [[0, 1], [0, 2], [0, 3], [1, 4], [2, 4], [3, 4]]);
    const layout = layeredLayout(input)!;
    const [choice, a, b, c, join] = layout.nodes;
    expect(a!.y).toBe(b!.y);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(choice!.y).toBeLessThan(a!.y);
    expect(join!.y).toBeGreaterThan(a!.y);
    expect(join!.x).toBeCloseTo(choice!.x, 5);
    expect(problems(input, layout)).toEqual([]);
  });

  it('routes a Catch that skips a state around it, through its own slot', () => {
    // Task → Next → After, Task -catch-> Fallback → After.
    const input = shape([state, state, state, state, state], [[0, 1], [1, 2], [2, 4], [0, 3], [1, 3], [3, 4]]);
    const layout = layeredLayout(input)!;
    expect(layout.edges[3]!.length).toBeGreaterThan(2);
    expect(problems(input, layout)).toEqual([]);
  });

  it('draws a straight chain straight', () => {
    const input = shape([marker, state, state, marker], [[0, 1], [1, 2], [2, 3]]);
    const layout = layeredLayout(input)!;
    for (const points of layout.edges) expect(points).toHaveLength(2);
    expect(problems(input, layout)).toEqual([]);
  });

  it('leaves loops, several sources or sinks, and large graphs to ELK', () => {
    expect(layeredLayout(shape([state, state, state], [[0, 1], [1, 0], [1, 2]]))).toBeUndefined();
    expect(layeredLayout(shape([state, state, state], [[0, 2]]))).toBeUndefined();
    expect(layeredLayout(shape([state, state, state], [[0, 1], [0, 2]]))).toBeUndefined();
    const many = Array.from({ length: 60 }, () => state);
    expect(layeredLayout(shape(many, many.slice(1).map((_, i) => [i, i + 1])))).toBeUndefined();
  });

  it('never routes an edge through a node, on any loop-free graph with one source and one sink', () => {
    // Random DAGs: node i links forward to a few later nodes; every node reaches the sink and is
    // reached from the source (extra edges added where needed).
    const dag = fc.integer({ min: 3, max: 14 }).chain((n) => fc.tuple(
      fc.constant(n),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    ));
    fc.assert(fc.property(dag, ([n, pairs, small]) => {
      const edges = new Map<string, [number, number]>();
      const add = (s: number, t: number) => edges.set(`${s}>${t}`, [s, t]);
      for (const [a, b] of pairs) if (a !== b) add(Math.min(a, b), Math.max(a, b));
      for (let i = 1; i < n; i += 1) if (![...edges.values()].some(([, t]) => t === i)) add(i - 1, i);
      for (let i = 0; i < n - 1; i += 1) if (![...edges.values()].some(([s]) => s === i)) add(i, n - 1);
      const sizes = small.map((m, i) => (m || i === 0 || i === n - 1 ? marker : state));
      const input = shape(sizes, [...edges.values()]);
      const layout = layeredLayout(input);
      expect(layout).toBeDefined();
      expect(problems(input, layout!)).toEqual([]);
    }), { seed: 20240517, numRuns: 300 });
  });
});
