/**
 * The run session in Node (in-thread engine, timers for frames): streamed events reach the store,
 * the live derivations follow them, time travel reads earlier cursors, the result comes last.
 */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { createRunSession, type RunSession, type StartRequest } from './session';
import { nodeIdsOf } from '../../run/nodeIds';
import { historyChars } from '../../run/historyWeight';
import { releaseOldHistories } from '../../store/runStore';

const MAP: StateMachine = {
  StartAt: 'M',
  States: {
    M: { Type: 'Map', Next: 'Done', ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } } },
    Done: { Type: 'Succeed' },
  },
};

function request(input: unknown): StartRequest {
  return {
    definition: MAP, input, name: 'test', workflow: 'wf', mocks: {}, mockLabel: 'none', defaultPolicy: 'fail', breakpoints: [], maxEvents: 100_000,
  };
}

/** Resolves when run `id` of `session` has its outcome. */
function finishedRun(session: RunSession, id: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => session.store.getState().runs.find((r) => r.id === id)?.outcome !== undefined;
    if (done()) return resolve();
    const stop = session.store.subscribe(() => {
      if (done()) {
        stop();
        resolve();
      }
    });
  });
}

describe('run session', () => {
  it('streams a long run into the store and its derivations, then finishes', async () => {
    const session = createRunSession({ inThread: true });
    const id = session.start(request(Array.from({ length: 3000 }, (_, i) => i)));
    const run = () => session.store.getState().runs.find((r) => r.id === id)!;
    await new Promise<void>((resolve) => {
      const stop = session.store.subscribe(() => {
        if (run().outcome) {
          stop();
          resolve();
        }
      });
    });
    const record = run();
    expect(record.status).toBe('SUCCEEDED');
    expect(record.events.at(-1)?.type).toBe('ExecutionSucceeded');
    const live = session.liveRun(record).derive({}, nodeIdsOf(MAP));
    expect(live.view.statuses).toEqual({ M: 'succeeded', 'M/0/P': 'succeeded', Done: 'succeeded' });
    expect(live.summary.events).toBe(record.events.length);
    expect(live.maps[0]?.indexes).toHaveLength(3000);
    // Time travel: item 1000 is the one running at its own exit event.
    const exit = record.events.findIndex((e) => e.type === 'PassStateExited' && e.studio.iteration?.[0] === 1000);
    const past = session.timeTravel(record).at(exit).derive({}, nodeIdsOf(MAP));
    expect(past.view.iterations).toEqual({ M: 1000 });
    expect(past.view.statuses).toMatchObject({ M: 'in-progress', Done: 'not-reached' });
  });

  it('keeps whole histories for the newest runs only; older ones keep a summary and can be re-run', async () => {
    const session = createRunSession({ inThread: true });
    const finished = (id: string) => finishedRun(session, id);
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const id = session.start({ ...request(Array.from({ length: 200 }, (_, k) => k)), name: `run ${i}` });
      ids.push(id);
      await finished(id);
    }
    const runs = session.store.getState().runs;
    expect(runs).toHaveLength(12);
    const withHistory = runs.filter((r) => r.events.length > 0).map((r) => r.name);
    expect(withHistory).toEqual(['run 9', 'run 10', 'run 11']);
    const oldest = runs[0]!;
    expect(oldest.released?.summary).toMatchObject({ status: 'SUCCEEDED', transitions: 202 });
    expect(oldest.released?.eventCount).toBeGreaterThan(400);
    // A released run cannot be opened; re-running it starts a new execution with the same request.
    session.store.getState().setActive(oldest.id);
    expect(session.store.getState().activeId).toBe(ids[11]);
    const again = session.rerun(oldest.id)!;
    await finished(again);
    const rerun = session.store.getState().runs.find((r) => r.id === again)!;
    expect(rerun).toMatchObject({ name: 'run 0-rerun', status: 'SUCCEEDED' });
    expect(session.store.getState().runs.filter((r) => r.events.length > 0)).toHaveLength(3);
  });

  it('keeps fewer histories when they are heavy: the newest always, older ones within the payload budget', async () => {
    const session = createRunSession({ inThread: true });
    // Each run passes 1,000 items of ~1 KB through a Map: ~1 M payload characters.
    const heavy = Array.from({ length: 1000 }, () => ({ blob: 'x'.repeat(1000) }));
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = session.start({ ...request(heavy), name: `heavy ${i}` });
      ids.push(id);
      await finishedRun(session, id);
    }
    const runs = session.store.getState().runs;
    const weights = runs.map((r) => (r.released ? 0 : historyChars(r.events)));
    expect(weights[3]).toBeGreaterThan(1_000_000);
    // Under the default budget (24 M) all three newest fit; a budget of 0.5 M keeps only the newest.
    expect(runs.filter((r) => !r.released).map((r) => r.name)).toEqual(['heavy 1', 'heavy 2', 'heavy 3']);
    const tight = releaseOldHistories(runs, { chars: 500_000 });
    expect(tight.filter((r) => !r.released).map((r) => r.name)).toEqual(['heavy 3']);
    // The compared pair keeps its histories whatever they weigh.
    const compared = releaseOldHistories(runs, { chars: 500_000, protect: [ids[1]!] });
    expect(compared.filter((r) => !r.released).map((r) => r.name)).toEqual(['heavy 1', 'heavy 3']);
    expect(compared[1]!.events).toBe(runs[1]!.events);
  });
});
