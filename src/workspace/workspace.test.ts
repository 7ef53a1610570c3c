import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStudioStore } from '../store/studioStore';
import { openWorkspaceStorage, MemoryStorage } from './storage';
import { emptyDefinition, makeRecord, recoverRecord, Workspace, AUTOSAVE_MS } from './workspace';
import { validateDefinition } from '../asl';
import type { StateMachine } from '../asl/types';
import { simulatedClock, type SimulatedClock } from '../time/clock';
import { createPendingEdits } from '../store/pendingEdits';
import { MapStorage } from './testStorage';
import { until } from './testing/until';

const def = (name: string): StateMachine => ({ StartAt: name, States: { [name]: { Type: 'Succeed' } } });

beforeEach(() => {
  vi.stubGlobal('localStorage', new MapStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

// Each test's timers (autosave, journal) run on its own simulated clock: they fire when the test
// advances it, never on their own in a later test.
let clock: SimulatedClock;
beforeEach(() => {
  clock = simulatedClock(1_700_000_000_000);
});

async function setup() {
  const { storage } = await openWorkspaceStorage(new IDBFactory());
  expect(storage.kind).toBe('indexeddb');
  const first = makeRecord('First', def('One'), { now: clock.now() });
  await storage.put(first);
  const store = createStudioStore({ definition: first.definition, settings: first.settings, text: first.text }, { clock });
  return { storage, store, workspace: new Workspace(store, storage, first, { clock }) };
}

describe('workspace', () => {
  it('autosaves the document after the debounce and restores text, settings and undo history', async () => {
    const { storage, store, workspace } = await setup();
    store.getState().edit('Rename', (d) => ({ ...d, Comment: 'edited' }));
    expect(workspace.status.getState().saving).toBe('pending');
    clock.advance(AUTOSAVE_MS - 1);
    expect(workspace.status.getState().saving).toBe('pending');
    clock.advance(1);
    await until(workspace.status, (s) => s.saving !== 'pending');
    expect(workspace.status.getState().saving).toBe('saved');
    const saved = await storage.get(workspace.currentId);
    expect(saved?.definition.Comment).toBe('edited');
    expect(saved?.history?.past).toHaveLength(1);
    const again = createStudioStore({ definition: def('X') });
    const reopened = new Workspace(again, storage, makeRecord('tmp', def('tmp')), { clock });
    await reopened.open(saved!.id);
    expect(again.getState().definition.Comment).toBe('edited');
    expect(again.getState().text).toBe(store.getState().text);
    again.getState().undo();
    expect(again.getState().definition.Comment).toBeUndefined();
  });

  it('creates, renames, duplicates and deletes workflows, and undoes a delete', async () => {
    const { workspace, store } = await setup();
    const second = (await workspace.create('Second', def('Two')))!;
    expect(store.getState().definition.StartAt).toBe('Two');
    await workspace.rename(second.id, 'Second renamed');
    const copy = await workspace.duplicate(second.id);
    expect(copy?.name).toBe('Second renamed (copy)');
    let names = (await workspace.refreshList()).map((w) => w.name).sort();
    expect(names).toEqual(['First', 'Second renamed', 'Second renamed (copy)']);
    await workspace.delete(second.id);
    expect(workspace.status.getState().recentlyDeleted?.name).toBe('Second renamed');
    expect(workspace.currentId).not.toBe(second.id);
    await workspace.undoDelete();
    names = (await workspace.refreshList()).map((w) => w.name).sort();
    expect(names).toContain('Second renamed');
  });

  it('publishes immutable versions and restores one as an undoable draft', async () => {
    const { workspace, store } = await setup();
    const v1 = await workspace.publishVersion('v1');
    store.getState().edit('Change', (d) => ({ ...d, Comment: 'draft' }));
    expect(workspace.restoreVersion(v1.id)).toBe(true);
    expect(store.getState().definition.Comment).toBeUndefined();
    store.getState().undo();
    expect(store.getState().definition.Comment).toBe('draft');
    expect(workspace.versions()[0]?.definition.Comment).toBeUndefined();
  });

  it('recovers keystrokes from the crash journal when the tab died before the IndexedDB write', async () => {
    const { storage, store, workspace } = await setup();
    const text = JSON.stringify(def('Recovered'));
    store.getState().setText(text);
    // The tab dies now, before the debounced write: only the synchronous journal holds the text.
    workspace.dispose();
    const recovered = await recoverRecord(storage, workspace.currentId);
    expect(recovered?.text).toBe(text);
    expect(recovered?.definition.StartAt).toBe('Recovered');
  });

  it('falls back to memory and says why when IndexedDB cannot be opened', async () => {
    const broken = { open: () => { throw new Error('quota exceeded'); } } as unknown as IDBFactory;
    const opened = await openWorkspaceStorage(broken);
    expect(opened.storage).toBeInstanceOf(MemoryStorage);
    expect(opened.problem).toMatch(/quota exceeded/);
  });

  it('reports a failing write and keeps the session going', async () => {
    const storage = new MemoryStorage();
    const first = makeRecord('First', def('One'));
    const store = createStudioStore({ definition: first.definition });
    const workspace = new Workspace(store, storage, first, { clock });
    vi.spyOn(storage, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    vi.spyOn(storage, 'putIfUnchanged').mockRejectedValue(new Error('QuotaExceededError'));
    store.getState().edit('Change', (d) => ({ ...d, Comment: 'x' }));
    clock.advance(AUTOSAVE_MS);
    await until(workspace.status, (s) => s.saving !== 'pending');
    expect(workspace.status.getState().saving).toBe('error');
    expect(workspace.status.getState().problem).toMatch(/QuotaExceededError/);
    expect(store.getState().definition.Comment).toBe('x');
  });

  it('a save that starts while the previous one is still being written is not a conflict with itself', async () => {
    const storage = new MemoryStorage();
    const first = makeRecord('First', def('One'));
    await storage.put(first);
    const store = createStudioStore({ definition: first.definition, settings: first.settings, text: first.text }, { clock });
    const workspace = new Workspace(store, storage, first, { clock, channel: null });
    // The first write is slow (a large document on a busy machine): it finishes only when released.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const put = storage.putIfUnchanged.bind(storage);
    vi.spyOn(storage, 'putIfUnchanged').mockImplementationOnce(async (record, expected) => {
      await held;
      return put(record, expected);
    });
    store.getState().edit('First change', (d) => ({ ...d, Comment: 'one' }));
    const slow = workspace.flush();
    store.getState().edit('Second change', (d) => ({ ...d, Comment: 'two' }));
    const next = workspace.flush();
    release();
    expect(await slow).toBe(true);
    expect(await next).toBe(true);
    expect(workspace.status.getState().saving).toBe('saved');
    expect(workspace.status.getState().conflict).toBeUndefined();
    expect((await storage.get(first.id))?.definition.Comment).toBe('two');
  });

  it('refuses to switch workflow when the open one cannot be saved, so nothing is lost', async () => {
    const { storage, store, workspace } = await setup();
    const other = makeRecord('Other', def('Two'));
    await storage.put(other);
    vi.spyOn(storage, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    vi.spyOn(storage, 'putIfUnchanged').mockRejectedValue(new Error('QuotaExceededError'));
    store.getState().edit('Change', (d) => ({ ...d, Comment: 'unsaved work' }));
    expect(await workspace.open(other.id)).toBe(false);
    expect(store.getState().definition.Comment).toBe('unsaved work');
    expect(workspace.currentId).not.toBe(other.id);
    expect(workspace.status.getState().notice).toMatch(/stays open/);
  });

  it('deleting the only workflow does not bring it back', async () => {
    const { workspace } = await setup();
    await workspace.delete(workspace.currentId);
    const names = (await workspace.refreshList()).map((w) => w.name);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^MyStateMachine-[a-z0-9]{6}$/);
  });

  it('gives new workflows unique, valid state machine names', async () => {
    const { workspace } = await setup();
    const a = await workspace.create('HelloWorld', emptyDefinition());
    const b = await workspace.create('HelloWorld', emptyDefinition());
    expect([a?.name, b?.name]).toEqual(['HelloWorld', 'HelloWorld-2']);
    expect(b?.settings.name).toBe('HelloWorld-2');
    const names = (await workspace.refreshList()).map((w) => w.name);
    expect(new Set(names).size).toBe(names.length);
    expect(validateDefinition(emptyDefinition())).toEqual([]);
  });

  it('journals a large document right after the edit instead of inside it', async () => {
    const { storage, store, workspace } = await setup();
    const big = JSON.stringify({ Comment: 'x'.repeat(150_000), StartAt: 'Big', States: { Big: { Type: 'Succeed' } } });
    store.getState().setText(big);
    // Not journaled inside the edit: the journal waits for the next turn of the clock, however
    // long IndexedDB takes to answer meanwhile.
    expect((await recoverRecord(storage, workspace.currentId))?.text).not.toBe(big);
    clock.advance(0);
    expect((await recoverRecord(storage, workspace.currentId))?.text).toBe(big);
    store.getState().setText(big.replace('Big', 'Bigger').replace('"Big"', '"Bigger"'));
    workspace.flushJournal();
    expect((await recoverRecord(storage, workspace.currentId))?.definition.StartAt).toBe('Bigger');
    workspace.dispose();
  });
});

describe('typed text that is not in the document yet', () => {
  it('is never reported as saved, and is committed, journaled and saved when the page is hidden', async () => {
    const { storage, store } = await setup();
    const pending = createPendingEdits();
    const workspace = new Workspace(store, storage, (await storage.list())[0]!, { clock, pendingEdits: pending });
    await workspace.flush();
    expect(workspace.status.getState().saving).toBe('saved');
    // A field's draft (or code keystrokes) waiting for its debounce.
    const draft = {};
    pending.set(draft, () => store.getState().edit('Comment', (d) => ({ ...d, Comment: 'typed, not blurred' })));
    expect(workspace.status.getState().saving).toBe('pending');
    workspace.flushBeforeLeaving();
    expect(store.getState().definition.Comment).toBe('typed, not blurred');
    expect(pending.size).toBe(0);
    expect(JSON.parse(localStorage.getItem('asl-studio.journal')!).text).toContain('typed, not blurred');
    await vi.waitFor(() => expect(workspace.status.getState().saving).toBe('saved'), { timeout: AUTOSAVE_MS * 20 });
    expect((await storage.get(workspace.currentId))?.definition.Comment).toBe('typed, not blurred');
  });

  it('settles back on "saved" when a draft is dropped without a change', async () => {
    const { storage, store } = await setup();
    const pending = createPendingEdits();
    const workspace = new Workspace(store, storage, (await storage.list())[0]!, { clock, pendingEdits: pending });
    await workspace.flush();
    const draft = {};
    pending.set(draft, () => undefined);
    expect(workspace.status.getState().saving).toBe('pending');
    pending.delete(draft);
    expect(workspace.status.getState().saving).toBe('saved');
  });
});
