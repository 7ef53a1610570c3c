/**
 * FileSession against a fake server: the template's settings changing on disk while Config mode
 * has unsaved settings edits ask the user (keep mine / take theirs), never taken or overwritten silently.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import { createStudioStore } from '../../store/studioStore';
import { MapStorage } from '../../workspace/testStorage';
import { FileApiError, type FileApi, type FileChange, type FileDocument, type FileWorkflow } from './fileApi';
import type { RunDataBinding } from '../../run/runData';
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

const SUITE = (...names: string[]) => `${JSON.stringify({ workflow: 'flow.asl.json', tests: names.map((name) => ({ name })) }, null, 2)}\n`;

/** The server's side of the test file `flow.sfn-test.yaml`: versions, 409 over a stale base, change events. */
class FakeTestsApi extends FakeApi {
  tests: string | null = SUITE('a');
  problem: string | undefined;
  testWrites: { text: string; baseVersion: string | null }[] = [];
  private testsListener: ((change: FileChange) => void) | undefined;
  private readonly version = () => (this.tests === null ? null : `t-${this.tests.length}-${this.tests.slice(-40)}`);

  readTests = () => Promise.resolve({ file: 'flow.sfn-test.yaml', text: this.problem ? null : this.tests, version: this.version(), ...(this.problem ? { problem: this.problem } : {}) });
  writeTests = (_id: string, text: string, baseVersion: string | null) => {
    if (baseVersion !== this.version()) return Promise.reject(new FileApiError(409, 'flow.sfn-test.yaml changed on disk since it was read.', { version: this.version() }));
    this.testWrites.push({ text, baseVersion });
    this.tests = text;
    return Promise.resolve({ file: 'flow.sfn-test.yaml', version: this.version()! });
  };
  override watch = (listener: (change: FileChange) => void) => {
    this.testsListener = listener;
    return () => undefined;
  };
  /** Someone writes the test file on disk; `quiet`: no event yet (the save finds it first). */
  async editTestsOnDisk(text: string | null, quiet = false): Promise<void> {
    this.tests = text;
    if (!quiet) this.testsListener?.({ file: 'flow.sfn-test.yaml', version: this.version(), ids: [ENTRY.id], deleted: text === null, tests: true });
    await settle();
  }
}

