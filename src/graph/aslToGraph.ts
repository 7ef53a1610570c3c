/**
 * definition → graph: one node per state, a group node per Parallel branch / Map processor,
 * Start and End markers per scope, and an edge per transition (Next, Choice rule, Default,
 * Catch, End). Pure and memoised per definition object (definitions are immutable).
 */
import { childScopes, type ScopePath } from '../asl/paths';
import type { State, StateMachine, StatesScope } from '../asl/types';
import { childIdFor, edgeIdFor, endIdFor, scopeIdFor, startIdFor } from './ids';
import { findIntegration } from '../catalog/lookup';
import { describeRule, shorten, subtitleOf } from './labels';
import type { EdgeKind, EdgeRef, GraphEdge, GraphNode, GraphScope, StateNodeInfo, WorkflowGraph } from './types';

const cache = new WeakMap<StateMachine, WorkflowGraph>();

/** The graph of a definition (memoised: the same definition object gives the same graph). */
export function aslToGraph(definition: StateMachine): WorkflowGraph {
  let graph = cache.get(definition);
  if (!graph) {
    graph = buildGraph(definition);
    cache.set(definition, graph);
  }
  return graph;
}

function buildGraph(definition: StateMachine): WorkflowGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const scopes: GraphScope[] = [];

  /** Visits a scope and returns how many states it holds, nested ones included. */
  const visitScope = (scope: StatesScope, path: ScopePath, parent: string | undefined, inheritedQl: 'JSONPath' | 'JSONata'): number => {
    const depth = path.length / 2;
    const scopeId = scopeIdFor(path);
    const graphScope: GraphScope = { id: scopeId, path, depth, nodeIds: [], edgeIds: [], empty: true };
    scopes.push(graphScope);
    const startId = startIdFor(scopeId);
    const endId = endIdFor(scopeId);
    const addNode = (node: GraphNode) => {
      nodes.push(node);
      graphScope.nodeIds.push(node.id);
    };
    const edgeIds = new Set<string>();
    const addEdge = (source: string, target: string, kind: EdgeKind, index: number, extra: Partial<GraphEdge> = {}) => {
      const id = edgeIdFor(source, kind, index, target);
      if (edgeIds.has(id)) return;
      edgeIds.add(id);
      edges.push({ id, source, target, kind, index, scope: path, ...extra });
      graphScope.edgeIds.push(id);
    };
    const withParent = parent === undefined ? {} : { parent };
    addNode({ id: startId, kind: 'start', scope: path, depth, ...withParent });

    const states: Record<string, State> = scope.States && typeof scope.States === 'object' ? scope.States : {};
    const names = Object.keys(states).filter((name) => states[name] && typeof states[name] === 'object' && typeof states[name].Type === 'string');
    const ids = new Map<string, string>();
    const idOf = (name: string) => {
      let id = ids.get(name);
      if (id === undefined) {
        id = childIdFor(scopeId, name);
        ids.set(name, id);
      }
      return id;
    };
    const nameSet = new Set(names);
    const exists = (name: unknown): name is string => typeof name === 'string' && nameSet.has(name);
    graphScope.empty = names.length === 0;

    if (exists(scope.StartAt)) {
      addEdge(startId, idOf(scope.StartAt), 'start', 0, { ref: { source: null, scope: path, kind: 'start' } });
    }

    const containers: { name: string; state: State; ql: 'JSONPath' | 'JSONata'; info: StateNodeInfo }[] = [];
    for (const name of names) {
      const state = states[name]!;
      const statePath = [...path, name];
      const id = idOf(name);
      const ql = state.QueryLanguage ?? inheritedQl;
      const children = childScopes(state);
      const container = state.Type === 'Parallel' || state.Type === 'Map';
      const info: StateNodeInfo = {
        path: statePath, name, type: state.Type, subtitle: subtitleOf(state), container,
        icon: state.Type === 'Task' ? findIntegration(state.Resource)?.icon ?? 'Task' : state.Type,
        groups: children.map((_, i) => childIdFor(id, i)),
        innerCount: 0, // set once the nested scopes are visited
        isStart: scope.StartAt === name,
        hasRetry: Array.isArray((state as { Retry?: unknown }).Retry) && ((state as { Retry: unknown[] }).Retry.length > 0),
        hasCatch: Array.isArray((state as { Catch?: unknown }).Catch) && ((state as { Catch: unknown[] }).Catch.length > 0),
        distributed: state.Type === 'Map' && state.ItemProcessor?.ProcessorConfig?.Mode === 'DISTRIBUTED',
        queryLanguage: ql,
      };
      addNode({ id, kind: 'state', scope: path, depth, ...withParent, state: info });
      if (container) containers.push({ name, state, ql, info });
      addStateEdges(state, statePath, id, (target) => (exists(target) ? idOf(target) : undefined), endId, path, addEdge);
    }
    addNode({ id: endId, kind: 'end', scope: path, depth, ...withParent });

    let total = names.length;
    for (const { name, state, ql, info } of containers) {
      const statePath = [...path, name];
      const stateId = idOf(name);
      childScopes(state).forEach((child, index) => {
        const childPath = [...statePath, index];
        const groupId = info.groups[index]!;
        nodes.push({ id: groupId, kind: 'group', scope: childPath, depth: depth + 1, parent: stateId, branch: index });
        if (child && typeof child === 'object') info.innerCount += visitScope(child, childPath, groupId, ql);
      });
      total += info.innerCount;
    }
    return total;
  };

  visitScope(definition, [], undefined, definition.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath');
  return {
    nodes, edges, scopes,
    nodeById: new Map(nodes.map((n) => [n.id, n])),
    edgeById: new Map(edges.map((e) => [e.id, e])),
    scopeById: new Map(scopes.map((s) => [s.id, s])),
  };
}

