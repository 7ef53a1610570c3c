/** Layout results: absolute boxes for nodes and polylines for edges. */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One scope laid out in its own coordinates (origin at the scope's top-left). */
export interface ScopeLayout {
  key: string;
  width: number;
  height: number;
  nodes: Record<string, Box>;
  edges: Record<string, Point[]>;
  /** Room kept for edge labels, by edge id (edges without a label, or laid out without room, have none). */
  labels: Record<string, Box>;
}

/** The composed layout of every visible node and edge, in canvas coordinates. */
export interface GraphLayout {
  /** Structural key: equal keys mean equal geometry. */
  key: string;
  nodes: Map<string, Box>;
  edges: Map<string, Point[]>;
  /** The box kept for each edge label, on its edge's route, off every other edge, label and node. */
  labels: Map<string, Box>;
  /** Containers drawn collapsed (their inner nodes are not in `nodes`). */
  collapsed: Set<string>;
  width: number;
  height: number;
  /** Scopes actually laid out by ELK for this result (the rest came from the cache). */
  computedScopes: number;
}

/** The part of elkjs the engine uses (its worker client or its bundled in-thread build). */
export interface ElkNodeIn {
  id: string;
  width?: number;
  height?: number;
  layoutOptions?: Record<string, string>;
  children?: ElkNodeIn[];
  edges?: { id: string; sources: string[]; targets: string[]; labels?: { id: string; text?: string; width: number; height: number; layoutOptions?: Record<string, string> }[] }[];
}
export interface ElkNodeOut {
  id: string;
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  children?: ElkNodeOut[];
  edges?: { id: string; sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[]; labels?: { x?: number; y?: number }[] }[];
}
export interface ElkLike {
  layout(graph: ElkNodeIn): Promise<ElkNodeOut>;
}
