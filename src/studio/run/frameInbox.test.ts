/** The frame inbox in Node (no animation frames: its timer stands in for them). */
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../interpreter/types';
import { frameInbox, type InboxSink } from './frameInbox';

const event = (id: number): HistoryEvent => ({ id, previousEventId: id - 1, type: 'PassStateEntered', timestamp: '', studio: { time: id } });

function sink(log: string[]): InboxSink<string> {
  return {
    accept: (events) => log.push(`accept ${events.map((e) => e.id).join(',')}`),
    commit: (snapshot) => log.push(`commit @${snapshot}`),
  };
}

describe('frameInbox', () => {
  it('accepts queued events in order, commits with the latest snapshot, then runs the tasks that waited', async () => {
    const log: string[] = [];
    const inbox = frameInbox(sink(log));
    inbox.add([event(1), event(2)], 'a');
    inbox.add([event(3)], 'b');
    inbox.then(() => log.push('result'));
    expect(log).toEqual([]);
    await new Promise<void>((resolve) => inbox.then(resolve));
    expect(log).toEqual(['accept 1,2', 'accept 3', 'commit @b', 'result']);
  });

  it('decodes within the budget (at least one batch per frame) and commits once the stream pauses', async () => {
    const log: string[] = [];
    const decoded: number[] = [];
    const lazy = (id: number) => ({ count: 1, decode: () => { decoded.push(id); return [event(id)]; } });
    // A clock that moves 5 ms per reading: with no budget one batch goes per frame; commits wait 1 s.
    let clock = 0;
    const inbox = frameInbox(sink(log), { budgetMs: 0, commitMs: 1000, fallbackMs: 0, now: () => (clock += 5) });
    inbox.addBatch(lazy(1), 'a');
    inbox.addBatch(lazy(2), 'b');
    inbox.addBatch(lazy(3), 'c');
    expect(decoded).toEqual([]);
    await new Promise<void>((resolve) => inbox.then(resolve));
    expect(decoded).toEqual([1, 2, 3]);
    // The first frame commits (nothing was committed for long); later ones wait for the task.
    expect(log).toEqual(['accept 1', 'commit @a', 'accept 2', 'accept 3', 'commit @c']);
  });

  it('commits a lone snapshot (a pause) on a later quiet frame', async () => {
    const log: string[] = [];
    let clock = 0;
    let committed = () => {};
    const first = new Promise<void>((resolve) => { committed = resolve; });
    const inbox = frameInbox({ ...sink(log), commit: (s) => { log.push(`commit @${s}`); committed(); } },
      { commitMs: 1000, fallbackMs: 0, now: () => (clock += 1) });
    inbox.add([event(1)], 'running');
    await first;
    inbox.add([], 'paused');
    await new Promise<void>((resolve) => inbox.then(resolve));
    expect(log).toEqual(['accept 1', 'commit @running', 'commit @paused']);
  });
});
