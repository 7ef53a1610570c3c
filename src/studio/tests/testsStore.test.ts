import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStudioStore } from '../../store/studioStore';
import { openWorkspaceStorage } from '../../workspace/storage';
import { makeRecord, recoverRecord, Workspace, AUTOSAVE_MS } from '../../workspace/workspace';
import { MapStorage } from '../../workspace/testStorage';
import type { StateMachine } from '../../asl/types';
import { simulatedClock } from '../../time/clock';
import { createTestsStore, testsBinding } from './testsStore';

/** Resolves once `ready()` holds (checked on every change, no polling). */
function until(ready: () => boolean, subscribe: (listener: () => void) => () => void): Promise<void> {
  return new Promise((resolve) => {
    if (ready()) return resolve();
    const off = subscribe(() => {
      if (!ready()) return;
      off();
      resolve();
    });
  });
}

const def = (name: string): StateMachine => ({ StartAt: name, States: { [name]: { Type: 'Succeed' } } });

describe('tests kept with the workflow', () => {
  it('saves the test file in the library record, restores it on reopening, and clears it for a workflow without tests', async () => {
    const clock = simulatedClock(1_700_000_000_000);
    const { storage } = await openWorkspaceStorage(new IDBFactory());
    const first = makeRecord('First', def('One'), { now: clock.now() });
    const second = makeRecord('Second', def('Two'), { now: clock.now() });
    await storage.put(first);
    await storage.put(second);
    const store = createStudioStore({ definition: first.definition, settings: first.settings, text: first.text }, { clock });
    const workspace = new Workspace(store, storage, first, { clock });
    const tests = createTestsStore();
    workspace.bindTests(testsBinding(tests));
    expect(tests.getState().text).toBeNull();

    const text = '{ "workflow": "First.asl.json", "tests": [{ "name": "t" }] }';
    tests.getState().setText(text);
    expect(workspace.status.getState().saving).toBe('pending');
    clock.advance(AUTOSAVE_MS);
    await until(() => workspace.status.getState().saving === 'saved', workspace.status.subscribe);
    expect((await storage.get(first.id))?.tests).toBe(text);

    expect(await workspace.open(second.id), JSON.stringify(workspace.status.getState())).toBe(true);
    expect(tests.getState().text).toBeNull();
    // The other workflow's record has no tests, and saving it writes none.
    await workspace.flush();
    expect((await storage.get(second.id))?.tests).toBeUndefined();

    await workspace.open(first.id);
    expect(tests.getState().text).toBe(text);
    workspace.dispose();
  });

  afterEach(() => vi.unstubAllGlobals());

  it('the crash journal holds the tests: a tab killed before the autosave keeps the last case', async () => {
    vi.stubGlobal('localStorage', new MapStorage());
    const clock = simulatedClock(1_700_000_000_000);
    const { storage } = await openWorkspaceStorage(new IDBFactory());
    const first = makeRecord('First', def('One'), { now: clock.now() });
    await storage.put(first);
    const store = createStudioStore({ definition: first.definition, settings: first.settings, text: first.text }, { clock });
    const workspace = new Workspace(store, storage, first, { clock, channel: null });
    workspace.display(first);
    const tests = createTestsStore();
    workspace.bindTests(testsBinding(tests));
    const text = '{ "workflow": "First.asl.json", "tests": [{ "name": "added just before the crash" }] }';
    clock.advance(1);
    tests.getState().setText(text);
    workspace.dispose(); // the IndexedDB write never happens
    expect((await storage.get(first.id))?.tests).toBeUndefined();
    expect((await recoverRecord(storage, first.id))?.tests).toBe(text);
  });
});

describe('the tests store', () => {
  it('drops the reported problem when the test file text is edited, not when the same text comes again', () => {
    const tests = createTestsStore();
    tests.getState().setText('{ "workflow": "w.asl.json", "tests": [{ "name": "t", "expect": { "status": "DONE" } }] }');
    tests.setState({ problem: 'OrderWorkflow.sfn-test.json:1:60: the value must be one of …' });
    tests.getState().setText('{ "workflow": "w.asl.json", "tests": [{ "name": "t", "expect": { "status": "DONE" } }] }');
    expect(tests.getState().problem).not.toBeNull();
    tests.getState().setText('{ "workflow": "w.asl.json", "tests": [{ "name": "t", "expect": { "status": "FAILED" } }] }');
    expect(tests.getState().problem).toBeNull();
  });
});
