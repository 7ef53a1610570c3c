import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../interpreter/types';
import type { RunSnapshot } from '../interpreter/worker/protocol';
import { EventLog } from '../run/eventLog';
import { createRunStore, type RunRecord } from './runStore';

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
});
