/**
 * The graph model of a definition: what the canvas draws, before layout. Pure data, derived
 * from the document (never stored). Node ids are encoded StatePaths (see asl/paths.ts).
 */
import type { ScopePath } from '../asl/paths';
import type { StatePath, StateType } from '../asl/types';

/** How one state is reached from another (or from the scope's Start marker). */
export type EdgeKind = 'start' | 'next' | 'choice' | 'default' | 'catch' | 'end';

/**
 * An edge as an ASL edit addresses it (`asl/edits` InsertPoint `{ kind: 'edge', edge }`).
 * `source` is null for a scope's start edge. `end` edges (a state that ends its scope) have no
 * ASL counterpart: inserting there means "after the source state".
 */
export interface EdgeRef {
  source: StatePath | null;
  scope: ScopePath;
  kind: Exclude<EdgeKind, 'end'>;
  index?: number;
}

export type GraphNodeKind = 'state' | 'start' | 'end' | 'group';

export interface GraphNode {
  /** Encoded StatePath for states; `<scopeId>#start` / `<scopeId>#end` for markers; the scope id for groups. */
  id: string;
  kind: GraphNodeKind;
  /** Scope the node is laid out in (a group belongs to its container's scope + branch). */
  scope: ScopePath;
  /** Id of the group node that contains this node, or undefined at the top level. */
  parent?: string;
  /** Nesting depth of `scope` (top level 0). */
  depth: number;
  /** State nodes only. */
  state?: StateNodeInfo;
  /** Group nodes only: the branch index in their container (Map processor: 0). */
  branch?: number;
}

export interface StateNodeInfo {
  path: StatePath;
  name: string;
  type: StateType;
  /** Icon key: the catalog entry's for Tasks (`lambda`, `dynamodb`…), else the state type. */
  icon: string;
  /** `Lambda: Invoke` for Tasks, `Parallel · 3 branches`, `Map`, `Wait 10 s`, … */
  subtitle: string;
  /** Parallel and Map. */
  container: boolean;
  /** Group node ids of a container (one per branch; a Map has one). */
  groups: string[];
  /** Number of states nested inside (any depth) for containers. */
  innerCount: number;
  isStart: boolean;
  /** Catch and Retry present (badges). */
  hasRetry: boolean;
  hasCatch: boolean;
  /** Distributed Map. */
  distributed: boolean;
  /** Query language in effect for the state (inherits the machine's). */
  queryLanguage: 'JSONPath' | 'JSONata';
}

export interface GraphEdge {
  /** Stable id, see `edgeIdFor`. */
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  index: number;
  scope: ScopePath;
  /** Rule text for `choice`, error names for `catch`, `Default` for default edges. */
  label?: string;
  /** Full label before shortening (tooltips). */
  title?: string;
  /** ASL address of the edge (insertion on drop); undefined for `end` edges. */
  ref?: EdgeRef;
}

/** One nesting level (the top level, a Parallel branch or a Map processor). */
export interface GraphScope {
  /** Encoded ScopePath (`''` at the top level, `P/1` for branch 1 of P). */
  id: string;
  path: ScopePath;
  depth: number;
  /** Node ids laid out in this scope, in document order (markers first/last). */
  nodeIds: string[];
  edgeIds: string[];
  /** True when the scope has no states (a drop target still marks its start). */
  empty: boolean;
}

export interface WorkflowGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  scopes: GraphScope[];
  nodeById: Map<string, GraphNode>;
  edgeById: Map<string, GraphEdge>;
  scopeById: Map<string, GraphScope>;
}
