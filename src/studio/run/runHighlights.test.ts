/**
 * The canvas's run colours are selected from the run store (no copy in the studio store): they
 * follow the cursor, and the selector answers the same object while the colours stay the same.
 */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { createRunSession, type RunSession } from './session';
import { runHighlightsSelector, runHighlightsSource } from './runHighlights';

const CHAIN: StateMachine = {
  StartAt: 'A',
  States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'C' }, C: { Type: 'Succeed' } },
};

function finished(session: RunSession, id: string): Promise<void> {
  const done = () => session.store.getState().runs.find((r) => r.id === id)?.outcome !== undefined;
  return new Promise((resolve) => {
    if (done()) return resolve();
    const stop = session.store.subscribe(() => {
      if (done()) {
        stop();
        resolve();
      }
    });
  });
}

describe('run highlights selector', () => {
  it('colours the open run at the cursor and keeps its answer while the colours do not change', async () => {
    const session = createRunSession({ inThread: true });
    const select = runHighlightsSelector(session);
    expect(select(session.store.getState())).toBeNull();

    const id = session.start({ definition: CHAIN, input: {}, name: 't', workflow: 'wf', mocks: {}, mockLabel: 'none', defaultPolicy: 'fail', breakpoints: [] });
    await finished(session, id);
    const end = select(session.store.getState());
    expect(end?.statuses).toEqual({ A: 'succeeded', B: 'succeeded', C: 'succeeded' });
    expect(end?.takenEdges.length).toBeGreaterThan(0);

    // Same colours, new store state (another panel setting): the same object, so the canvas does not re-render.
    session.store.getState().setCompare(null);
    session.store.getState().selectVisit(0);
    expect(select(session.store.getState())).toBe(end);

    // Back in time: B is where the cursor is, C is not reached yet.
    const events = session.store.getState().runs[0]!.events;
    session.store.getState().setCursor(events.findIndex((e) => e.type === 'PassStateEntered' && e.studio.path === 'B'));
    const past = select(session.store.getState());
    expect(past).not.toBe(end);
    expect(past).toMatchObject({ current: 'B', statuses: { A: 'succeeded', B: 'in-progress', C: 'not-reached' } });

    session.store.getState().setActive(null);
    expect(select(session.store.getState())).toBeNull();
  });
});

describe('run highlights source', () => {
  it('tells subscribers when the colours change and answers the current ones', async () => {
    const session = createRunSession({ inThread: true });
    const source = runHighlightsSource(session);
    let notified = 0;
    const stop = source.subscribe(() => (notified += 1));
    expect(source.get()).toBeNull();
    const id = session.start({ definition: CHAIN, input: {}, name: 't', workflow: 'wf', mocks: {}, mockLabel: 'none', defaultPolicy: 'fail', breakpoints: [] });
    await finished(session, id);
    expect(notified).toBeGreaterThan(0);
    expect(source.get()?.statuses).toEqual({ A: 'succeeded', B: 'succeeded', C: 'succeeded' });
    expect(source.get()).toBe(source.get());
    stop();
  });
});