/** The Tests tab's text, as bootFiles binds it. */
function testsTab(): RunDataBinding & { value: unknown } {
  const listeners = new Set<() => void>();
  const tab = {
    value: undefined as unknown,
    get: () => tab.value,
    set: (value: unknown) => {
      tab.value = value;
      for (const l of listeners) l();
    },
    subscribe: (l: () => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return tab;
}

async function openWithTests(api: FakeTestsApi) {
  const opened = open(api);
  const tab = testsTab();
  const problems: (string | null)[] = [];
  await opened.session.bindTests(tab, (p) => problems.push(p));
  return { ...opened, tab, problems };
}

describe('the test file changed on disk', () => {
  it('without unsaved test edits: the Tests tab shows the new cases at once, nothing is dirty or written', async () => {
    const api = new FakeTestsApi();
    const { session, tab } = await openWithTests(api);
    expect(tab.value).toBe(SUITE('a'));
    await api.editTestsOnDisk(SUITE('a', 'b'));
    expect(tab.value).toBe(SUITE('a', 'b'));
    expect(session.status.getState()).toMatchObject({ dirty: false, testsConflict: undefined });
    expect(api.testWrites).toEqual([]);
    // A later edit saves over the version now on disk.
    tab.set(SUITE('a', 'b', 'c'));
    await session.save();
    expect(api.tests).toBe(SUITE('a', 'b', 'c'));
  });

  it('with unsaved test edits: the user chooses; nothing taken or written before; Keep mine writes mine over theirs', async () => {
    const api = new FakeTestsApi();
    const { session, tab } = await openWithTests(api);
    tab.set(SUITE('a', 'mine'));
    expect(session.status.getState().dirty).toBe(true);
    await api.editTestsOnDisk(SUITE('a', 'theirs'));
    expect(session.status.getState().testsConflict).toMatchObject({ file: 'flow.sfn-test.yaml', text: SUITE('a', 'theirs') });
    expect(tab.value).toBe(SUITE('a', 'mine'));
    await session.save();
    expect(api.testWrites).toEqual([]);
    await session.keepMine();
    expect(api.tests).toBe(SUITE('a', 'mine'));
    expect(session.status.getState()).toMatchObject({ testsConflict: undefined, dirty: false, saving: 'saved' });
  });

  it('Take theirs shows the file on disk; closing the dialog keeps mine and Save asks again', async () => {
    const api = new FakeTestsApi();
    const { session, tab } = await openWithTests(api);
    tab.set(SUITE('a', 'mine'));
    await api.editTestsOnDisk(SUITE('a', 'theirs'));
    session.postpone();
    expect(session.status.getState().testsConflict).toBeUndefined();
    await session.save();
    expect(session.status.getState().testsConflict).toMatchObject({ text: SUITE('a', 'theirs') });
    expect(api.testWrites).toEqual([]);
    session.takeTheirs();
    expect(tab.value).toBe(SUITE('a', 'theirs'));
    expect(session.status.getState()).toMatchObject({ testsConflict: undefined, dirty: false, error: undefined });
    expect(api.testWrites).toEqual([]);
  });

  it('Take theirs keeps my tests recoverable: Restore brings them back as an edit and Save writes them over theirs', async () => {
    const api = new FakeTestsApi();
    const { session, tab } = await openWithTests(api);
    tab.set(SUITE('a', 'mine'));
    await api.editTestsOnDisk(SUITE('a', 'theirs'));
    expect(session.status.getState().testsConflict).toMatchObject({ text: SUITE('a', 'theirs') });
    session.takeTheirs();
    expect(tab.value).toBe(SUITE('a', 'theirs'));
    expect(session.status.getState()).toMatchObject({ droppedTests: { text: SUITE('a', 'mine'), file: 'flow.sfn-test.yaml' }, dirty: false });
    session.restoreDroppedTests();
    expect(tab.value).toBe(SUITE('a', 'mine'));
    expect(session.status.getState()).toMatchObject({ droppedTests: undefined, dirty: true });
    await session.save();
    expect(api.tests).toBe(SUITE('a', 'mine'));
    expect(session.status.getState()).toMatchObject({ testsConflict: undefined, dirty: false, saving: 'saved' });
    // Nothing to restore when mine and theirs are the same, or after dismissing.
    tab.set(SUITE('a', 'again'));
    await api.editTestsOnDisk(SUITE('a', 'theirs 2'));
    session.takeTheirs();
    session.dismissDroppedTests();
    expect(session.status.getState().droppedTests).toBeUndefined();
  });

  it('a save refused with 409 opens the same choice instead of an error', async () => {
    const api = new FakeTestsApi();
    const { session, tab } = await openWithTests(api);
    tab.set(SUITE('a', 'mine'));
    await api.editTestsOnDisk(SUITE('a', 'theirs'), true);
    await session.save();
    expect(session.status.getState()).toMatchObject({ testsConflict: { text: SUITE('a', 'theirs') }, saving: 'idle' });
    expect(session.status.getState().error).toBeUndefined();
    expect(api.tests).toBe(SUITE('a', 'theirs'));
    await session.keepMine();
    expect(api.tests).toBe(SUITE('a', 'mine'));
  });

  it('a broken file on disk is reported and not taken; a deleted one leaves the tests here for Save', async () => {
    const api = new FakeTestsApi();
    const { session, tab, problems } = await openWithTests(api);
    api.problem = 'flow.sfn-test.yaml:2:3: Unexpected flow-seq-end';
    await api.editTestsOnDisk('tests: [\n  ]]');
    expect(tab.value).toBe(SUITE('a'));
    expect(problems.at(-1)).toMatch(/^flow\.sfn-test\.yaml:2:3: .*not overwritten meanwhile/);
    api.problem = undefined;
    await api.editTestsOnDisk(SUITE('a', 'fixed'));
    expect(tab.value).toBe(SUITE('a', 'fixed'));
    expect(problems.at(-1)).toBeNull();
    await api.editTestsOnDisk(null);
    expect(tab.value).toBe(SUITE('a', 'fixed'));
    expect(problems.at(-1)).toBe('flow.sfn-test.yaml was deleted on disk. Your tests are still here: Save writes them back.');
    expect(session.status.getState().dirty).toBe(true);
    await session.save();
    expect(api.tests).toBe(SUITE('a', 'fixed'));
  });
});
