/**
 * Loops read top to bottom: the transitions that go back to an earlier state (a polling loop's
 * "not done yet, wait again") are found by a depth-first walk from the scope's Start in document
 * order, and laid out as if reversed, so every other edge points down; the back edge is then
 * drawn upwards along the route of its reversed twin. Both layouts (the small layered one and
 * ELK) get the same acyclic input, so they agree on which edge goes up.
 */
import type { ShapeInput, ShapeLayout } from './shapes';

/** Indices (in `shape.edges`) of the edges that close a loop. */
export function backEdges(shape: ShapeInput): Set<number> {
  const n = shape.sizes.length;
  const out: number[][] = Array.from({ length: n }, () => []);
  const indegree = new Array<number>(n).fill(0);
  shape.edges.forEach(([s, t], i) => {
    out[s]!.push(i);
    indegree[t]! += 1;
  });
  const state = new Array<0 | 1 | 2>(n).fill(0); // unseen, on the walk's path, done
  const back = new Set<number>();
  const walk = (root: number) => {
    // Iterative depth-first walk (a scope may hold hundreds of states).
    const stack: [node: number, next: number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out[top[0]]!;
      if (top[1] >= edges.length) {
        state[top[0]] = 2;
        stack.pop();
        continue;
      }
      const e = edges[top[1]++]!;
      const t = shape.edges[e]![1];
      if (state[t] === 1) back.add(e);
      else if (state[t] === 0) {
        state[t] = 1;
        stack.push([t, 0]);
      }
    }
  };
  const roots = [
    ...shape.constraints.flatMap((c, i) => (c === 'FIRST' ? [i] : [])),
    ...indegree.flatMap((d, i) => (d === 0 ? [i] : [])),
    ...Array.from({ length: n }, (_, i) => i),
  ];
  for (const root of roots) if (state[root] === 0) walk(root);
  return back;
}

/** The shape with its back edges reversed (self-loops stay: they cannot point down). */
export function acyclic(shape: ShapeInput, back: ReadonlySet<number>): ShapeInput {
  if (back.size === 0) return shape;
  return { ...shape, edges: shape.edges.map(([s, t], i) => (back.has(i) && s !== t ? [t, s] as const : [s, t] as const)), reversed: back };
}

/** A layout of the acyclic shape, with the back edges' routes turned round to their real direction. */
export function restoreBackEdges(layout: ShapeLayout, shape: ShapeInput, back: ReadonlySet<number>): ShapeLayout {
  if (back.size === 0) return layout;
  return {
    ...layout,
    edges: layout.edges.map((points, i) => (points && back.has(i) && shape.edges[i]![0] !== shape.edges[i]![1] ? [...points].reverse() : points)),
  };
}
