/**
 * Damaged local storage never locks the studio: every stored record and the crash journal are
 * checked when read; what can be repaired is, the rest is set aside (not deleted) with a notice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStudioStore } from '../store/studioStore';
import { checkRecord } from './recordCheck';
import { describeStorageError, IndexedDbStorage, openWorkspaceStorage } from './storage';
import { makeRecord, recoverRecord, Workspace } from './workspace';
import { readJournal, writeJournal } from './journal';
import type { StateMachine } from '../asl/types';
import { MapStorage } from './testStorage';

const def = (name: string): StateMachine => ({ StartAt: name, States: { [name]: { Type: 'Succeed' } } });


beforeEach(() => {
  vi.stubGlobal('localStorage', new MapStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Writes raw values straight into the library's object store, as damage would. */
async function writeRaw(factory: IDBFactory, values: unknown[]): Promise<void> {
  await openWorkspaceStorage(factory); // creates the database and its stores
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory.open('asl-studio');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction('workflows', 'readwrite');
  for (const value of values) tx.objectStore('workflows').put(value as object);
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  db.close();
}

describe('checkRecord', () => {
  it('keeps a sound record as it is', () => {
    const record = makeRecord('Sound', def('A'));
    const check = checkRecord(record);
    expect(check).toEqual({ ok: true, record, repairs: [] });
  });

  it('rebuilds a definition stored as a string, and drops a damaged history, view and versions', () => {
    const record = { ...makeRecord('Stringy', def('A')), definition: JSON.stringify(def('A')), history: { past: 'x' }, view: { mode: 'nowhere', selection: [] }, versions: [{ id: 'v', definition: 7 }] };
    const check = checkRecord(record);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.record.definition).toEqual(def('A'));
    expect(check.record.history).toBeUndefined();
    expect(check.record.view).toBeUndefined();
    expect(check.record.versions).toEqual([]);
    expect(check.repairs).toEqual(expect.arrayContaining(['definition', 'undo history', 'view', 'versions']));
  });

  it('repairs names, dates and settings of the wrong type', () => {
    const check = checkRecord({ id: 'wf-1', name: 42, createdAt: 'yesterday', updatedAt: null, definition: def('A'), settings: { name: 7, type: 'FAST' }, versions: [] });
    expect(check.ok && check.record).toMatchObject({ id: 'wf-1', name: 'Recovered workflow', createdAt: 0, updatedAt: 0, settings: {} });
  });

  it('refuses what holds no workflow, with a reason', () => {
    expect(checkRecord(null)).toEqual({ ok: false, reason: 'the record is null, not a workflow' });
    expect(checkRecord('text')).toMatchObject({ ok: false });
    expect(checkRecord({ definition: def('A') })).toEqual({ ok: false, reason: 'the record has no id' });
    expect(checkRecord({ id: 'wf-2', definition: 'not json', text: 'nor this' })).toEqual({ ok: false, reason: 'its definition is not a state machine' });
  });
});

