import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDefinition } from '../asl';
import { encodeStatePath, forEachState } from '../asl/paths';
import type { StateMachine } from '../asl/types';
import { aslToGraph } from './aslToGraph';
import { edgeIdFor } from './ids';
import { insertionPoints } from './insertionPoints';
import { layoutKeyOf } from './layout/structure';
import { generateDefinition } from './testing/generate';

const SAMPLE: StateMachine = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Catch: [{ ErrorEquals: ['States.TaskFailed', 'Custom'], Next: 'Failed' }], Next: 'Route' },
    Route: {
      Type: 'Choice',
      Choices: [
        { Variable: '$.x', NumericGreaterThan: 3, Next: 'Fan' },
        { Variable: '$.s', StringEquals: 'a', Next: 'Each' },
        { And: [{ Variable: '$.a', IsPresent: true }, { Not: { Variable: '$.b', BooleanEquals: true } }], Next: 'Done' },
      ],
      Default: 'Failed',
    },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Wait', Seconds: 3, Next: 'C' }, C: { Type: 'Succeed' } } },
      ],
      Next: 'Done',
    },
    Each: {
      Type: 'Map',
      ItemProcessor: {
        StartAt: 'Inner',
        States: { Inner: { Type: 'Parallel', Branches: [{ StartAt: 'Deep', States: { Deep: { Type: 'Pass', End: true } } }], End: true } },
      },
      Next: 'Done',
    },
    Done: { Type: 'Succeed' },
    Failed: { Type: 'Fail', Error: 'Oops' },
  },
};

function stateCount(def: StateMachine): number {
  let n = 0;
  forEachState(def, () => (n += 1));
  return n;
}

/** Expected counts straight from the definition: markers per scope, a group per branch. */
function expectedCounts(def: StateMachine): { nodes: number; scopes: number } {
  let scopes = 1;
  forEachState(def, ({ state }) => {
    if (state.Type === 'Parallel') scopes += state.Branches.length;
    if (state.Type === 'Map' && (state.ItemProcessor ?? state.Iterator)) scopes += 1;
  });
  // states + start/end per scope + one group node per nested scope
  return { nodes: stateCount(def) + 2 * scopes + (scopes - 1), scopes };
}

describe('aslToGraph', () => {
  const graph = aslToGraph(SAMPLE);

  it('has one node per state (ids are encoded paths), markers per scope and a group per branch', () => {
    expect(graph.nodes.filter((n) => n.kind === 'state')).toHaveLength(stateCount(SAMPLE));
    expect(graph.nodes.length).toBe(expectedCounts(SAMPLE).nodes);
    expect(graph.nodeById.get('Fan/1/C')?.state?.name).toBe('C');
    expect(graph.nodeById.get('Each/0/Inner/0/Deep')?.parent).toBe('Each/0/Inner/0');
    expect(graph.nodeById.get('Each/0/Inner/0')?.parent).toBe('Each/0/Inner');
    expect(graph.nodeById.get('Fan')?.state?.groups).toEqual(['Fan/0', 'Fan/1']);
    expect(graph.nodeById.get('Each')?.state?.innerCount).toBe(2);
    expect(graph.scopes.map((s) => s.id)).toEqual(['', 'Fan/0', 'Fan/1', 'Each/0', 'Each/0/Inner/0']);
  });

  it('draws Next, Choice rules, Default, Catch, start and end edges with stable ids', () => {
    const ids = graph.edges.map((e) => e.id);
    expect(ids).toContain(edgeIdFor('#start', 'start', 0, 'Validate'));
    expect(ids).toContain('Validate->next:0->Route');
    expect(ids).toContain('Validate->catch:0->Failed');
    expect(ids).toContain('Route->choice:0->Fan');
    expect(ids).toContain('Route->choice:2->Done');
    expect(ids).toContain('Route->default:0->Failed');
    expect(ids).toContain('Done->end:0->#end');
    expect(ids).toContain('Fan/1/B->next:0->Fan/1/C');
    expect(ids).toContain('Fan/1#start->start:0->Fan/1/B');
    expect(ids).toContain('Each/0/Inner/0/Deep->end:0->Each/0/Inner/0#end');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels Choice rules, Default and Catch edges', () => {
    const label = (id: string) => graph.edgeById.get(id)?.label;
    expect(label('Route->choice:0->Fan')).toBe('$.x > 3');
    expect(label('Route->choice:1->Each')).toBe('$.s StringEquals "a"');
    expect(graph.edgeById.get('Route->choice:2->Done')?.title).toBe('$.a is present and not $.b == true');
    expect(label('Route->default:0->Failed')).toBe('Default');
    expect(label('Validate->catch:0->Failed')).toBe('States.TaskFailed, Custom');
    const jsonata = aslToGraph({ StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ Condition: '{% $states.input.n > 10 %}', Next: 'D' }] }, D: { Type: 'Succeed' } } });
    expect(jsonata.edgeById.get('C->choice:0->D')?.label).toBe('$states.input.n > 10');
  });

  it('carries the EdgeRef of each edge for drops', () => {
    expect(graph.edgeById.get('Route->choice:1->Each')?.ref).toEqual({ source: ['Route'], scope: [], kind: 'choice', index: 1 });
    expect(graph.edgeById.get('Fan/1#start->start:0->Fan/1/B')?.ref).toEqual({ source: null, scope: ['Fan', 1], kind: 'start' });
    expect(graph.edgeById.get('Done->end:0->#end')?.ref).toBeUndefined();
  });

  it('shows Task service and action', () => {
    expect(graph.nodeById.get('Validate')?.state?.subtitle).toBe('Lambda: Invoke');
    expect(graph.nodeById.get('Validate')?.state?.icon).toBe('lambda');
    expect(graph.nodeById.get('Fan')?.state?.subtitle).toBe('Parallel · 2 branches');
  });

  it('is memoised, and a field edit keeps the layout key while a structural edit changes it', () => {
    expect(aslToGraph(SAMPLE)).toBe(graph);
    const key = layoutKeyOf(graph, new Map());
    const fieldEdit = structuredClone(SAMPLE);
    (fieldEdit.States['Validate'] as { Comment?: string }).Comment = 'changed';
    (fieldEdit.States['Route'] as { Choices: { NumericGreaterThan?: number }[] }).Choices[0]!.NumericGreaterThan = 5;
    expect(layoutKeyOf(aslToGraph(fieldEdit), new Map())).toBe(key);
    const structural = structuredClone(SAMPLE);
    (structural.States['Fan'] as { Next: string }).Next = 'Failed';
    expect(layoutKeyOf(aslToGraph(structural), new Map())).not.toBe(key);
  });

  it('never throws on malformed definitions and skips dangling targets', () => {
    const bad = { StartAt: 'Nope', States: { A: { Type: 'Pass', Next: 'Missing' }, B: null, C: { Type: 'Parallel' } } } as unknown as StateMachine;
    const g = aslToGraph(bad);
    expect(g.nodes.filter((n) => n.kind === 'state')).toHaveLength(2);
    expect(g.edges).toHaveLength(0);
  });

  it('lists insertion points on every edge, empty scopes and as new Parallel branches', () => {
    const points = insertionPoints(graph);
    expect(points.find((p) => p.id === 'edge:Route->choice:0->Fan')?.point).toEqual({ kind: 'edge', edge: { source: ['Route'], scope: [], kind: 'choice', index: 0 } });
    expect(points.find((p) => p.id === 'edge:Fan/0/A->end:0->Fan/0#end')?.point).toEqual({ kind: 'after', path: ['Fan', 0, 'A'] });
    expect(points.find((p) => p.id === 'edge:Done->end:0->#end')).toBeUndefined();
    expect(points.find((p) => p.id === 'branch:Fan')?.point).toEqual({ kind: 'newBranch', parallel: ['Fan'] });
    const moving = insertionPoints(graph, 'Fan');
    expect(moving.some((p) => p.id.includes('Fan/'))).toBe(false);
    expect(moving.some((p) => p.id === 'edge:Route->choice:0->Fan')).toBe(false);
    const empty = aslToGraph({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: '', States: {} }], End: true } } });
    expect(insertionPoints(empty).find((p) => p.id === 'scope:P/0')?.point).toEqual({ kind: 'scopeStart', scope: ['P', 0] });
  });

  it('property: one node per state for generated workflows of any size', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 2, max: 30 }), (n, size) => {
      const def = generateDefinition(n, { containerSize: size });
      const g = aslToGraph(def);
      expect(stateCount(def)).toBe(n);
      expect(g.nodes.filter((x) => x.kind === 'state')).toHaveLength(n);
      expect(g.nodes.length).toBe(expectedCounts(def).nodes);
      for (const e of g.edges) expect(g.nodeById.has(e.source) && g.nodeById.has(e.target)).toBe(true);
    }), { seed: 42, numRuns: 40 });
  });
});

