/**
 * Layout engine: lays out each scope (top level, Parallel branch, Map processor) on its own,
 * deepest scopes first, then composes them. Transitions never cross scopes in ASL, so the
 * composition is exact, and a per-scope cache means editing one branch re-lays out only that
 * branch and its ancestors; unchanged scopes keep their positions.
 *
 * A scope is a chain (stacked directly), or a sequence of segments (each laid out by the small
 * layered layout in this thread, or by elkjs in its worker), or else laid out whole; ELK results
 * are shared by every segment or scope of the same shape.
 */
import type { GraphNode, GraphScope, WorkflowGraph } from '../types';
import { chainLayout, chainOrder } from './chainLayout';
import { edgeLabelRoom } from './labelSize';
import { segmentShape, stackSegments, straightLabel, straightSegment } from './segmentLayout';
import { splitIntoSegments } from './segments';
import { ShapeCache, type ShapeInput, type ShapeLayout } from './shapes';
import {
  BRANCH_GAP, COLLAPSED_HEIGHT, COLLAPSED_WIDTH, CONTAINER_HEADER, CONTAINER_PADDING, GROUP_PADDING, MARKER_HEIGHT,
  MARKER_WIDTH, NEW_BRANCH_SLOT, STATE_HEIGHT, STATE_WIDTH,
} from './sizes';
import { isCollapsed, layoutKeyOf, scopeStructure, visibleScopes, type CollapseOverrides } from './structure';
import type { Box, ElkLike, GraphLayout, Point, ScopeLayout } from './types';

export interface LayoutOptions {
  overrides?: CollapseOverrides;
  threshold?: number;
}

/** Most scope layouts kept; plenty for undo/redo round trips of a large workflow. */
const CACHE_LIMIT = 2000;

export class LayoutEngine {
  private readonly cache = new Map<string, ScopeLayout>();
  private readonly shapes: ShapeCache;

  /** `elk` is awaited lazily, on the first layout that needs it. */
  constructor(elk: () => Promise<ElkLike>) {
    this.shapes = new ShapeCache(elk);
  }

  /** ELK runs so far (scopes and segments of a shape laid out before are not counted). */
  get elkRuns(): number {
    return this.shapes.runs;
  }

  /**
   * The layout right now, in this thread, when no scope needs ELK (every scope cached, a chain,
   * or made of segments the small layered layout takes on); undefined otherwise.
   */
  layoutNow(graph: WorkflowGraph, options: LayoutOptions = {}): GraphLayout | undefined {
    const run = this.start(graph, options);
    for (const level of run.levels) {
      for (const scope of level) {
        const { sizes, key } = run.prepare(scope);
        const result = this.cache.get(key) ?? this.scopeNow(graph, scope, sizes, key);
        if (!result) return undefined;
        run.done(scope, key, result);
      }
    }
    return run.finish();
  }

  /** The layout, with ELK (in its worker) for whatever the fast paths don't cover. */
  async layout(graph: WorkflowGraph, options: LayoutOptions = {}): Promise<GraphLayout> {
    const run = this.start(graph, options);
    for (const level of run.levels) {
      // Scopes of one depth are independent.
      await Promise.all(level.map(async (scope) => {
        const { sizes, key } = run.prepare(scope);
        run.done(scope, key, this.cache.get(key) ?? this.scopeNow(graph, scope, sizes, key) ?? await this.scopeLater(graph, scope, sizes, key));
      }));
    }
    return run.finish();
  }

  /** Bookkeeping of one layout: scopes deepest first, their sizes and keys, then composition. */
  private start(graph: WorkflowGraph, options: LayoutOptions) {
    const overrides = options.overrides ?? new Map<string, boolean>();
    const threshold = options.threshold;
    const scopes = visibleScopes(graph, overrides, threshold);
    const scopeLayouts = new Map<string, ScopeLayout>();
    const sizeOfScope = (id: string) => scopeLayouts.get(id);
    const maxDepth = scopes.reduce((m, s) => Math.max(m, s.depth), 0);
    const levels: GraphScope[][] = [];
    for (let depth = maxDepth; depth >= 0; depth -= 1) levels.push(scopes.filter((s) => s.depth === depth));
    let computed = 0;
    return {
      levels,
      prepare: (scope: GraphScope) => {
        const sizes = scope.nodeIds.map((id) => nodeSize(graph.nodeById.get(id)!, overrides, threshold, sizeOfScope));
        const key = `${scopeStructure(graph, scope, overrides, threshold)}\u0006${sizes.map((s) => `${s.width}x${s.height}`).join(',')}`;
        return { sizes, key };
      },
      done: (scope: GraphScope, key: string, result: ScopeLayout) => {
        if (!this.cache.has(key)) {
          computed += 1;
          this.remember(key, result);
        }
        scopeLayouts.set(scope.id, result);
      },
      finish: (): GraphLayout => {
        const layout = compose(graph, scopeLayouts, overrides, threshold);
        return { ...layout, key: layoutKeyOf(graph, overrides, threshold), computedScopes: computed };
      },
    };
  }

