/**
 * LiveRun against the pure derivations: at every cursor of real engine histories (retries and
 * catches, Parallel in Map, nested Maps, failing iterations, loops), advanced batch by batch and
 * with a chosen iteration, it must show exactly what buildVisits/deriveRunView/takenEdgeIds/
 * summarize/mapIterations compute from scratch.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startExecution } from '../interpreter';
import type { StateMachine } from '../asl/types';
import type { HistoryEvent } from '../interpreter/types';
import { buildVisits } from './visits';
import { deriveRunView, inShownIterations, mapPathsOf } from './runView';
import { takenEdgeIds } from './edges';
import { summarize } from './summary';
import { nodeIdsOf } from './nodeIds';
import { mapIterations, scopesOf } from './iterations';
import { LiveRun, type LiveDerived } from './live';

const WORKFLOWS: { name: string; definition: StateMachine; input: unknown; mocks?: Record<string, unknown> }[] = [
  {
    name: 'retry then catch',
    definition: {
      StartAt: 'Charge',
      States: {
        Charge: {
          Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done',
          Retry: [{ ErrorEquals: ['Boom'], MaxAttempts: 2, IntervalSeconds: 3 }],
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Handle' }],
        },
        Handle: { Type: 'Pass', Next: 'Failed' },
        Failed: { Type: 'Fail', Error: 'PaymentFailed', Cause: 'gave up' },
        Done: { Type: 'Succeed' },
      },
    },
    input: {},
    mocks: { Charge: [{ Throw: { Error: 'Boom', Cause: 'no' } }] },
  },
  {
    name: 'Parallel in Map',
    definition: {
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemsPath: '$.items', MaxConcurrency: 1, End: true, ItemProcessor: { StartAt: 'P', States: {
        P: { Type: 'Parallel', End: true, Branches: [
          { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          { StartAt: 'B', States: { B: { Type: 'Pass', Next: 'B2' }, B2: { Type: 'Pass', End: true } } },
        ] },
      } } } },
    },
    input: { items: [1, 2, 3] },
  },
  {
    name: 'nested Maps with a failing iteration caught',
    definition: {
      StartAt: 'Outer',
      States: {
        Outer: { Type: 'Map', Next: 'After', Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Caught' }], ItemProcessor: { StartAt: 'Inner', States: {
          Inner: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'Check', States: {
            Check: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 5, Next: 'Bad' }], Default: 'Ok' },
            Bad: { Type: 'Fail', Error: 'BadItem' },
            Ok: { Type: 'Pass', End: true },
          } } },
        } } },
        After: { Type: 'Succeed' },
        Caught: { Type: 'Pass', End: true },
      },
    },
    input: [[1, 2], [3, 4], [5, 6], [7]],
  },
  {
    name: 'a Choice loop',
    definition: {
      StartAt: 'Init',
      States: {
        Init: { Type: 'Pass', Result: 0, ResultPath: '$.n', Next: 'Inc' },
        Inc: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Loop?' },
        'Loop?': { Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThan: 4, Next: 'Inc' }], Default: 'Done' },
        Done: { Type: 'Succeed' },
      },
    },
    input: {},
  },
];

async function history(w: (typeof WORKFLOWS)[number]): Promise<HistoryEvent[]> {
  const options = { seed: 1, ...(w.mocks ? { mocks: w.mocks } : {}) } as Parameters<typeof startExecution>[2];
  return (await startExecution(w.definition, w.input, options).result).events;
}

/** What the panels showed before LiveRun, computed from scratch at a cursor. */
function reference(definition: StateMachine, events: HistoryEvent[], cursor: number, chosen: Record<string, number>) {
  const visits = buildVisits(events, cursor);
  const view = deriveRunView(visits, events, cursor, nodeIdsOf(definition), chosen);
  const maps = mapPathsOf(visits);
  const shown = visits.filter((v) => inShownIterations(v, maps, view.iterations));
  return {
    visits, shown, view, takenEdges: takenEdgeIds(definition, shown, view.transitions), summary: summarize(events, cursor),
    maps: mapIterations(visits), scopes: scopesOf(visits), nested: visits.filter((v) => v.path.includes('/')).length,
  };
}

const key = (t: { from: string; to: string; caught: boolean }) => `${t.from}>${t.to}>${t.caught}`;