type AddEdge = (source: string, target: string, kind: EdgeKind, index: number, extra?: Partial<GraphEdge>) => void;

function addStateEdges(state: State, statePath: ScopePath, id: string, target: (name: unknown) => string | undefined, endId: string, scope: ScopePath, addEdge: AddEdge): void {
  const ref = (kind: EdgeRef['kind'], index?: number): EdgeRef => ({ source: statePath, scope, kind, ...(index === undefined ? {} : { index }) });
  if (state.Type === 'Choice') {
    (Array.isArray(state.Choices) ? state.Choices : []).forEach((rule, index) => {
      const to = rule && typeof rule === 'object' ? target(rule.Next) : undefined;
      if (!to) return;
      const full = describeRule(rule);
      addEdge(id, to, 'choice', index, { label: shorten(full), title: full, ref: ref('choice', index) });
    });
    const to = target(state.Default);
    if (to) addEdge(id, to, 'default', 0, { label: 'Default', title: 'Default rule', ref: ref('default') });
  } else if (state.Type === 'Succeed' || state.Type === 'Fail') {
    addEdge(id, endId, 'end', 0);
  } else {
    const to = target(state.Next);
    if (to) addEdge(id, to, 'next', 0, { ref: ref('next') });
    else if (state.End === true) addEdge(id, endId, 'end', 0);
  }
  const catchers = (state as { Catch?: unknown }).Catch;
  if (Array.isArray(catchers)) {
    catchers.forEach((catcher: { ErrorEquals?: unknown; Next?: unknown } | null, index) => {
      const to = catcher && typeof catcher === 'object' ? target(catcher.Next) : undefined;
      if (!to) return;
      const errors = Array.isArray(catcher!.ErrorEquals) ? catcher!.ErrorEquals.map(String).join(', ') : '';
      addEdge(id, to, 'catch', index, { label: shorten(errors), title: `Catch ${errors}`, ref: ref('catch', index) });
    });
  }
}
