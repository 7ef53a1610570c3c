import { describe, expect, it } from 'vitest';
import { aslToGraph } from '../aslToGraph';
import type { StateMachine } from '../../asl/types';
import { splitIntoSegments } from './segments';

function segmentsOf(def: StateMachine): { first: string; last: string; nodes: string[]; edges: number }[] | undefined {
  const graph = aslToGraph(def);
  return splitIntoSegments(graph, graph.scopeById.get('')!)?.map((s) => ({ first: s.first, last: s.last, nodes: s.nodeIds, edges: s.edgeIds.length }));
}

const pass = (next?: string) => (next ? { Type: 'Pass' as const, Next: next } : { Type: 'Pass' as const, End: true as const });

describe('splitIntoSegments', () => {
  it('cuts a Task with a Catch fallback and a Choice fan-out at the states every path crosses', () => {
    const segments = segmentsOf({
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'B', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Fix' }] },
        B: pass('C'),
        Fix: pass('C'),
        C: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'X' }], Default: 'Y' },
        X: pass('D'),
        Y: pass('D'),
        D: pass(),
      },
    });
    expect(segments).toEqual([
      { first: '#start', last: 'A', nodes: ['#start', 'A'], edges: 1 },
      { first: 'A', last: 'C', nodes: ['A', 'B', 'Fix', 'C'], edges: 4 },
      { first: 'C', last: 'D', nodes: ['C', 'X', 'Y', 'D'], edges: 4 },
      { first: 'D', last: '#end', nodes: ['D', '#end'], edges: 1 },
    ]);
  });

  it('keeps a loop in one segment and cuts around it', () => {
    const segments = segmentsOf({
      StartAt: 'Submit',
      States: {
        Submit: pass('Wait'),
        Wait: { Type: 'Wait', Seconds: 5, Next: 'Poll' },
        Poll: pass('Done?'),
        'Done?': { Type: 'Choice', Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'After' }], Default: 'Wait' },
        After: pass(),
      },
    });
    expect(segments?.map((s) => s.nodes)).toEqual([
      ['#start', 'Submit'],
      ['Submit', 'Wait', 'Poll', 'Done?', 'After'],
      ['After', '#end'],
    ]);
  });

  it('does not cut across a transition that jumps ahead (a Fail reached mid-flow ends at End)', () => {
    const segments = segmentsOf({
      StartAt: 'A',
      States: {
        A: pass('Check'),
        Check: { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: false, Next: 'Failed' }], Default: 'B' },
        Failed: { Type: 'Fail' },
        B: pass('C'),
        C: pass(),
      },
    });
    expect(segments?.map((s) => [s.first, s.last])).toEqual([['#start', 'A'], ['A', 'Check'], ['Check', '#end']]);
  });

  it('gives up on states that Start does not reach, and on straight chains (no inner cut needed)', () => {
    expect(segmentsOf({ StartAt: 'A', States: { A: pass(), Orphan: pass() } })).toBeUndefined();
    expect(segmentsOf({ StartAt: 'A', States: { A: pass('A') } })).toBeUndefined();
  });

  it('assigns every node and edge of the scope, sharing only the cuts', () => {
    const def: StateMachine = {
      StartAt: 'A',
      States: {
        // Document order differs from flow order on purpose.
        Z: pass(),
        Y: pass('Z'),
        A: { Type: 'Choice', Choices: [{ Variable: '$.x', NumericEquals: 1, Next: 'Y' }], Default: 'Z' },
      },
    };
    const graph = aslToGraph(def);
    const scope = graph.scopeById.get('')!;
    const segments = splitIntoSegments(graph, scope)!;
    expect(segments.flatMap((s) => s.edgeIds).sort()).toEqual([...scope.edgeIds].sort());
    const inner = segments.flatMap((s) => s.nodeIds.slice(1, -1));
    const cuts = [segments[0]!.first, ...segments.map((s) => s.last)];
    expect([...inner, ...cuts].sort()).toEqual([...scope.nodeIds].sort());
    expect(segments.find((s) => s.first === 'A')!.nodeIds).toEqual(['A', 'Y', 'Z']);
  });
});
