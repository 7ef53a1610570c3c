/** The coverage overlay on Parallel branches and Map item processors: their group boxes say covered or not. */
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph, LayoutEngine, type ElkLike } from '../../graph';
import type { StateMachine } from '../../asl/types';
import { startExecution } from '../../interpreter';
import { coverageOf } from '../../run/coverage';
import { uncoveredIds } from '../tests/testsActions';
import { FlowBuilder } from './buildFlow';
import type { GroupFlowNode } from './flowTypes';

const DEFINITION: StateMachine = {
  StartAt: 'Route',
  States: {
    Route: { Type: 'Choice', Choices: [{ Variable: '$.fan', BooleanEquals: true, Next: 'Fan' }], Default: 'Each' },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'Left', States: { Left: { Type: 'Pass', End: true } } },
        { StartAt: 'Right', States: { Right: { Type: 'Pass', End: true } } },
      ],
      End: true,
    },
    Each: { Type: 'Map', ItemsPath: '$.items', ItemProcessor: { StartAt: 'Work', States: { Work: { Type: 'Pass', End: true } } }, End: true },
  },
};

async function groupCoverage(inputs: unknown[]): Promise<Record<string, string | undefined>> {
  const histories = [];
  for (const input of inputs) histories.push((await startExecution(DEFINITION, input).result).events);
  const uncovered = uncoveredIds(coverageOf(DEFINITION, histories));
  const graph = aslToGraph(DEFINITION);
  const elk = new ELK() as unknown as ElkLike;
  const layout = await new LayoutEngine(async () => elk).layout(graph);
  const { nodes } = new FlowBuilder().build(graph, layout, { diagnostics: new Map(), runView: null, selection: new Set(), editable: true, uncovered });
  const groups = nodes.filter((n): n is GroupFlowNode => n.type === 'group');
  return Object.fromEntries(groups.map((g) => [g.id, g.data.coverage]));
}

describe('coverage overlay on branches and item processors', () => {
  it('a run through the Map only: its processor is covered, both Parallel branches are not', async () => {
    expect(await groupCoverage([{ fan: false, items: [1] }])).toEqual({ 'Fan/0': 'uncovered', 'Fan/1': 'uncovered', 'Each/0': 'covered' });
  });

  it('a Map over no items never runs its processor; a Parallel run covers both branches', async () => {
    expect(await groupCoverage([{ fan: false, items: [] }, { fan: true }])).toEqual({ 'Fan/0': 'covered', 'Fan/1': 'covered', 'Each/0': 'uncovered' });
  });

  it('without the overlay the groups carry no coverage', async () => {
    const graph = aslToGraph(DEFINITION);
    const layout = await new LayoutEngine(async () => new ELK() as unknown as ElkLike).layout(graph);
    const { nodes } = new FlowBuilder().build(graph, layout, { diagnostics: new Map(), runView: null, selection: new Set(), editable: true });
    expect(nodes.filter((n) => n.type === 'group').map((n) => (n as GroupFlowNode).data.coverage)).toEqual([undefined, undefined, undefined]);
  });
});
