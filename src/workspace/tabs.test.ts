/**
 * Two tabs on one workflow: another tab's save is taken quietly when this tab has no edits,
 * otherwise this tab holds its autosave and the user chooses (reload theirs / keep mine).
 * The tabs talk through a fake channel; time is a simulated clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStudioStore, type StudioStore } from '../store/studioStore';
import { openWorkspaceStorage, type WorkspaceStorage } from './storage';
import { makeRecord, recoverRecord, Workspace, AUTOSAVE_MS, type TabChannel, type TabMessage } from './workspace';
import type { WorkflowRecord } from './records';
import type { StateMachine } from '../asl/types';
import { simulatedClock, type SimulatedClock } from '../time/clock';
import { MapStorage } from './testStorage';
import { until } from './testing/until';

const def = (comment: string): StateMachine => ({ Comment: comment, StartAt: 'A', States: { A: { Type: 'Succeed' } } });

/** A channel hub: what one tab posts, every other tab receives (on the next microtask, like a real channel). */
function fakeHub() {
  const handlers = new Set<(m: TabMessage) => void>();
  return {
    channel(): TabChannel {
      let mine: ((m: TabMessage) => void) | undefined;
      return {
        post: (message) => { for (const h of handlers) if (h !== mine) queueMicrotask(() => h(message)); },
        listen: (handler) => { mine = handler; handlers.add(handler); },
        close: () => { if (mine) handlers.delete(mine); },
      };
    },
  };
}

let clock: SimulatedClock;
beforeEach(() => {
  vi.stubGlobal('localStorage', new MapStorage());
  clock = simulatedClock(1_700_000_000_000);
});
afterEach(() => vi.unstubAllGlobals());

interface Tab { store: StudioStore; workspace: Workspace }

function openTab(storage: WorkspaceStorage, record: WorkflowRecord, hub: ReturnType<typeof fakeHub>): Tab {
  const store = createStudioStore({ definition: record.definition, settings: record.settings, text: record.text }, { clock });
  const workspace = new Workspace(store, storage, record, { clock, channel: hub.channel() });
  workspace.display(record);
  return { store, workspace };
}

async function setup() {
  const { storage } = await openWorkspaceStorage(new IDBFactory());
  const record = makeRecord('Shared', def('original'), { now: clock.now() });
  await storage.put(record);
  const hub = fakeHub();
  return { storage, a: openTab(storage, record, hub), b: openTab(storage, record, hub), id: record.id };
}

const comment = (tab: Tab) => tab.store.getState().definition.Comment;
const edit = (tab: Tab, text: string) => tab.store.getState().edit('Comment', (d) => ({ ...d, Comment: text }));

