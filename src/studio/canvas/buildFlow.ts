/**
 * graph + layout + decorations (selection, diagnostics, run colours) → React Flow nodes and
 * edges. Objects whose content did not change are reused, so React Flow re-renders only the
 * nodes an edit touched (a field edit on a 1,000-state workflow repaints one node).
 */
import { MarkerType, Position, type NodeHandle } from '@xyflow/react';
import type { Diagnostic } from '../../asl/types';
import type { Box, GraphEdge, GraphLayout, GraphNode, Point, StateNodeInfo, WorkflowGraph } from '../../graph';
import type { RunNodeStatus, RunView } from '../../run/runViewTypes';
import type { FlowEdge, FlowNode, StateEdgeData } from './flowTypes';
import { placeLabels, type LabelRequest } from './edgeLabels';

export interface Decorations {
  diagnostics: Map<string, Diagnostic[]>;
  runView: RunView | null;
  selection: ReadonlySet<string>;
  editable: boolean;
  /** Matches of the find box. */
  found?: ReadonlySet<string>;
  /** Coverage overlay: node and edge ids no test covered (`<node>#retry`: a retrier never exercised). */
  uncovered?: ReadonlySet<string> | null;
  /** The state the inspector's last Test state of the selected state goes to next. */
  testNext?: string | undefined;
  /** The selected state and the status (in run colours) of its last Test state. */
  tested?: { id: string; status: RunNodeStatus } | undefined;
  /** The one state Tab stops on (keyboard users move between states with the arrows from there). */
  tabStop?: string | undefined;
  /** The edge a keyboard user moved to from its state (the only focusable edge). */
  focusEdge?: string | null | undefined;
  /** The edge the keyboard's Move… has chosen to put a state on (drawn like a focused edge). */
  moveTarget?: string | null | undefined;
}

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;

function sameInfo(a: StateNodeInfo, b: StateNodeInfo): boolean {
  return a.name === b.name && a.type === b.type && a.icon === b.icon && a.subtitle === b.subtitle && a.container === b.container && a.innerCount === b.innerCount
    && a.isStart === b.isStart && a.hasRetry === b.hasRetry && a.hasCatch === b.hasCatch && a.distributed === b.distributed
    && a.queryLanguage === b.queryLanguage && a.groups.length === b.groups.length && a.path.join('\u0000') === b.path.join('\u0000');
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (key === 'info' && x && y && sameInfo(x as StateNodeInfo, y as StateNodeInfo)) continue;
    return false;
  }
  return true;
}

function sameNode(a: FlowNode, b: FlowNode): boolean {
  return a.type === b.type && a.position.x === b.position.x && a.position.y === b.position.y && a.width === b.width && a.height === b.height
    && a.selected === b.selected && a.focusable === b.focusable && a.zIndex === b.zIndex && a.className === b.className && sameData(a.data, b.data);
}

function sameEdge(a: FlowEdge, b: FlowEdge): boolean {
  return a.className === b.className && a.zIndex === b.zIndex && a.selected === b.selected && a.focusable === b.focusable && a.ariaLabel === b.ariaLabel && a.data?.points === b.data?.points
    && a.data?.label === b.data?.label && a.data?.labelAt === b.data?.labelAt && a.data?.title === b.data?.title && a.data?.taken === b.data?.taken && a.data?.focused === b.data?.focused;
}

/** A container's title row: edge labels keep off it (the rest of an open container holds its states). */
const CONTAINER_HEADER = 44;

/** What edge labels must not cover: states, markers, container title rows (collapsed: all of it). */
function labelObstacles(graph: WorkflowGraph, layout: GraphLayout): Box[] {
  const out: Box[] = [];
  for (const node of graph.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box || node.kind === 'group') continue;
    if (node.state?.container && !layout.collapsed.has(node.id)) out.push({ ...box, height: Math.min(box.height, CONTAINER_HEADER) });
    else out.push(box);
  }
  return out;
}

/** Side of the (invisible) connection handles, as canvas.css draws them. */
const HANDLE = 4;

/**
 * Where a node's handles are, known before React Flow measures anything: with them, edges are
 * drawn in the same commit as the nodes instead of after a measuring pass. (Edges follow the
 * routes of the layout; handles only tell React Flow the nodes are connectable.)
 */