  private remember(key: string, layout: ScopeLayout): void {
    this.cache.set(key, layout);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
  }

  /** A scope laid out without ELK, or undefined when some part of it needs ELK. */
  private scopeNow(graph: WorkflowGraph, scope: GraphScope, sizes: Size[], key: string): ScopeLayout | undefined {
    const order = chainOrder(graph, scope);
    const sizeById = new Map(scope.nodeIds.map((id, i) => [id, sizes[i]!]));
    if (order) return chainLayout(graph, scope, order, sizeById, key);
    const segments = splitIntoSegments(graph, scope);
    if (segments) {
      const laid: ShapeLayout[] = [];
      for (const segment of segments) {
        const shape = segmentShape(graph, segment, sizeById);
        const result = shape === 'straight' ? straightSegment(segment, sizeById, straightLabel(graph, segment)) : this.shapes.now(shape);
        if (!result) return undefined;
        laid.push(result);
      }
      return stackSegments(scope, segments, laid, key);
    }
    const whole = this.shapes.now(scopeShape(graph, scope, sizes));
    return whole && fromShape(scope, whole, key);
  }

  private async scopeLater(graph: WorkflowGraph, scope: GraphScope, sizes: Size[], key: string): Promise<ScopeLayout> {
    const sizeById = new Map(scope.nodeIds.map((id, i) => [id, sizes[i]!]));
    try {
      const segments = splitIntoSegments(graph, scope);
      if (segments) {
        const laid = await Promise.all(segments.map((segment) => {
          const shape = segmentShape(graph, segment, sizeById);
          return shape === 'straight' ? straightSegment(segment, sizeById, straightLabel(graph, segment)) : this.shapes.layout(shape);
        }));
        return stackSegments(scope, segments, laid, key);
      }
      return fromShape(scope, await this.shapes.layout(scopeShape(graph, scope, sizes)), key);
    } catch {
      // A layout failure must never blank the canvas: stack the states instead.
      return stackedLayout(scope, sizes, graph, key);
    }
  }
}

type Size = { width: number; height: number };

/** The whole scope as one shape (Start marker first, End marker last). */
function scopeShape(graph: WorkflowGraph, scope: GraphScope, sizes: Size[]): ShapeInput {
  const index = new Map(scope.nodeIds.map((id, i) => [id, i]));
  return {
    sizes,
    constraints: scope.nodeIds.map((id) => {
      const kind = graph.nodeById.get(id)?.kind;
      return kind === 'start' ? 'FIRST' : kind === 'end' ? 'LAST' : undefined;
    }),
    edges: scope.edgeIds.map((id) => {
      const edge = graph.edgeById.get(id)!;
      return [index.get(edge.source)!, index.get(edge.target)!] as const;
    }),
    labels: scope.edgeIds.map((id) => edgeLabelRoom(graph.edgeById.get(id)!)),
  };
}

function nodeSize(node: GraphNode, overrides: CollapseOverrides, threshold: number | undefined, scopeLayout: (id: string) => ScopeLayout | undefined): { width: number; height: number } {
  if (node.kind === 'start' || node.kind === 'end') return { width: MARKER_WIDTH, height: MARKER_HEIGHT };
  const info = node.state;
  if (!info?.container) return { width: STATE_WIDTH, height: STATE_HEIGHT };
  if (isCollapsed(node, overrides, threshold)) return { width: COLLAPSED_WIDTH, height: COLLAPSED_HEIGHT };
  return containerSize(info.type === 'Parallel', info.groups.map((g) => groupSize(scopeLayout(g))));
}

function groupSize(layout: ScopeLayout | undefined): { width: number; height: number } {
  return { width: (layout?.width ?? MARKER_WIDTH) + 2 * GROUP_PADDING, height: (layout?.height ?? MARKER_HEIGHT) + 2 * GROUP_PADDING };
}

