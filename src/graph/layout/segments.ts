/**
 * Splits a scope at its cut states: states every path from Start to End passes through, with no
 * transition jumping over them or looping back across them. Between two consecutive cuts lies a
 * segment (a Choice fan-out and its join, a Task and its Catch fallback…) that can be laid out on
 * its own and stacked under the previous one, sharing the cut state. A long workflow is mostly a
 * sequence of small segments, so this replaces one large ELK run by a few small ones.
 */
import type { GraphScope, WorkflowGraph } from '../types';

/** One segment: its node ids in document order (`first` and `last` are the cuts around it). */
export interface Segment {
  first: string;
  last: string;
  nodeIds: string[];
  edgeIds: string[];
}

/**
 * The segments of a scope from its Start marker to its End marker, or undefined when the scope
 * cannot be split (a state unreachable from Start or never reaching End, or no inner cut at all).
 */
export function splitIntoSegments(graph: WorkflowGraph, scope: GraphScope): Segment[] | undefined {
  const ids = scope.nodeIds;
  if (ids.length < 3) return undefined;
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  const inn: number[][] = ids.map(() => []);
  const edges: [number, number][] = [];
  for (const id of scope.edgeIds) {
    const edge = graph.edgeById.get(id)!;
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) return undefined;
    out[s]!.push(t);
    inn[t]!.push(s);
    edges.push([s, t]);
  }
  const start = 0;
  const end = ids.length - 1;
  const dfs = reversePostorder(out, start);
  if (dfs.length !== ids.length || reachCount(inn, end) !== ids.length) return undefined;
  // Any order with Start first and End last gives valid cuts; reverse postorder finds them all
  // in a loop-free scope (End moved last for scopes whose search ends inside a loop).
  const order = [...dfs.filter((n) => n !== end), end];

  // Position of each node in reverse postorder: with every node between Start and End, a node
  // is a cut exactly when no transition spans its position (see the module comment).
  const pos = new Array<number>(ids.length);
  order.forEach((node, i) => {
    pos[node] = i;
  });
  const cover = new Array<number>(ids.length + 1).fill(0);
  for (const [s, t] of edges) {
    const a = pos[s]!;
    const b = pos[t]!;
    if (a < b) {
      cover[a + 1]! += 1;
      cover[b]! -= 1;
    } else {
      // A loop back (or to itself): nothing it spans, ends included, can be a cut.
      cover[b]! += 1;
      cover[a + 1]! -= 1;
    }
  }
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < order.length; i += 1) {
    depth += cover[i]!;
    if (depth === 0) cuts.push(i);
  }
  if (cuts.length < 3) return undefined;

  // Segment k holds the nodes positioned between cut k and cut k+1; nodes and edges keep document order.
  const cutIndex = new Array<number>(ids.length).fill(-1);
  const segmentOf = new Array<number>(ids.length).fill(-1);
  let k = -1;
  for (let i = 0; i < order.length; i += 1) {
    if (i === cuts[k + 1]) {
      k += 1;
      cutIndex[order[i]!] = k;
    } else {
      segmentOf[order[i]!] = k;
    }
  }
  const segments: Segment[] = [];
  for (let c = 0; c + 1 < cuts.length; c += 1) {
    segments.push({ first: ids[order[cuts[c]!]!]!, last: ids[order[cuts[c + 1]!]!]!, nodeIds: [], edgeIds: [] });
  }
  for (const segment of segments) segment.nodeIds.push(segment.first);
  ids.forEach((id, i) => {
    if (segmentOf[i]! >= 0) segments[segmentOf[i]!]!.nodeIds.push(id);
  });
  for (const segment of segments) segment.nodeIds.push(segment.last);
  scope.edgeIds.forEach((id, e) => {
    const [s, t] = edges[e]!;
    // No edge spans a cut: an edge touching an inner node belongs to that node's segment, and
    // one between two cuts joins cut k to cut k+1.
    const seg = segmentOf[t]! >= 0 ? segmentOf[t]! : segmentOf[s]! >= 0 ? segmentOf[s]! : cutIndex[s]!;
    segments[seg]!.edgeIds.push(id);
  });
  return segments;
}

/** Nodes reachable from `from`, in reverse postorder of a depth-first search (iterative). */
function reversePostorder(out: number[][], from: number): number[] {
  const seen = new Uint8Array(out.length);
  const post: number[] = [];
  const stack: [number, number][] = [[from, 0]];
  seen[from] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const next = out[top[0]]![top[1]];
    if (next === undefined) {
      post.push(top[0]);
      stack.pop();
    } else {
      top[1] += 1;
      if (!seen[next]) {
        seen[next] = 1;
        stack.push([next, 0]);
      }
    }
  }
  return post.reverse();
}

function reachCount(adjacency: number[][], from: number): number {
  const seen = new Uint8Array(adjacency.length);
  const stack = [from];
  seen[from] = 1;
  let count = 1;
  while (stack.length > 0) {
    for (const next of adjacency[stack.pop()!]!) {
      if (!seen[next]) {
        seen[next] = 1;
        count += 1;
        stack.push(next);
      }
    }
  }
  return count;
}