describe('two tabs on one workflow', () => {
  it('a tab without edits takes the other tab\'s save quietly, with a notice, and writes nothing back', async () => {
    const { storage, a, b, id } = await setup();
    edit(b, 'from B');
    expect(await b.workspace.flush()).toBe(true);
    const savedByB = (await storage.get(id))!.saveId;
    await until(a.workspace.status, (s) => s.notice !== undefined);
    expect(comment(a)).toBe('from B');
    expect(a.workspace.status.getState().notice).toMatch(/saved in another tab/);
    expect(a.workspace.status.getState().conflict).toBeUndefined();
    clock.advance(AUTOSAVE_MS * 3);
    expect((await storage.get(id))!.saveId).toBe(savedByB);
    // Undo goes back to what A showed before.
    a.store.getState().undo();
    expect(comment(a)).toBe('original');
  });

  it('a tab with unsaved edits holds its autosave and shows the conflict; nothing of the other tab is overwritten', async () => {
    const { storage, a, b, id } = await setup();
    edit(a, 'typed in A'); // A's autosave is due in AUTOSAVE_MS
    edit(b, 'saved in B');
    expect(await b.workspace.flush()).toBe(true);
    await until(a.workspace.status, (s) => s.conflict !== undefined);
    expect(a.workspace.status.getState().saving).toBe('conflict');
    expect(a.workspace.status.getState().conflict?.theirs.definition.Comment).toBe('saved in B');
    // A keeps typing; its autosave never fires over B's save while the choice is open.
    edit(a, 'typed in A, more');
    clock.advance(AUTOSAVE_MS * 5);
    await Promise.resolve();
    expect((await storage.get(id))!.definition.Comment).toBe('saved in B');
    expect(await a.workspace.flush()).toBe(false);
    expect((await storage.get(id))!.definition.Comment).toBe('saved in B');
    expect(comment(a)).toBe('typed in A, more');
  });

  it('Reload theirs shows the other tab\'s version as one undo step (Undo brings mine back) and stores nothing new', async () => {
    const { storage, a, b, id } = await setup();
    edit(a, 'mine');
    edit(b, 'theirs');
    await b.workspace.flush();
    await until(a.workspace.status, (s) => s.conflict !== undefined);
    a.workspace.reloadTheirs();
    expect(comment(a)).toBe('theirs');
    expect(a.workspace.status.getState()).toMatchObject({ conflict: undefined, saving: 'saved' });
    clock.advance(AUTOSAVE_MS * 3);
    expect((await storage.get(id))!.definition.Comment).toBe('theirs');
    a.store.getState().undo();
    expect(comment(a)).toBe('mine');
    // Undo is an edit on top of theirs: saved normally now (A is based on B's save).
    clock.advance(AUTOSAVE_MS);
    await until(a.workspace.status, (s) => s.saving === 'saved');
    expect((await storage.get(id))!.definition.Comment).toBe('mine');
  });

  it('Keep mine writes this tab\'s version over the other save; the other tab (no edits) then takes it', async () => {
    const { storage, a, b, id } = await setup();
    edit(a, 'mine');
    edit(b, 'theirs');
    await b.workspace.flush();
    await until(a.workspace.status, (s) => s.conflict !== undefined);
    expect(await a.workspace.keepMine()).toBe(true);
    expect((await storage.get(id))!.definition.Comment).toBe('mine');
    expect(a.workspace.status.getState().conflict).toBeUndefined();
    await until(b.store, (s) => s.definition.Comment === 'mine');
    expect(b.workspace.status.getState().conflict).toBeUndefined();
  });

  it('without the message (a missed broadcast), the save itself finds the other tab\'s write and refuses to overwrite it', async () => {
    const { storage } = await openWorkspaceStorage(new IDBFactory());
    const record = makeRecord('Shared', def('original'), { now: clock.now() });
    await storage.put(record);
    const a = openTab(storage, record, fakeHub());
    const b = openTab(storage, record, fakeHub()); // another hub: A never hears of B's save
    edit(b, 'theirs');
    await b.workspace.flush();
    edit(a, 'mine');
    expect(await a.workspace.flush()).toBe(false);
    expect(a.workspace.status.getState().conflict?.theirs.definition.Comment).toBe('theirs');
    expect((await storage.get(record.id))!.definition.Comment).toBe('theirs');
  });

  it('edits journaled before a reload on a version another tab has saved over come back as a conflict, not silently', async () => {
    const { storage, a, b, id } = await setup();
    edit(a, 'mine, not saved');
    const journalOfA = localStorage.getItem('asl-studio.journal')!;
    expect(JSON.parse(journalOfA).base).toBeDefined();
    a.workspace.dispose(); // A dies before its autosave: only its journal holds the edit
    edit(b, 'theirs');
    await b.workspace.flush();
    // One journal per browser: put back the one A left (as if A were the last to write it).
    localStorage.setItem('asl-studio.journal', journalOfA);
    let mine: WorkflowRecord | undefined;
    const opened = await recoverRecord(storage, id, undefined, (m) => { mine = m; });
    expect(opened?.definition.Comment).toBe('theirs');
    expect(mine?.definition.Comment).toBe('mine, not saved');
    const store = createStudioStore({ definition: opened!.definition, settings: opened!.settings, text: opened!.text }, { clock });
    const workspace = new Workspace(store, storage, opened!, { clock, channel: null });
    workspace.display(opened!);
    workspace.restoreUnsaved(mine!, opened!);
    expect(store.getState().definition.Comment).toBe('mine, not saved');
    expect(workspace.status.getState().conflict?.theirs.definition.Comment).toBe('theirs');
    clock.advance(AUTOSAVE_MS * 3);
    expect((await storage.get(id))!.definition.Comment).toBe('theirs');
  });
});
