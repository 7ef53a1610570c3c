import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph } from '../aslToGraph';
import { generateDefinition } from '../testing/generate';
import { LayoutEngine } from './engine';
import type { ElkLike } from './types';
import type { StateMachine } from '../../asl/types';
import { STATE_WIDTH } from './sizes';
import { layoutProblems } from '../testing/layoutCheck';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const elk = new ELK() as unknown as ElkLike;

const DEF: StateMachine = {
  StartAt: 'A',
  States: {
    A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }], Next: 'C' },
    C: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'P' }], Default: 'F' },
    P: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'L1', States: { L1: { Type: 'Pass', Next: 'L2' }, L2: { Type: 'Pass', End: true } } },
        { StartAt: 'R1', States: { R1: { Type: 'Pass', End: true } } },
      ],
      End: true,
    },
    F: { Type: 'Fail' },
  },
};

/** A polling loop: Wait → Poll → Done? → back to Wait, or on. */
const LOOP: StateMachine = {
  StartAt: 'Wait',
  States: {
    Wait: { Type: 'Wait', Seconds: 5, Next: 'Poll' },
    Poll: { Type: 'Pass', Next: 'Done?' },
    'Done?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'After' }], Default: 'Wait' },
    After: { Type: 'Succeed' },
  },
};

function counting(): { engine: LayoutEngine; calls: () => number } {
  let calls = 0;
  const wrapped: ElkLike = { layout: (g) => { calls += 1; return elk.layout(g); } };
  return { engine: new LayoutEngine(async () => wrapped), calls: () => calls };
}

