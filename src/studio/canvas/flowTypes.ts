/** React Flow node and edge types of the canvas. */
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, Point, StateNodeInfo } from '../../graph';
import type { RunNodeStatus } from '../../run/runViewTypes';

export interface StateNodeData extends Record<string, unknown> {
  info: StateNodeInfo;
  /** Worst diagnostic severity and the messages (tooltip). */
  severity?: 'error' | 'warning' | 'info';
  messages?: string;
  run?: RunNodeStatus;
  current?: boolean;
  /** A replay departed from the recorded execution here. */
  diverged?: boolean;
  /** Coverage overlay: no test entered this state / exercised one of its retriers. */
  uncovered?: boolean;
  uncoveredRetry?: boolean;
  /** The next state of the inspector's last Test state of the selected state. */
  testNext?: boolean;
  /** The status of the inspector's last Test state of this (selected) state, in run colours. */
  tested?: RunNodeStatus;
  /** A match of the find box. */
  found?: boolean;
  /** Containers only. */
  collapsed?: boolean;
  editable: boolean;
}

export interface MarkerNodeData extends Record<string, unknown> {
  marker: 'start' | 'end';
  run?: RunNodeStatus;
}

export interface GroupNodeData extends Record<string, unknown> {
  label: string;
  /** The Map processor group is drawn without its own frame. */
  map: boolean;
  empty: boolean;
  /** Coverage overlay: whether any test ran in this Parallel branch / Map item processor. */
  coverage?: 'covered' | 'uncovered';
}

export type StateFlowNode = Node<StateNodeData, 'state' | 'container'>;
export type MarkerFlowNode = Node<MarkerNodeData, 'marker'>;
export type GroupFlowNode = Node<GroupNodeData, 'group'>;
export type FlowNode = StateFlowNode | MarkerFlowNode | GroupFlowNode;

export interface StateEdgeData extends Record<string, unknown> {
  points: Point[];
  kind: EdgeKind;
  label?: string;
  /** Where the label's centre goes (placed off other labels, nodes and edges). */
  labelAt?: Point;
  /** The label's stacking level: above the edges of its scope, below its nodes. */
  labelZ?: number;
  title?: string;
  taken?: boolean;
  /** The edge has the keyboard focus (its label shows the focus ring). */
  focused?: boolean;
}
export type FlowEdge = Edge<StateEdgeData, 'state'>;
