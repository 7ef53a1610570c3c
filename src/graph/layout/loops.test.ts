import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph } from '../aslToGraph';
import { LayoutEngine } from './engine';
import { layeredLayout } from './layered';
import { acyclic, backEdges, restoreBackEdges } from './backEdges';
import { layoutWithElk, type ShapeInput, type ShapeLayout } from './shapes';
import type { ElkLike, GraphLayout } from './types';
import type { StateMachine } from '../../asl/types';

const elk = new ELK() as unknown as ElkLike;
const LAMBDA = 'arn:aws:states:::lambda:invoke';

/** Task → Wait → Check (Choice) → back to Task, or Done. */
const POLLING: StateMachine = {
  StartAt: 'Start job',
  States: {
    'Start job': { Type: 'Task', Resource: LAMBDA, Next: 'Wait' },
    Wait: { Type: 'Wait', Seconds: 5, Next: 'Check' },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Done' }], Default: 'Start job' },
    Done: { Type: 'Succeed' },
  },
};

const centreY = (layout: GraphLayout, id: string) => {
  const box = layout.nodes.get(id)!;
  return box.y + box.height / 2;
};

/** Edges whose end lies above their start. */
const upward = (layout: GraphLayout) => [...layout.edges.entries()].filter(([, p]) => p.at(-1)!.y < p[0]!.y).map(([id]) => id);

function expectTopToBottom(layout: GraphLayout) {
  const order = ['#start', 'Start job', 'Wait', 'Check', 'Done', '#end'].map((id) => centreY(layout, id));
  for (let i = 1; i < order.length; i += 1) expect(order[i]).toBeGreaterThan(order[i - 1]!);
  const up = upward(layout);
  expect(up).toHaveLength(1);
  expect(up[0]).toMatch(/^Check->default:/);
}

describe('loops read top to bottom with one back edge', () => {
  it('in the small layered layout (no ELK)', () => {
    const graph = aslToGraph(POLLING);
    const layout = new LayoutEngine(() => Promise.reject(new Error('ELK is not needed'))).layoutNow(graph);
    expect(layout).toBeDefined();
    expectTopToBottom(layout!);
  });

  it('with ELK', async () => {
    const graph = aslToGraph(POLLING);
    const scope = graph.scopeById.get('')!;
    const index = new Map(scope.nodeIds.map((id, i) => [id, i]));
    const shape: ShapeInput = {
      sizes: scope.nodeIds.map(() => ({ width: 200, height: 48 })),
      constraints: scope.nodeIds.map((id) => (id === '#start' ? 'FIRST' : id === '#end' ? 'LAST' : undefined)),
      edges: scope.edgeIds.map((id) => {
        const edge = graph.edgeById.get(id)!;
        return [index.get(edge.source)!, index.get(edge.target)!] as const;
      }),
    };
    const result: ShapeLayout = await layoutWithElk(elk, shape);
    const y = (id: string) => result.nodes[index.get(id)!]!.y;
    const order = ['#start', 'Start job', 'Wait', 'Check', 'Done', '#end'].map(y);
    for (let i = 1; i < order.length; i += 1) expect(order[i]).toBeGreaterThan(order[i - 1]!);
    const up = result.edges.flatMap((p, i) => (p && p.at(-1)!.y < p[0]!.y ? [scope.edgeIds[i]] : []));
    expect(up).toEqual([scope.edgeIds.find((id) => id.startsWith('Check->default:'))]);
  });

  it('the back edge is the one closing the loop, found from Start in document order', () => {
    const shape: ShapeInput = { sizes: [0, 1, 2, 3].map(() => ({ width: 10, height: 10 })), constraints: ['FIRST', undefined, undefined, 'LAST'], edges: [[0, 1], [1, 2], [2, 1], [2, 3]] };
    const back = backEdges(shape);
    expect([...back]).toEqual([2]);
    const laid = layeredLayout(acyclic(shape, back))!;
    const restored = restoreBackEdges(laid, shape, back);
    expect(restored.edges[2]![0]).toEqual(laid.edges[2]!.at(-1));
  });
});
