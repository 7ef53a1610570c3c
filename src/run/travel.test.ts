/** Time travel through checkpoints gives what a fresh derivation at the cursor gives. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startExecution } from '../interpreter';
import type { StateMachine } from '../asl/types';
import type { HistoryEvent } from '../interpreter/types';
import { LiveRun } from './live';
import { nodeIdsOf } from './nodeIds';
import { Checkpoints, TimeTravel } from './travel';

const MAP: StateMachine = {
  StartAt: 'M',
  States: {
    M: { Type: 'Map', Next: 'Done', MaxConcurrency: 1, ItemProcessor: { StartAt: 'Check', States: {
      Check: { Type: 'Choice', Choices: [{ Variable: '$', NumericEquals: 2900, Next: 'Bad' }], Default: 'Ok' },
      Bad: { Type: 'Fail', Error: 'BadItem' },
      Ok: { Type: 'Pass', End: true },
    } }, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }] },
    Done: { Type: 'Succeed' },
  },
};

describe('TimeTravel', () => {
  it('matches a fresh derivation at every cursor of a random walk over a long history', async () => {
    const events = (await startExecution(MAP, Array.from({ length: 3000 }, (_, i) => i), { maxEvents: 100_000 }).result).events;
    expect(events.length).toBeGreaterThan(8000);
    const nodeIds = nodeIdsOf(MAP);
    const chosen = {};
    // Checkpoints left while the history streamed, as the session does, or none at all.
    const streamed = new Checkpoints();
    const live = new LiveRun(MAP);
    for (let at = 99; at < events.length; at += 100) {
      live.advance(events, at);
      streamed.offer(live);
    }
    expect(streamed.size).toBeGreaterThan(1);
    fc.assert(fc.property(fc.boolean(), fc.array(fc.integer({ min: 0, max: events.length - 1 }), { minLength: 1, maxLength: 6 }), (useStreamed, cursors) => {
      const travel = new TimeTravel(MAP, events, useStreamed ? streamed : new Checkpoints());
      for (const cursor of cursors) {
        const fresh = new LiveRun(MAP);
        fresh.advance(events, cursor);
        const want = fresh.derive(chosen, nodeIds);
        const got = travel.at(cursor).derive(chosen, nodeIds);
        expect(got.visits, `@${cursor}`).toEqual(want.visits);
        expect(got.view, `@${cursor}`).toEqual(want.view);
        expect(got.summary, `@${cursor}`).toEqual(want.summary);
        expect(got.maps, `@${cursor}`).toEqual(want.maps);
        expect([...got.takenEdges].sort(), `@${cursor}`).toEqual([...want.takenEdges].sort());
      }
    }), { seed: 7, numRuns: 20 });
    // The live run went on after its checkpoints were taken: still right at the end.
    live.advance(events);
    const fresh = new LiveRun(MAP);
    fresh.advance(events);
    expect(live.derive({}, nodeIds).view).toEqual(fresh.derive({}, nodeIds).view);
  });

  it('keeps at most 16 checkpoints, doubling their spacing', () => {
    const checkpoints = new Checkpoints();
    // A type the engine never records (as an imported history may hold): every derivation skips it.
    const events = Array.from({ length: 200_000 }, (_, i) => ({ id: i + 1, previousEventId: i, type: 'Noise', timestamp: '', studio: { time: i } }) as unknown as HistoryEvent);
    const live = new LiveRun(MAP);
    for (let at = 999; at < events.length; at += 1000) {
      live.advance(events, at);
      checkpoints.offer(live);
    }
    expect(checkpoints.size).toBeLessThanOrEqual(16);
    expect(checkpoints.spacing).toBeGreaterThan(2500);
    expect(checkpoints.before(150_000)!.position).toBeLessThanOrEqual(150_000);
  });
});