function handlesOf(width: number, height: number, source: boolean, target: boolean): NodeHandle[] {
  const x = width / 2 - HANDLE / 2;
  const handles: NodeHandle[] = [];
  if (target) handles.push({ type: 'target', position: Position.Top, x, y: -HANDLE / 2, width: HANDLE, height: HANDLE });
  if (source) handles.push({ type: 'source', position: Position.Bottom, x, y: height - HANDLE / 2, width: HANDLE, height: HANDLE });
  return handles;
}

/** What a screen reader says on a focused edge: from where to where, and its rule or error names. */
function edgeAriaLabel(graph: WorkflowGraph, edge: GraphEdge): string {
  const name = (id: string) => graph.nodeById.get(id)?.state?.name ?? (graph.nodeById.get(id)?.kind === 'end' ? 'End' : 'Start');
  const what = edge.kind === 'choice' ? `rule ${edge.title ?? ''}` : edge.kind === 'default' ? 'Default' : edge.kind === 'catch' ? (edge.title ?? 'Catch') : 'Next';
  return `Transition from ${name(edge.source)} to ${name(edge.target)}: ${what}`;
}

export class FlowBuilder {
  private nodes = new Map<string, FlowNode>();
  private edges = new Map<string, FlowEdge>();
  private labels: { layout: GraphLayout | undefined; signature: string; at: Map<string, Point> } = { layout: undefined, signature: '', at: new Map() };

  /** Label spots depend on the layout and the label texts only: placed again when one of them changes. */
  private labelSpots(graph: WorkflowGraph, layout: GraphLayout | undefined): Map<string, Point> {
    if (!layout) return new Map();
    const requests: LabelRequest[] = [];
    const routes: { id: string; points: Point[] }[] = [];
    for (const edge of graph.edges) {
      const points = layout.edges.get(edge.id);
      if (!points) continue;
      routes.push({ id: edge.id, points });
      const room = layout.labels.get(edge.id);
      if (edge.label) requests.push({ id: edge.id, text: edge.label, points, proportional: edge.kind === 'default', ...(room ? { room } : {}) });
    }
    const signature = requests.map((r) => `${r.id}\u0000${r.text}`).join('\u0001');
    if (this.labels.layout === layout && this.labels.signature === signature) return this.labels.at;
    const at = placeLabels(requests, routes, labelObstacles(graph, layout));
    this.labels = { layout, signature, at };
    return at;
  }

  build(graph: WorkflowGraph, layout: GraphLayout | undefined, deco: Decorations): { nodes: FlowNode[]; edges: FlowEdge[] } {
    const nodes: FlowNode[] = [];
    const nextNodes = new Map<string, FlowNode>();
    for (const node of graph.nodes) {
      const box = layout?.nodes.get(node.id);
      if (!box) continue;
      const built = this.node(graph, node, box, layout!, deco);
      const prev = this.nodes.get(node.id);
      const chosen = prev && sameNode(prev, built) ? prev : built;
      nextNodes.set(node.id, chosen);
      nodes.push(chosen);
    }
    this.nodes = nextNodes;

    const taken = new Set(deco.runView?.takenEdges ?? []);
    const spots = this.labelSpots(graph, layout);
    const edges: FlowEdge[] = [];
    const nextEdges = new Map<string, FlowEdge>();
    for (const edge of graph.edges) {
      const points = layout?.edges.get(edge.id);
      if (!points || !nextNodes.has(edge.source) || !nextNodes.has(edge.target)) continue;
      const zIndex = 3 * (edge.scope.length / 2) + 1;
      const labelAt = edge.label ? spots.get(edge.id) : undefined;
      const data: StateEdgeData = { points, kind: edge.kind, ...(edge.label ? { label: edge.label, labelZ: zIndex } : {}), ...(labelAt ? { labelAt } : {}), ...(edge.title ? { title: edge.title } : {}), ...(taken.has(edge.id) ? { taken: true } : {}), ...(edge.id === deco.focusEdge || edge.id === deco.moveTarget ? { focused: true } : {}) };
      const built: FlowEdge = {
        id: edge.id, source: edge.source, target: edge.target, type: 'state', data,
        className: `sf-edge kind-${edge.kind}${taken.has(edge.id) ? ' taken' : ''}${deco.uncovered?.has(edge.id) ? ' uncovered' : ''}${edge.id === deco.moveTarget ? ' move-target' : ''}`,
        zIndex,
        // Arrowheads in the edge's colour; React Flow scales them by the stroke width, so the
        // thicker taken path gets a smaller marker (same size on screen).
        markerEnd: taken.has(edge.id)
          ? { type: MarkerType.ArrowClosed, width: 7, height: 7, color: 'var(--ok)' }
          : { type: MarkerType.ArrowClosed, width: 16, height: 16, color: edge.kind === 'catch' ? 'var(--error)' : 'var(--muted)' },
        selectable: false, focusable: edge.id === deco.focusEdge,
        ariaLabel: edgeAriaLabel(graph, edge),
      };
      const prev = this.edges.get(edge.id);
      const chosen = prev && sameEdge(prev, built) ? prev : built;
      nextEdges.set(edge.id, chosen);
      edges.push(chosen);
    }
    this.edges = nextEdges;
    return { nodes, edges };
  }