describe('aslToGraph over the fixtures', () => {
  const dir = join(__dirname, '../../fixtures/asl');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(json|ya?ml|asl\.json)$/.test(f)) : [];
  for (const file of files) {
    it(file, () => {
      const parsed = parseDefinition(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.definition) return;
      const def = parsed.definition;
      const g = aslToGraph(def);
      const counts = expectedCounts(def);
      expect(g.nodes.filter((n) => n.kind === 'state')).toHaveLength(stateCount(def));
      expect(g.nodes).toHaveLength(counts.nodes);
      expect(g.scopes).toHaveLength(counts.scopes);
      for (const e of g.edges) {
        expect(g.nodeById.has(e.source)).toBe(true);
        expect(g.nodeById.has(e.target)).toBe(true);
        if (e.kind === 'choice' || e.kind === 'catch') expect(e.label).toBeTruthy();
      }
      // Every transition of every state that names an existing state has its edge.
      forEachState(def, ({ path, state, scope }) => {
        const next = (state as { Next?: unknown }).Next;
        if (typeof next === 'string' && next in scope.States) {
          expect(g.edgeById.has(edgeIdFor(encodeStatePath(path), 'next', 0, encodeStatePath([...path.slice(0, -1), next])))).toBe(true);
        }
      });
    });
  }
});

describe('node ids', () => {
  it('are the encoded state paths, also for names holding "/" and "~"', () => {
    const inner = { StartAt: 'a/b', States: { 'a/b': { Type: 'Pass' as const, Next: '~x' }, '~x': { Type: 'Succeed' as const } } };
    const def: StateMachine = { StartAt: 'P/~', States: { 'P/~': { Type: 'Parallel', Branches: [inner, inner], End: true } } };
    const ids = aslToGraph(def).nodes.filter((n) => n.kind !== 'start' && n.kind !== 'end').map((n) => n.id);
    expect(ids).toEqual([
      encodeStatePath(['P/~']),
      encodeStatePath(['P/~', 0]), encodeStatePath(['P/~', 0, 'a/b']), encodeStatePath(['P/~', 0, '~x']),
      encodeStatePath(['P/~', 1]), encodeStatePath(['P/~', 1, 'a/b']), encodeStatePath(['P/~', 1, '~x']),
    ]);
    expect(aslToGraph(def).nodeById.get('P~1~0/1#start')?.kind).toBe('start');
  });
});