function expectSame(live: LiveDerived, ref: ReturnType<typeof reference>, at: string): void {
  expect(live.visits, at).toEqual(ref.visits);
  expect(live.shown.map((v) => v.seq), at).toEqual(ref.shown.map((v) => v.seq));
  expect(live.view.statuses, at).toEqual(ref.view.statuses);
  expect(live.view.current, at).toBe(ref.view.current);
  expect(live.view.iterations, at).toEqual(ref.view.iterations);
  expect(live.view.transitions.map(key).sort(), at).toEqual(ref.view.transitions.map(key).sort());
  expect([...live.takenEdges].sort(), at).toEqual([...ref.takenEdges].sort());
  expect(live.summary, at).toEqual(ref.summary);
  expect(live.maps, at).toEqual(ref.maps);
  expect(live.scopes, at).toEqual(ref.scopes);
  expect(live.nested, at).toBe(ref.nested);
}

describe('LiveRun', () => {
  for (const w of WORKFLOWS) {
    it(`${w.name}: same as the pure derivations at every cursor, one event at a time`, async () => {
      const events = await history(w);
      const nodeIds = nodeIdsOf(w.definition);
      const live = new LiveRun(w.definition);
      for (let cursor = 0; cursor < events.length; cursor++) {
        live.advance(events, cursor);
        expectSame(live.derive({}, nodeIds), reference(w.definition, events, cursor, {}), `${w.name} @${cursor}`);
      }
    });
  }

  it('same results when advanced in random batches, with random chosen iterations', async () => {
    const histories = await Promise.all(WORKFLOWS.map(history));
    fc.assert(fc.property(
      fc.integer({ min: 0, max: WORKFLOWS.length - 1 }),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 3 }),
      (which, steps, iteration) => {
        const w = WORKFLOWS[which]!;
        const events = histories[which]!;
        const nodeIds = nodeIdsOf(w.definition);
        const live = new LiveRun(w.definition);
        let cursor = -1;
        for (const step of steps) {
          cursor = Math.min(events.length - 1, cursor + step);
          live.advance(events, cursor);
          const maps = live.derive({}, nodeIds).maps;
          const chosen = maps.length > 0 ? { [maps[0]!.map]: iteration } : {};
          expectSame(live.derive(chosen, nodeIds), reference(w.definition, events, cursor, chosen), `${w.name} @${cursor}`);
        }
      },
    ), { seed: 20261121, numRuns: 60 });
  });

  it('a clone resumes from where it was taken and leaves the original untouched', async () => {
    const histories = await Promise.all(WORKFLOWS.map(history));
    fc.assert(fc.property(
      fc.integer({ min: 0, max: WORKFLOWS.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (which, at, then) => {
        const w = WORKFLOWS[which]!;
        const events = histories[which]!;
        const nodeIds = nodeIdsOf(w.definition);
        const from = Math.floor(at * (events.length - 1));
        const to = from + Math.floor(then * (events.length - 1 - from));
        const original = new LiveRun(w.definition);
        original.advance(events, from);
        original.derive({}, nodeIds);
        const copy = original.clone();
        copy.advance(events, to);
        expectSame(copy.derive({}, nodeIds), reference(w.definition, events, to, {}), `${w.name} clone ${from}->${to}`);
        expectSame(original.derive({}, nodeIds), reference(w.definition, events, from, {}), `${w.name} original @${from}`);
        original.advance(events);
        expectSame(original.derive({}, nodeIds), reference(w.definition, events, events.length - 1, {}), `${w.name} original to the end`);
      },
    ), { seed: 20261122, numRuns: 80 });
  });

  it('keeps the derived object while nothing new was read', async () => {
    const events = await history(WORKFLOWS[1]!);
    const nodeIds = nodeIdsOf(WORKFLOWS[1]!.definition);
    const live = new LiveRun(WORKFLOWS[1]!.definition);
    const chosen = {};
    live.advance(events, 10);
    const first = live.derive(chosen, nodeIds);
    expect(live.advance(events, 10)).toBe(false);
    expect(live.derive(chosen, nodeIds)).toBe(first);
    live.advance(events, 11);
    expect(live.derive(chosen, nodeIds)).not.toBe(first);
  });

  it('knows which visits an event belongs to', async () => {
    const events = await history(WORKFLOWS[0]!);
    const live = new LiveRun(WORKFLOWS[0]!.definition);
    live.advance(events);
    const visits = buildVisits(events);
    events.forEach((_, i) => {
      expect(live.visitsOfEvent(i).map((v) => v.seq), `event ${i}`).toEqual(visits.filter((v) => v.eventIndexes.includes(i)).map((v) => v.seq));
    });
  });
});
