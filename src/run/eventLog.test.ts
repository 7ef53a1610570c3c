import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../interpreter/types';
import { EventLog, historyKey } from './eventLog';

const event = (id: number): HistoryEvent => ({ id, previousEventId: id - 1, timestamp: '', type: 'PassStateEntered', studio: { time: id } }) as unknown as HistoryEvent;
const ids = (log: EventLog) => [...log].map((e) => e.id);

describe('EventLog', () => {
  it('a version keeps its events whatever is appended after it', () => {
    const a = EventLog.empty().append([event(1), event(2)]);
    const b = a.append([event(3)]);
    expect(ids(a)).toEqual([1, 2]);
    expect(a.at(2)).toBeUndefined();
    expect(a.at(-1)?.id).toBe(2);
    expect(ids(b)).toEqual([1, 2, 3]);
    // Appending to the older version again forks: neither the newer version nor the fork sees the other's events.
    const fork = a.append([event(30)]);
    expect(ids(fork)).toEqual([1, 2, 30]);
    expect(ids(b)).toEqual([1, 2, 3]);
    expect(historyKey(fork)).not.toBe(historyKey(b));
  });

  it('the versions of one history share its key and its buffer: 25,000 events in 250 batches copy nothing', () => {
    let log = EventLog.empty();
    const key = historyKey(log);
    const versions: EventLog[] = [];
    for (let batch = 0; batch < 250; batch++) {
      log = log.append(Array.from({ length: 100 }, (_, i) => event(batch * 100 + i + 1)));
      versions.push(log);
    }
    expect(log.length).toBe(25_000);
    expect(historyKey(log)).toBe(key);
    expect(versions.map((v) => v.length).slice(0, 3)).toEqual([100, 200, 300]);
    expect(versions[0]!.at(99)?.id).toBe(100);
    expect(versions[0]!.at(100)).toBeUndefined();
    expect(log.findIndex((e) => e.id === 12_345)).toBe(12_344);
  });

  it('of() takes a whole history over with the array as its key; separate empty histories have separate keys', () => {
    const whole = [event(1), event(2)];
    const log = EventLog.of(whole);
    expect(historyKey(log)).toBe(whole);
    expect(log.toArray().map((e) => e.id)).toEqual([1, 2]);
    expect(historyKey(EventLog.empty())).not.toBe(historyKey(EventLog.empty()));
  });
});