  private node(graph: WorkflowGraph, node: GraphNode, box: { x: number; y: number; width: number; height: number }, layout: GraphLayout, deco: Decorations): FlowNode {
    // `measured` too: React Flow only fits (Fit View, Alt+C) and draws in the minimap the nodes it
    // has measured, and it never re-measures a node whose object we replace (nor one it has not
    // rendered yet on a large, virtualised canvas); the layout already knows every size.
    const size = { width: box.width, height: box.height };
    const base = { id: node.id, position: { x: box.x, y: box.y }, ...size, measured: size, draggable: false, connectable: false };
    const run = deco.runView?.statuses[node.id];
    if (node.kind === 'group') {
      const isMap = node.parent !== undefined && graph.nodeById.get(node.parent)?.state?.type === 'Map';
      return {
        ...base, type: 'group', selectable: false, focusable: false, zIndex: 3 * node.depth,
        data: {
          label: isMap ? 'Item processor' : `Branch ${(node.branch ?? 0) + 1}`, map: isMap, empty: graph.scopeById.get(node.id)?.empty ?? false,
          // A group's id is its scope's, the id coverage gives the branch / processor (src/run/coverage).
          ...(deco.uncovered ? { coverage: deco.uncovered.has(node.id) ? 'uncovered' as const : 'covered' as const } : {}),
        },
      };
    }
    if (node.kind === 'start' || node.kind === 'end') {
      return {
        ...base, type: 'marker', selectable: false, focusable: false, zIndex: 3 * node.depth + 2, handles: handlesOf(box.width, box.height, node.kind === 'start', node.kind === 'end'),
        data: { marker: node.kind, ...(run ? { run } : {}) },
      };
    }
    const info = node.state!;
    const diagnostics = deco.diagnostics.get(node.id);
    let severity: 'error' | 'warning' | 'info' | undefined;
    for (const d of diagnostics ?? []) if (!severity || SEVERITY_RANK[d.severity] > SEVERITY_RANK[severity]) severity = d.severity;
    const collapsed = info.container ? layout.collapsed.has(node.id) : undefined;
    return {
      ...base,
      type: info.container ? 'container' : 'state',
      handles: handlesOf(box.width, box.height, true, true),
      selected: deco.selection.has(node.id),
      focusable: node.id === deco.tabStop,
      zIndex: 3 * node.depth + 2,
      data: {
        info,
        editable: deco.editable,
        ...(severity ? { severity, messages: diagnostics!.map((d) => d.message).join('\n') } : {}),
        ...(run ? { run } : {}),
        ...(deco.runView?.current === node.id ? { current: true } : {}),
        ...(deco.runView?.diverged === node.id ? { diverged: true } : {}),
        ...(deco.found?.has(node.id) ? { found: true } : {}),
        ...(deco.uncovered?.has(node.id) ? { uncovered: true } : {}),
        ...(deco.uncovered?.has(`${node.id}#retry`) ? { uncoveredRetry: true } : {}),
        ...(deco.testNext === node.id ? { testNext: true } : {}),
        ...(deco.tested?.id === node.id ? { tested: deco.tested.status } : {}),
        ...(collapsed !== undefined ? { collapsed } : {}),
      },
    };
  }
}