describe('LayoutEngine', () => {
  it('lays out top to bottom with containers around their branches', async () => {
    const { engine } = counting();
    const layout = await engine.layout(aslToGraph(DEF));
    const box = (id: string) => layout.nodes.get(id)!;
    expect(box('#start').y).toBeLessThan(box('A').y);
    expect(box('A').y).toBeLessThan(box('C').y);
    expect(box('C').y).toBeLessThan(box('P').y);
    expect(box('P').y).toBeLessThan(box('#end').y);
    for (const inner of ['P/0', 'P/1', 'P/0/L1', 'P/0/L2', 'P/1/R1']) {
      const b = box(inner);
      expect(b.x).toBeGreaterThanOrEqual(box('P').x);
      expect(b.y).toBeGreaterThan(box('P').y);
      expect(b.x + b.width).toBeLessThanOrEqual(box('P').x + box('P').width);
      expect(b.y + b.height).toBeLessThanOrEqual(box('P').y + box('P').height);
    }
    expect(box('P/0').x + box('P/0').width).toBeLessThan(box('P/1').x);
    expect(box('A').width).toBe(STATE_WIDTH);
    expect(layout.edges.get('A->catch:0->F')!.length).toBeGreaterThanOrEqual(2);
    expect(layout.edges.get('P/0/L1->next:0->P/0/L2')).toHaveLength(2);
  });

  it('caches per scope: a field edit computes nothing; editing one branch re-lays out only it and its ancestors', async () => {
    const { engine, calls } = counting();
    const first = await engine.layout(aslToGraph(DEF));
    const afterFirst = calls();
    const fieldEdit = structuredClone(DEF);
    (fieldEdit.States['A'] as { Comment?: string }).Comment = 'x';
    const second = await engine.layout(aslToGraph(fieldEdit));
    expect(second.computedScopes).toBe(0);
    expect(second.key).toBe(first.key);
    expect(calls()).toBe(afterFirst);

    const branchEdit = structuredClone(DEF);
    const branch = (branchEdit.States['P'] as unknown as { Branches: StateMachine[] }).Branches[1]!;
    branch.States['R1'] = { Type: 'Pass', Next: 'R2' };
    branch.States['R2'] = { Type: 'Pass', End: true };
    const third = await engine.layout(aslToGraph(branchEdit));
    // Only the edited branch is laid out again: it keeps the Parallel's size (branch 0 is as tall),
    // so the top level and branch 0 come from the cache and keep their positions.
    expect(third.computedScopes).toBe(1);
    expect(third.nodes.get('A')).toEqual(first.nodes.get('A'));
    expect(third.nodes.get('P/1/R2')!.y).toBeGreaterThan(third.nodes.get('P/1/R1')!.y);
    expect(third.nodes.get('P/0/L1')!.x - third.nodes.get('P/0')!.x).toBe(first.nodes.get('P/0/L1')!.x - first.nodes.get('P/0')!.x);
  });

  it('collapses large containers by default and lays them out on expand', async () => {
    const def = generateDefinition(1000);
    const graph = aslToGraph(def);
    const { engine } = counting();
    const collapsed = await engine.layout(graph);
    expect(collapsed.collapsed.size).toBeGreaterThan(0);
    const container = [...collapsed.collapsed][0]!;
    expect([...collapsed.nodes.keys()].some((id) => id.startsWith(`${container}/`))).toBe(false);
    const expanded = await engine.layout(graph, { overrides: new Map([[container, false]]) });
    expect([...expanded.nodes.keys()].some((id) => id.startsWith(`${container}/`))).toBe(true);
    expect(expanded.key).not.toBe(collapsed.key);
  });

  it('falls back to a stacked layout when ELK fails', async () => {
    const engine = new LayoutEngine(async () => ({ layout: () => Promise.reject(new Error('boom')) }));
    const layout = await engine.layout(aslToGraph(LOOP));
    expect(layout.nodes.get('Wait')!.y).toBeLessThan(layout.nodes.get('Poll')!.y);
    expect(layout.nodes.size).toBeGreaterThan(0);
  });

  it('lays out a generated 200-state workflow with every visible node placed', async () => {
    const graph = aslToGraph(generateDefinition(200));
    const t0 = performance.now();
    const layout = await new LayoutEngine(async () => elk).layout(graph);
    console.log(`layout of 200 states in Node (elk.bundled.js): ${Math.round(performance.now() - t0)} ms`);
    for (const node of graph.nodes) expect(layout.nodes.has(node.id)).toBe(true);
    for (const edge of graph.edges) expect(layout.edges.has(edge.id)).toBe(true);
  });

  it('lays out a long workflow segment by segment in this thread, without ELK', async () => {
    const graph = aslToGraph(generateDefinition(200));
    const { engine, calls } = counting();
    const layout = engine.layoutNow(graph)!;
    expect(layout).toBeDefined();
    expect(calls()).toBe(0);
    const box = (id: string) => layout.nodes.get(id)!;
    expect(box('Step 0.1').y).toBeLessThan(box('Recover 0').y);
    expect(box('Recover 0').y).toBeLessThan(box('Route 1').y);
    expect(box('Route 1').y).toBeLessThan(box('Handle A 1').y);
    // Choice rules left to right in order, Default last.
    expect(box('Handle A 1').x).toBeLessThan(box('Handle B 1').x);
    expect(box('Handle B 1').x).toBeLessThan(box('Handle other 1').x);
    expect(box('Handle A 1').y).toBeLessThan(box('Join 1').y);
    expect(box('#start').y).toBeLessThan(box('Step 0.1').y);
    expect(Math.max(...[...layout.nodes.values()].map((b) => b.y + b.height))).toBeLessThanOrEqual(layout.height);
    expect(layoutProblems(graph, layout)).toEqual({ overlaps: [], crossings: [] });
    expect((await engine.layout(graph)).key).toBe(layout.key);
  });

  it('lays loops out at once (back edges reversed for the layered layout), without ELK', async () => {
    const twoLoops: StateMachine = {
      StartAt: 'First',
      States: {
        First: { Type: 'Parallel', Branches: [structuredClone(LOOP), structuredClone(LOOP)], End: true },
      },
    };
    const graph = aslToGraph(twoLoops);
    const { engine, calls } = counting();
    const layout = engine.layoutNow(graph)!;
    expect(layout).toBeDefined();
    expect(calls()).toBe(0);
    expect(layout.nodes.get('First/0/Poll')!.y - layout.nodes.get('First/0')!.y).toBe(layout.nodes.get('First/1/Poll')!.y - layout.nodes.get('First/1')!.y);
    expect(layoutProblems(graph, layout)).toEqual({ overlaps: [], crossings: [] });
    expect((await engine.layout(graph)).key).toBe(layout.key);
  });

  it('draws every fixture and generated workflow without overlapping nodes or edges through nodes', async () => {
    const dir = join(__dirname, '../../../fixtures/asl');
    const defs: [string, StateMachine][] = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as StateMachine]);
    defs.push(['generated 300', generateDefinition(300, { containerSize: 20 })], ['generated 1000', generateDefinition(1000)]);
    const { engine } = counting();
    for (const [name, def] of defs) {
      const graph = aslToGraph(def);
      // Everything expanded: the nested scopes are checked too.
      const problems = layoutProblems(graph, await engine.layout(graph, { threshold: Infinity }));
      expect({ name, ...problems }).toEqual({ name, overlaps: [], crossings: [] });
    }
  }, 60_000);
});