describe('a damaged library', () => {
  it('opens: bad records are set aside in quarantine with a notice, repaired ones open, the rest is untouched', async () => {
    const factory = new IDBFactory();
    const good = makeRecord('Good', def('G'));
    const stringy = { ...makeRecord('Stringy', def('S')), definition: JSON.stringify(def('S')) };
    await writeRaw(factory, [good, stringy, { id: 'wf-broken', name: 'Broken', definition: null, versions: [] }, { id: 'wf-null-name', name: null, definition: 5 }]);
    const { storage } = await openWorkspaceStorage(factory);
    const records = await storage.list();
    expect(records.map((r) => r.name).sort()).toEqual(['Good', 'Stringy']);
    const notices = storage.takeNotices();
    expect(notices.filter((n) => /set aside/.test(n))).toHaveLength(2);
    expect(notices.some((n) => /Stringy.*repaired/.test(n))).toBe(true);
    const quarantined = await (storage as IndexedDbStorage).quarantined();
    expect(quarantined.map((q) => q.key).sort()).toEqual([stringy.id, 'wf-broken', 'wf-null-name'].sort());
    expect(quarantined.find((q) => q.key === 'wf-broken')?.value).toMatchObject({ name: 'Broken' });
    // Saving still works, and the next read is clean.
    await storage.put({ ...good, name: 'Good again' });
    expect((await storage.list()).map((r) => r.name).sort()).toEqual(['Good again', 'Stringy']);
    expect(storage.takeNotices()).toEqual([]);
  });

  it('a record whose definition is a string opens in the studio instead of crashing it', async () => {
    const factory = new IDBFactory();
    const stringy = { ...makeRecord('Stringy', def('S')), definition: JSON.stringify(def('S')) };
    await writeRaw(factory, [stringy]);
    const { storage } = await openWorkspaceStorage(factory);
    const record = await recoverRecord(storage, stringy.id);
    expect(record?.definition).toEqual(def('S'));
    const store = createStudioStore({ definition: record!.definition, settings: record!.settings, text: record!.text });
    const workspace = new Workspace(store, storage, record!);
    workspace.display(record!);
    expect(store.getState().definition).toEqual(def('S'));
    await workspace.refreshList();
    expect(workspace.status.getState().notice).toMatch(/Stringy.*repaired/);
  });

  it('a database missing its object store gets it back instead of failing every save', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('asl-studio', 3);
      req.onupgradeneeded = () => req.result.createObjectStore('something-else');
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    });
    const { storage, problem } = await openWorkspaceStorage(factory);
    expect(problem).toBeUndefined();
    expect(storage.kind).toBe('indexeddb');
    const record = makeRecord('After repair', def('A'));
    await storage.put(record);
    expect((await storage.get(record.id))?.name).toBe('After repair');
  });
});

describe('a damaged crash journal', () => {
  it('without settings is set aside with a notice, and the library copy opens', async () => {
    const { storage } = await openWorkspaceStorage(new IDBFactory());
    const record = makeRecord('Kept', def('K'));
    await storage.put(record);
    localStorage.setItem('asl-studio.journal', JSON.stringify({ id: record.id, text: '{"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}}', at: Date.now() + 1000 }));
    const damaged: string[] = [];
    const recovered = await recoverRecord(storage, record.id, (reason) => damaged.push(reason));
    expect(recovered?.definition).toEqual(def('K'));
    expect(damaged[0]).toMatch(/crash journal.*damaged \(it has no settings\)/);
    expect(localStorage.getItem('asl-studio.journal')).toBeNull();
    expect(localStorage.getItem('asl-studio.quarantine.journal')).toContain('"id"');
  });

  it('that is not JSON is set aside; a sound one is read back', () => {
    localStorage.setItem('asl-studio.journal', '{oops');
    const damaged: string[] = [];
    expect(readJournal(localStorage, (r) => damaged.push(r))).toBeUndefined();
    expect(damaged[0]).toMatch(/not JSON/);
    writeJournal({ id: 'wf-1', text: '{}', settings: {}, at: 1 });
    expect(readJournal()).toEqual({ id: 'wf-1', text: '{}', settings: {}, at: 1 });
  });
});

describe('failed saves say why', () => {
  it('names the reason, even for a DOMException without a message', () => {
    expect(describeStorageError(new DOMException('', 'QuotaExceededError'))).toMatch(/storage for this site is full/);
    expect(describeStorageError(new DOMException('', 'AbortError'))).toBe('AbortError');
    expect(describeStorageError(new Error(''))).toBe('the browser gave no reason');
    expect(describeStorageError(new Error('disk on fire'))).toBe('disk on fire');
  });

  it('a quota error keeps the work in memory and tells the user', async () => {
    const { storage } = await openWorkspaceStorage(new IDBFactory());
    const first = makeRecord('First', def('One'));
    await storage.put(first);
    const store = createStudioStore({ definition: first.definition });
    const workspace = new Workspace(store, storage, first);
    vi.spyOn(storage, 'put').mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    vi.spyOn(storage, 'putIfUnchanged').mockRejectedValue(new DOMException('', 'QuotaExceededError'));
    store.getState().edit('Change', (d) => ({ ...d, Comment: 'kept' }));
    expect(await workspace.flush()).toBe(false);
    const problem = workspace.status.getState().problem ?? '';
    expect(problem).toMatch(/^Saving failed: the browser’s storage for this site is full \(quota exceeded\)\. Your work stays open/);
    expect(problem).not.toMatch(/\(\)/);
    expect(store.getState().definition.Comment).toBe('kept');
  });
});
