/**
 * Layouts keyed by shape: a graph's node sizes, layer constraints and edges by position, with
 * the ids left out. A long workflow repeats a few shapes (a Task with its Catch fallback, a
 * Choice fan-out and its join) many times; each distinct shape is laid out once and reused —
 * by the small layered layout in this thread when it takes the shape on, else by ELK.
 */
import { LARGE_SCOPE, LARGE_SCOPE_OPTIONS, SCOPE_LAYOUT_OPTIONS } from './elkOptions';
import { acyclic, backEdges, restoreBackEdges } from './backEdges';
import { layeredLayout } from './layered';
import type { LabelSize } from './labelSize';
import type { Box, ElkLike, ElkNodeIn, ElkNodeOut, Point } from './types';

export type LayerConstraint = 'FIRST' | 'LAST';

/** A graph to lay out, by position: `edges` are [source index, target index] pairs. */
export interface ShapeInput {
  sizes: readonly { width: number; height: number }[];
  constraints: readonly (LayerConstraint | undefined)[];
  edges: readonly (readonly [number, number])[];
  /** Per edge, the size of its label (room is kept for it beside no other edge or node). */
  labels?: readonly (LabelSize | undefined)[];
  /** Edges reversed to break a loop (set by `acyclic`): their label belongs next to their real source. */
  reversed?: ReadonlySet<number>;
}

/** The layout of a shape: a box per node and a polyline per edge, by position. */
export interface ShapeLayout {
  width: number;
  height: number;
  nodes: Box[];
  edges: (Point[] | undefined)[];
  /** Per edge, the box kept for its label (on the edge's route), when it has one. */
  labels?: (Box | undefined)[];
}

/** Most shapes kept (a shape is small: a few boxes and polylines). */
const SHAPE_LIMIT = 4000;

export class ShapeCache {
  private readonly done = new Map<string, ShapeLayout>();
  private readonly pending = new Map<string, Promise<ShapeLayout>>();
  /** ELK runs started (the rest were served from the cache or the layered layout). */
  runs = 0;

  constructor(private readonly elk: () => Promise<ElkLike>) {}

  /** The shape's layout when it is known or the small layered layout takes it on; else undefined. */
  now(shape: ShapeInput): ShapeLayout | undefined {
    const key = shapeKey(shape);
    let result = this.done.get(key);
    if (!result) {
      const back = backEdges(shape);
      const laid = layeredLayout(acyclic(shape, back));
      result = laid && restoreBackEdges(laid, shape, back);
      if (result) this.keep(key, result);
    }
    return result;
  }

  /** The shape's layout, with ELK when needed (one run per distinct shape). Rejects when ELK fails. */
  layout(shape: ShapeInput): Promise<ShapeLayout> {
    const known = this.now(shape);
    if (known) return Promise.resolve(known);
    const key = shapeKey(shape);
    let result = this.pending.get(key);
    if (!result) {
      this.runs += 1;
      result = this.run(shape).then(
        (layout) => {
          this.pending.delete(key);
          this.keep(key, layout);
          return layout;
        },
        (error: unknown) => {
          // A failed run is not kept: the next layout tries again.
          this.pending.delete(key);
          throw error;
        },
      );
      this.pending.set(key, result);
    }
    return result;
  }

  private keep(key: string, layout: ShapeLayout): void {
    this.done.set(key, layout);
    if (this.done.size > SHAPE_LIMIT) this.done.delete(this.done.keys().next().value!);
  }

  private async run(shape: ShapeInput): Promise<ShapeLayout> {
    return layoutWithElk(await this.elk(), shape);
  }
}

/**
 * An edge label is a box on its edge's route (the edge runs through it, as the canvas draws it);
 * ELK ignores a label without text, so it gets a stand-in (ELK does not measure text).
 */
const LABEL_OPTIONS = { 'elk.edgeLabels.placement': 'CENTER', 'elk.edgeLabels.inline': 'true' };

/** One ELK run for a shape (loops drawn with their back edges upwards, as the layered layout does). */
export async function layoutWithElk(elk: ElkLike, original: ShapeInput): Promise<ShapeLayout> {
  // ELK breaks cycles its own way (often turning the loop's entry upside down): give it none.
  const back = backEdges(original);
  const shape = acyclic(original, back);
  const large = shape.sizes.length >= LARGE_SCOPE;
  const input: ElkNodeIn = {
    id: 'shape',
    layoutOptions: large ? { ...SCOPE_LAYOUT_OPTIONS, ...LARGE_SCOPE_OPTIONS } : SCOPE_LAYOUT_OPTIONS,
    children: shape.sizes.map((size, i) => {
      const constraint = shape.constraints[i];
      return { id: `n${i}`, width: size.width, height: size.height, ...(constraint ? { layoutOptions: { 'elk.layered.layering.layerConstraint': constraint } } : {}) };
    }),
    edges: shape.edges.map(([s, t], i) => {
      const label = shape.labels?.[i];
      return { id: `e${i}`, sources: [`n${s}`], targets: [`n${t}`], ...(label ? { labels: [{ id: `l${i}`, text: 'label', width: label.width, height: label.height, layoutOptions: LABEL_OPTIONS }] } : {}) };
    }),
  };
  return restoreBackEdges(fromElk(await elk.layout(input), shape), original, back);
}

function shapeKey(shape: ShapeInput): string {
  const nodes = shape.sizes.map((s, i) => `${s.width}x${s.height}${shape.constraints[i] ?? ''}`).join(',');
  return `${nodes}|${shape.edges.map(([s, t], i) => {
    const label = shape.labels?.[i];
    return label ? `${s}>${t}:${label.width}x${label.height}` : `${s}>${t}`;
  }).join(',')}`;
}

function fromElk(out: ElkNodeOut, shape: ShapeInput): ShapeLayout {
  const nodes: Box[] = shape.sizes.map((size) => ({ x: 0, y: 0, ...size }));
  for (const child of out.children ?? []) {
    const i = Number(child.id.slice(1));
    nodes[i] = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? nodes[i]!.width, height: child.height ?? nodes[i]!.height };
  }
  const edges: (Point[] | undefined)[] = shape.edges.map(() => undefined);
  const labels: (Box | undefined)[] = shape.edges.map(() => undefined);
  for (const edge of out.edges ?? []) {
    const i = Number(edge.id.slice(1));
    const section = edge.sections?.[0];
    if (section) edges[i] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    const label = edge.labels?.[0];
    const size = shape.labels?.[i];
    if (label && size) labels[i] = { x: label.x ?? 0, y: label.y ?? 0, width: size.width, height: size.height };
  }
  return { width: out.width ?? 0, height: out.height ?? 0, nodes, edges, labels };
}