function containerSize(parallel: boolean, groups: { width: number; height: number }[]): { width: number; height: number } {
  const inner = groups.reduce((w, g) => w + g.width, 0) + BRANCH_GAP * Math.max(0, groups.length - 1);
  const width = Math.max(STATE_WIDTH, 2 * CONTAINER_PADDING + inner + (parallel ? NEW_BRANCH_SLOT : 0));
  const height = CONTAINER_HEADER + groups.reduce((h, g) => Math.max(h, g.height), parallel ? NEW_BRANCH_SLOT : 0) + CONTAINER_PADDING;
  return { width, height };
}

function fromShape(scope: GraphScope, shape: ShapeLayout, key: string): ScopeLayout {
  const nodes: Record<string, Box> = Object.create(null) as Record<string, Box>; // ids may be `__proto__`
  scope.nodeIds.forEach((id, i) => {
    nodes[id] = shape.nodes[i]!;
  });
  const edges: Record<string, Point[]> = Object.create(null) as Record<string, Point[]>; // ids may be `__proto__`
  scope.edgeIds.forEach((id, i) => {
    const points = shape.edges[i];
    if (points) edges[id] = points;
  });
  const labels: Record<string, Box> = Object.create(null) as Record<string, Box>; // ids may be `__proto__`
  scope.edgeIds.forEach((id, i) => {
    const box = shape.labels?.[i];
    if (box) labels[id] = box;
  });
  return { key, width: shape.width, height: shape.height, nodes, edges, labels };
}

function stackedLayout(scope: GraphScope, sizes: { width: number; height: number }[], graph: WorkflowGraph, key: string): ScopeLayout {
  const nodes: Record<string, Box> = Object.create(null) as Record<string, Box>; // ids may be `__proto__`
  let y = 8;
  let width = 0;
  scope.nodeIds.forEach((id, i) => {
    const size = sizes[i]!;
    nodes[id] = { x: 8, y, ...size };
    y += size.height + 40;
    width = Math.max(width, size.width + 16);
  });
  const edges: Record<string, Point[]> = Object.create(null) as Record<string, Point[]>; // ids may be `__proto__`
  for (const id of scope.edgeIds) {
    const edge = graph.edgeById.get(id)!;
    const a = nodes[edge.source];
    const b = nodes[edge.target];
    if (a && b) edges[id] = [{ x: a.x + a.width / 2, y: a.y + a.height }, { x: b.x + b.width / 2, y: b.y }];
  }
  // No room kept for labels: the canvas places them where they collide least.
  return { key, width, height: y, nodes, edges, labels: Object.create(null) as Record<string, Box> };
}

/** Places every visible scope in canvas coordinates, containers around their branches. */
function compose(graph: WorkflowGraph, scopeLayouts: Map<string, ScopeLayout>, overrides: CollapseOverrides, threshold: number | undefined): Omit<GraphLayout, 'key' | 'computedScopes'> {
  const nodes = new Map<string, Box>();
  const edges = new Map<string, Point[]>();
  const labels = new Map<string, Box>();
  const collapsed = new Set<string>();

  const place = (scopeId: string, ox: number, oy: number) => {
    const layout = scopeLayouts.get(scopeId);
    if (!layout) return;
    for (const [id, box] of Object.entries(layout.nodes)) nodes.set(id, { ...box, x: box.x + ox, y: box.y + oy });
    for (const [id, points] of Object.entries(layout.edges)) edges.set(id, points.map((p) => ({ x: p.x + ox, y: p.y + oy })));
    for (const [id, box] of Object.entries(layout.labels)) labels.set(id, { ...box, x: box.x + ox, y: box.y + oy });
    for (const id of Object.keys(layout.nodes)) {
      const node = graph.nodeById.get(id);
      if (!node?.state?.container) continue;
      if (isCollapsed(node, overrides, threshold)) {
        collapsed.add(id);
        continue;
      }
      const box = nodes.get(id)!;
      let x = box.x + CONTAINER_PADDING;
      for (const groupId of node.state.groups) {
        const size = groupSize(scopeLayouts.get(groupId));
        nodes.set(groupId, { x, y: box.y + CONTAINER_HEADER, ...size });
        place(groupId, x + GROUP_PADDING, box.y + CONTAINER_HEADER + GROUP_PADDING);
        x += size.width + BRANCH_GAP;
      }
    }
  };
  place('', 0, 0);
  const top = scopeLayouts.get('');
  return { nodes, edges, labels, collapsed, width: top?.width ?? 0, height: top?.height ?? 0 };
}
