import { describe, expect, it } from 'vitest';
import { failureText, summarize } from './summary';
import { abortedEvent } from '../interpreter/worker/client';
import { estimateCost, expressBilledMemoryMb, formatUsd } from './cost';
import { nextTransition, previousTransition } from './steps';
import { history, RETRY_THEN_CATCH } from './testEvents';

describe('summarize', () => {
  const events = history(RETRY_THEN_CATCH);

  it('reports status, simulated duration, transitions, retries and the error', () => {
    const s = summarize(events);
    expect(s).toMatchObject({ status: 'FAILED', transitions: 3, retries: 1, events: 10, error: 'PaymentFailed', cause: 'gave up' });
    expect(s.durationMs).toBe(2080);
    expect(s.input).toEqual({ amount: 5 });
  });

  it('reads a Stop as its cause alone, never ": cause" or an empty error name', () => {
    const stopped = [...events.slice(0, 2)];
    stopped.push(abortedEvent(stopped[1], 'Stopped from the studio'));
    const s = summarize(stopped);
    expect(s.status).toBe('ABORTED');
    expect(failureText(s.error, s.cause, s.status)).toBe('Stopped from the studio');
    expect(failureText('', 'why', 'ABORTED')).toBe('why');
    expect(failureText('', '', 'ABORTED')).toBe('Stopped');
    expect(failureText('Boom', undefined)).toBe('Boom');
    expect(failureText('Boom', 'bad')).toBe('Boom: bad');
  });

  it('is RUNNING before the end event', () => {
    expect(summarize(events, 4)).toMatchObject({ status: 'RUNNING', transitions: 1, retries: 1, durationMs: 2030 });
  });
});

describe('estimateCost', () => {
  it('prices Standard per transition, retries included', () => {
    const c = estimateCost({ transitions: 3, retries: 1, durationMs: 2080 });
    expect(c.billedTransitions).toBe(4);
    expect(c.standard).toBeCloseTo(0.0001, 10);
  });

  it('prices Express per request plus GB-seconds at 64 MB, rounded up to 100 ms', () => {
    const c = estimateCost({ transitions: 3, retries: 0, durationMs: 2080 });
    expect(c.expressBilledMs).toBe(2100);
    expect(c.expressBilledMb).toBe(64);
    expect(c.expressDuration).toBeCloseTo(2.1 * 0.0625 * 0.00001667, 12);
    expect(c.express).toBeCloseTo(0.000001 + 2.1 * 0.0625 * 0.00001667, 12);
    expect(estimateCost({ transitions: 1, retries: 0, durationMs: 0 }).expressBilledMs).toBe(100);
  });

  it('bills memory in 64 MB chunks from the AWS formula', () => {
    expect(expressBilledMemoryMb(50 * 1024, 32 * 1024, 400)).toBe(64);
    expect(expressBilledMemoryMb(0, 256 * 1024, 100)).toBe(128);
  });

  it('formats tiny amounts with significant digits', () => {
    expect(formatUsd(0.0001)).toBe('$0.000100');
    expect(formatUsd(1.5)).toBe('$1.50');
  });
});

describe('transition stepping', () => {
  const events = history(RETRY_THEN_CATCH);
  it('moves between Entered events, failed attempts and the end', () => {
    expect(nextTransition(events, 0)).toBe(1);
    expect(nextTransition(events, 1)).toBe(3);
    expect(nextTransition(events, 3)).toBe(5);
    expect(nextTransition(events, 5)).toBe(6);
    expect(nextTransition(events, 8)).toBe(9);
    expect(nextTransition(events, 9)).toBeUndefined();
    expect(previousTransition(events, 6)).toBe(5);
    expect(previousTransition(events, 1)).toBe(0);
  });
});
