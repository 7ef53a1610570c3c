/**
 * FileSession against a fake server: the template's settings changing on disk while Config mode
 * has unsaved settings edits ask the user (keep mine / take theirs), never taken or overwritten silently.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import { createStudioStore } from '../../store/studioStore';
import { MapStorage } from '../../workspace/testStorage';
import type { FileApi, FileChange, FileDocument, FileWorkflow } from './fileApi';
import { FileSession } from './fileSession';

const DEF: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } };
const TEXT = `${JSON.stringify(DEF, null, 2)}\n`;
const ENTRY: FileWorkflow = { id: 'template.yaml#Flow', file: 'flow.asl.json', kind: 'DefinitionUri', template: 'template.yaml', logicalId: 'Flow' };
const BASE: WorkflowSettings = { name: 'Flow', type: 'STANDARD', tracing: false };

/** The server's side: one definition file and one template's settings. */
class FakeApi {
  text = TEXT;
  settings: WorkflowSettings = BASE;
  writes: { previous: WorkflowSettings; next: WorkflowSettings }[] = [];
  private listener: ((change: FileChange) => void) | undefined;

  doc(): FileDocument {
    return { entry: ENTRY, text: this.text, version: `v-${this.text.length}`, readOnly: false, settings: this.settings };
  }
  read = () => Promise.resolve(this.doc());
  write = (_id: string, text: string) => {
    this.text = text;
    return Promise.resolve({ version: `v-${text.length}`, recreated: false });
  };
  writeSettings = (_id: string, previous: WorkflowSettings, next: WorkflowSettings) => {
    this.writes.push({ previous, next });
    // The server applies previous → next property by property onto the template as it is now.
    const merged: Record<string, unknown> = { ...this.settings };
    for (const key of new Set([...Object.keys(previous), ...Object.keys(next)])) {
      if (JSON.stringify(previous[key]) !== JSON.stringify(next[key])) merged[key] = next[key];
    }
    this.settings = merged as WorkflowSettings;
    return Promise.resolve({ version: 'tv', warnings: [], file: 'template.yaml' });
  };
  watch = (listener: (change: FileChange) => void) => {
    this.listener = listener;
    return () => undefined;
  };
  /** Someone edits the template on disk (another editor, git checkout). */
  async editOnDisk(settings: WorkflowSettings): Promise<void> {
    this.settings = settings;
    this.listener?.({ file: 'template.yaml', version: 'x', ids: [ENTRY.id], deleted: false });
    await vi.waitFor(() => undefined);
  }
}

function open(api: FakeApi) {
  const store = createStudioStore({ definition: DEF, settings: BASE, text: TEXT });
  const session = new FileSession(store, api as unknown as FileApi, [ENTRY], api.doc());
  return { store, session };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => vi.stubGlobal('localStorage', new MapStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('settings changed on disk while Config mode has unsaved edits', () => {
  it('asks; Keep mine writes my settings over theirs (every property that differs)', async () => {
    const api = new FakeApi();
    const { store, session } = open(api);
    store.getState().setSettings('Type', (s) => ({ ...s, type: 'EXPRESS' }));
    await api.editOnDisk({ ...BASE, tracing: true });
    await settle();
    expect(session.status.getState().settingsConflict).toEqual({ theirs: { ...BASE, tracing: true } });
    // Nothing was taken silently: my edit is still here and still unsaved.
    expect(store.getState().settings).toEqual({ ...BASE, type: 'EXPRESS' });
    expect(session.status.getState().dirty).toBe(true);
    // Save does not write over theirs before the user chose.
    await session.save();
    expect(api.writes).toEqual([]);

    await session.keepMine();
    expect(api.writes).toEqual([{ previous: { ...BASE, tracing: true }, next: { ...BASE, type: 'EXPRESS' } }]);
    expect(api.settings).toEqual({ ...BASE, type: 'EXPRESS' });
    expect(session.status.getState()).toMatchObject({ settingsConflict: undefined, dirty: false });
  });

  it('Take theirs shows the settings on disk as one undo step (undo brings mine back), writing nothing', async () => {
    const api = new FakeApi();
    const { store, session } = open(api);
    store.getState().setSettings('Type', (s) => ({ ...s, type: 'EXPRESS' }));
    await api.editOnDisk({ ...BASE, tracing: true });
    await settle();
    session.takeTheirs();
    expect(store.getState().settings).toEqual({ ...BASE, tracing: true });
    expect(session.status.getState()).toMatchObject({ settingsConflict: undefined, dirty: false });
    expect(api.writes).toEqual([]);
    store.getState().undo();
    expect(store.getState().settings).toEqual({ ...BASE, type: 'EXPRESS' });
    expect(session.status.getState().dirty).toBe(true);
  });

  it('closing the dialog keeps my edits; Save asks again', async () => {
    const api = new FakeApi();
    const { store, session } = open(api);
    store.getState().setSettings('Type', (s) => ({ ...s, type: 'EXPRESS' }));
    await api.editOnDisk({ ...BASE, tracing: true });
    await settle();
    session.postpone();
    expect(session.status.getState().settingsConflict).toBeUndefined();
    await session.save();
    expect(session.status.getState().settingsConflict).toEqual({ theirs: { ...BASE, tracing: true } });
    expect(api.writes).toEqual([]);
  });

  it('without settings edits the disk settings are taken quietly; the same settings as mine need no choice', async () => {
    const api = new FakeApi();
    const { store, session } = open(api);
    await api.editOnDisk({ ...BASE, tracing: true });
    await settle();
    expect(store.getState().settings).toEqual({ ...BASE, tracing: true });
    expect(session.status.getState()).toMatchObject({ settingsConflict: undefined, dirty: false });

    store.getState().setSettings('Type', (s) => ({ ...s, type: 'EXPRESS' }));
    await api.editOnDisk({ ...BASE, tracing: true, type: 'EXPRESS' });
    await settle();
    expect(session.status.getState()).toMatchObject({ settingsConflict: undefined, dirty: false });
  });
});
