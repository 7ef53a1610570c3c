/**
 * Run data (mocks, input, policy…) saved with each workflow: bound to the workspace, restored
 * when a workflow opens, journaled, versioned, and the old localStorage data adopted once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStudioStore } from '../store/studioStore';
import { createRunStore } from '../store/runStore';
import { runStoreBinding } from '../store/runDataBinding';
import { openWorkspaceStorage } from './storage';
import { makeRecord, recoverRecord, Workspace, AUTOSAVE_MS } from './workspace';
import { readRunData } from '../run/runData';
import type { StateMachine } from '../asl/types';
import { simulatedClock, type SimulatedClock } from '../time/clock';
import { MapStorage } from './testStorage';
import { until } from './testing/until';

const def = (task: string): StateMachine => ({ StartAt: task, States: { [task]: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } });

let clock: SimulatedClock;
beforeEach(() => {
  vi.stubGlobal('localStorage', new MapStorage());
  clock = simulatedClock(1_700_000_000_000);
});
afterEach(() => vi.unstubAllGlobals());

async function setup() {
  const { storage } = await openWorkspaceStorage(new IDBFactory());
  const first = makeRecord('First', def('Charge'), { now: clock.now() });
  const second = makeRecord('Second', def('Ship'), { now: clock.now() });
  await storage.putMany([first, second]);
  const store = createStudioStore({ definition: first.definition, settings: first.settings, text: first.text }, { clock });
  const workspace = new Workspace(store, storage, first, { clock, channel: null });
  workspace.display(first);
  const runs = createRunStore();
  workspace.bindRunData(runStoreBinding(runs));
  return { storage, store, workspace, runs, first, second };
}

async function autosave(workspace: Workspace): Promise<void> {
  clock.advance(AUTOSAVE_MS);
  await until(workspace.status, (s) => s.saving === 'saved');
}

describe('run data saved with the workflow', () => {
  it('a mock or input edit marks the workflow unsaved and is autosaved into its record', async () => {
    const { storage, workspace, runs, first } = await setup();
    expect(workspace.status.getState().saving).toBe('saved');
    runs.getState().setMocks({ Charge: [{ Return: { paid: true } }] });
    expect(workspace.status.getState().saving).toBe('pending');
    runs.getState().setInput('{"order": 7}');
    runs.getState().setDefaultPolicy('empty');
    await autosave(workspace);
    const saved = readRunData((await storage.get(first.id))?.run);
    expect(saved?.mocks).toEqual({ Charge: [{ Return: { paid: true } }] });
    expect(saved?.input).toBe('{"order": 7}');
    expect(saved?.defaultPolicy).toBe('empty');
  });

  it('switching workflows and back keeps each one its own mocks and input; one with none gets the defaults', async () => {
    const { workspace, runs, first, second } = await setup();
    runs.getState().setMocks({ Charge: [{ Throw: { Error: 'Declined', Cause: 'card' } }] });
    runs.getState().setInput('{"a": 1}');
    expect(await workspace.open(second.id)).toBe(true);
    // Not the first workflow's mocks: the second has none of its own yet.
    expect(runs.getState().mocks).toEqual({});
    expect(runs.getState().input).toBeNull();
    runs.getState().setInput('{"b": 2}');
    expect(await workspace.open(first.id)).toBe(true);
    expect(runs.getState().mocks).toEqual({ Charge: [{ Throw: { Error: 'Declined', Cause: 'card' } }] });
    expect(runs.getState().input).toBe('{"a": 1}');
    expect(await workspace.open(second.id)).toBe(true);
    expect(runs.getState().input).toBe('{"b": 2}');
  });

  it('opening a workflow is not an edit: nothing is written, the status stays "saved"', async () => {
    const { storage, workspace, second } = await setup();
    const put = vi.spyOn(storage, 'put');
    const putIf = vi.spyOn(storage, 'putIfUnchanged');
    await workspace.open(second.id);
    clock.advance(AUTOSAVE_MS * 2);
    expect(workspace.status.getState().saving).toBe('saved');
    expect(put).not.toHaveBeenCalled();
    // Only the workflow being left was written (it was unchanged, but leaving always saves).
    expect(putIf.mock.calls.map(([r]) => r.name)).toEqual(['First']);
  });

  it('the crash journal holds the run data, so a tab killed before the write keeps the mock edit', async () => {
    const { storage, workspace, runs, first } = await setup();
    runs.getState().setMocks({ Charge: [{ Return: 'typed just before the crash' }] });
    workspace.dispose(); // the IndexedDB write never happens
    const recovered = await recoverRecord(storage, first.id);
    expect(readRunData(recovered?.run)?.mocks?.['Charge']).toEqual([{ Return: 'typed just before the crash' }]);
  });

  it('a version keeps the run data of its time; restoring it brings the mocks back', async () => {
    const { workspace, runs } = await setup();
    runs.getState().setMocks({ Charge: [{ Return: 'v1' }] });
    const v1 = await workspace.publishVersion('v1');
    runs.getState().setMocks({ Charge: [{ Return: 'later' }] });
    workspace.restoreVersion(v1.id);
    expect(runs.getState().mocks).toEqual({ Charge: [{ Return: 'v1' }] });
    expect(workspace.status.getState().saving).toBe('pending');
  });

  it('a new workflow from a template starts with the run data it was created with', async () => {
    const { workspace, runs } = await setup();
    await workspace.create('FromTemplate', def('Charge'), { run: { mocks: { Charge: [{ Return: 1 }] }, input: '{}' } });
    expect(runs.getState().mocks).toEqual({ Charge: [{ Return: 1 }] });
    expect(runs.getState().input).toBe('{}');
  });

  it('adopts the run panel\'s old localStorage data of the record\'s name once, and saves it with the record', async () => {
    const { storage, workspace, runs, second } = await setup();
    localStorage.setItem('asl-studio.run.mocks.Second', JSON.stringify({ Ship: [{ Return: { legacy: true } }] }));
    localStorage.setItem('asl-studio.run.input.Second', '{"old": "input"}');
    await workspace.open(second.id);
    expect(runs.getState().mocks).toEqual({ Ship: [{ Return: { legacy: true } }] });
    expect(runs.getState().input).toBe('{"old": "input"}');
    expect(localStorage.getItem('asl-studio.run.mocks.Second')).toBeNull();
    expect(localStorage.getItem('asl-studio.run.input.Second')).toBeNull();
    await autosave(workspace);
    expect(readRunData((await storage.get(second.id))?.run)?.mocks).toEqual({ Ship: [{ Return: { legacy: true } }] });
  });

  it('stored run data that is damaged keeps its usable parts', () => {
    expect(readRunData({ mocks: { A: [{ Return: 1 }, 'junk', { Throw: 'x' }], B: 'no' }, input: 5, defaultPolicy: 'maybe', breakpoints: ['a', 1] }))
      .toEqual({ mocks: { A: [{ Return: 1 }] }, breakpoints: ['a'] });
    expect(readRunData('not an object')).toBeUndefined();
  });
});
