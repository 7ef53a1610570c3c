import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../interpreter/types';
import type { RunSnapshot } from '../interpreter/worker/protocol';
import { EventLog } from '../run/eventLog';
import { createRunStore, runsOf, type RunRecord } from './runStore';
import { runStoreBinding } from './runDataBinding';

const event = (id: number): HistoryEvent => ({ id, previousEventId: id - 1, timestamp: '', type: 'PassStateEntered', studio: { time: id } }) as unknown as HistoryEvent;
const snapshot: RunSnapshot = { status: 'RUNNING', paused: false, pendingCallbacks: [] } as unknown as RunSnapshot;

function record(id: string): RunRecord {
  return { id, name: id, workflow: 'wf', definition: { StartAt: 'A', States: { A: { Type: 'Succeed' } } }, input: {}, mockLabel: '', events: EventLog.empty(), status: 'RUNNING', paused: false, pendingCallbacks: [], startedAt: 0 };
}

describe('run store histories', () => {
  it('appending events gives the run a new history version; what a reader held before stays as it was', () => {
    const store = createRunStore();
    store.getState().addRun(record('r'));
    store.getState().appendEvents('r', [event(1), event(2)], snapshot);
    const held = store.getState().runs[0]!.events;
    const heldRun = store.getState().runs[0]!;
    store.getState().appendEvents('r', [event(3)], snapshot);
    const now = store.getState().runs[0]!;
    expect(now.events).not.toBe(held);
    expect(now.events.length).toBe(3);
    // A memo keyed on the old version (or the old record) still reads the two events it was computed from.
    expect(held.length).toBe(2);
    expect([...heldRun.events].map((e) => e.id)).toEqual([1, 2]);
  });

  it('commitEvents shows a later version of the history the session folded', () => {
    const store = createRunStore();
    store.getState().addRun(record('r'));
    const staged = store.getState().runs[0]!.events.append([event(1), event(2), event(3)]);
    expect(store.getState().runs[0]!.events.length).toBe(0);
    store.getState().commitEvents('r', staged, snapshot);
    expect(store.getState().runs[0]!.events).toBe(staged);
  });

  it('keeps the newest history always and older ones while their payload fits the budget', () => {
    const store = createRunStore();
    const heavy = (id: number, chars: number): HistoryEvent =>
      ({ ...event(id), stateEnteredEventDetails: { name: 'A', input: 'x'.repeat(chars) } }) as unknown as HistoryEvent;
    const finished = { status: 'SUCCEEDED', transitions: 1, startTime: 0, stopTime: 0 } as never;
    const run = (id: string, chars: number) => {
      store.getState().addRun(record(id));
      store.getState().appendEvents(id, [heavy(1, chars)], snapshot);
      store.getState().finishRun(id, finished, { workerMs: 1, transport: 'in-thread' });
    };
    const kept = () => store.getState().runs.filter((r) => !r.released).map((r) => r.id);
    run('a', 15_000_000);
    run('b', 15_000_000);
    expect(kept()).toEqual(['a', 'b']);
    // a + b = 30 M characters over the 24 M budget: a gives up its history, keeping its summary.
    run('c', 1_000);
    expect(kept()).toEqual(['b', 'c']);
    expect(store.getState().runs[0]!.released).toMatchObject({ eventCount: 1 });
    expect(store.getState().runs[0]!.events.length).toBe(0);
    // Light runs are kept by count (three).
    run('d', 1_000);
    run('e', 1_000);
    expect(kept()).toEqual(['c', 'd', 'e']);
    // Two runs being compared keep their histories (and count among the three).
    store.getState().setCompare(['c', 'd']);
    run('f', 1_000);
    run('g', 1_000);
    expect(kept()).toEqual(['c', 'd', 'g']);
  });
});

describe('runs per workflow', () => {
  it('opening another workflow shows none of the previous one’s runs; coming back shows its runs and the run it had open', () => {
    const store = createRunStore();
    const s = () => store.getState();
    // The binding the workspace and the file session call when a workflow opens.
    const binding = runStoreBinding(store);
    binding.set(undefined, 'wf-a');
    s().addRun(record('a1'));
    s().addRun(record('a2'));
    s().setActive('a1');
    s().setCompare(['a1', 'a2']);
    expect(runsOf(s()).map((r) => r.id)).toEqual(['a1', 'a2']);

    binding.set(undefined, 'wf-b');
    expect(s().activeId).toBeNull();
    expect(s().compare).toBeNull();
    expect(runsOf(s())).toEqual([]);
    s().addRun(record('b1'));
    expect(runsOf(s()).map((r) => r.id)).toEqual(['b1']);
    expect(s().runs.find((r) => r.id === 'b1')?.owner).toBe('wf-b');

    binding.set(undefined, 'wf-a');
    expect(s().activeId).toBe('a1');
    expect(runsOf(s()).map((r) => r.id)).toEqual(['a1', 'a2']);
    // The same workflow shown again (another tab's save, a restored version): the open run stays.
    binding.set({ input: '{}' });
    binding.set(undefined, 'wf-a');
    expect(s().activeId).toBe('a1');
    binding.set(undefined, 'wf-b');
    expect(s().activeId).toBe('b1');
  });

  it('a run opened before the host names its workflow (a recorded execution at boot) stays open and becomes that workflow’s', () => {
    const store = createRunStore();
    const s = () => store.getState();
    s().addRun(record('recorded'));
    expect(s().activeId).toBe('recorded');
    runStoreBinding(store).set(undefined, 'history.json');
    expect(s().activeId).toBe('recorded');
    expect(s().runs[0]!.owner).toBe('history.json');
    runStoreBinding(store).set(undefined, 'other.asl.json');
    expect(runsOf(s())).toEqual([]);
  });
});
