/**
 * The studio bound to a file on disk (through `asl-studio open`): which workflow is open, whether
 * the document differs from the file (dirty), Save (explicit or automatic), and changes on disk —
 * taken silently when there are no local edits, otherwise left to the user (keep mine / take
 * theirs), never overwritten silently either way. The same for the workflow's test file: a change
 * on disk reaches the Tests tab at once, or asks when the tests have unsaved edits here.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { deepEqual, parseDefinition } from '../../asl';
import type { WorkflowSettings } from '../../asl/types';
import { isUsableDefinition } from '../../asl/shape';
import type { StudioStore } from '../../store/studioStore';
import { FileApiError, type FileApi, type FileChange, type FileDocument, type FileWorkflow } from './fileApi';
import type { RunDataBinding } from '../../run/runData';
import { loadFileRunData, saveFileRunData } from './fileRunData';

const AUTOSAVE_KEY = 'asl-studio.file-autosave';
const AUTOSAVE_MS = 500;

export interface FileSessionStatus {
  workflows: FileWorkflow[];
  current: FileWorkflow;
  dirty: boolean;
  saving: 'idle' | 'saving' | 'saved' | 'error';
  error?: string | undefined;
  /** The file changed on disk while this document had unsaved edits. */
  conflict?: { theirs: string; version: string } | undefined;
  /** The template's settings changed on disk while Config mode had unsaved settings edits: theirs, to choose from. */
  settingsConflict?: { theirs: WorkflowSettings } | undefined;
  /** The test file changed on disk while the Tests tab had unsaved edits: theirs (as the JSON text the tab edits; null: deleted). */
  testsConflict?: TestsOnDisk | undefined;
  /** The tests "Take theirs" replaced (the Tests tab offers them back in one click), until restored, dismissed or another workflow opens. */
  droppedTests?: { text: string; file: string } | undefined;
  deleted: boolean;
  readOnly: boolean;
  autosave: boolean;
  /** What the last settings save could not write (settings with no place in this template). */
  notice?: string | undefined;
  /** Milliseconds from the change event to the document showing it (last reload). */
  lastReloadMs?: number;
}

/** What the bar says after the conflict dialog was closed without a choice. */
const POSTPONED = 'The file on disk differs from your edits; Save asks again.';

/** The test file on disk as the Tests tab edits it. */
export interface TestsOnDisk {
  file: string;
  text: string | null;
  version: string | null;
}

export class FileSession {
  readonly status: StoreApi<FileSessionStatus>;
  private baseText: string;
  private baseVersion: string;
  /** The template's settings as last read or written (undefined: an ASL file, no template to write to). */
  private baseSettings: WorkflowSettings | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopWatching: () => void;
  private readonly unsubscribe: () => void;
  private runData: RunDataBinding | undefined;
  /** Settings on disk not yet chosen between (kept when the dialog is closed, so Save asks again). */
  private pendingTheirs: WorkflowSettings | undefined;
  private unbindRunData: (() => void) | undefined;
  /** The Tests tab's test file, written to `<name>.sfn-test.yaml` beside the workflow on Save. */
  private tests: RunDataBinding | undefined;
  private unbindTests: (() => void) | undefined;
  private onTestsProblem: ((problem: string | null) => void) | undefined;
  /** The tests as last read from or written to disk; `blocked`: the file on disk is broken and is not overwritten. */
  private testsBase: { text: string | null; version: string | null; file?: string; blocked?: string } = { text: null, version: null };
  private applyingTests = false;
  /** The test file on disk not yet chosen between (kept when the dialog is closed, so Save asks again). */
  private pendingTests: TestsOnDisk | undefined;

  constructor(private readonly store: StudioStore, private readonly api: FileApi, workflows: FileWorkflow[], doc: FileDocument) {
    this.baseText = doc.text;
    this.baseVersion = doc.version;
    this.baseSettings = doc.settings;
    this.status = createStore<FileSessionStatus>()(() => ({
      workflows, current: doc.entry, dirty: false, saving: 'idle', deleted: false, readOnly: doc.readOnly,
      autosave: localStorage.getItem(AUTOSAVE_KEY) === 'on',
    }));
    this.unsubscribe = store.subscribe((state, prev) => {
      if (state.text === prev.text && state.settings === prev.settings) return;
      const dirty = this.isDirty();
      this.status.setState({ dirty });
      if (dirty && this.status.getState().autosave) this.scheduleSave();
    });
    this.stopWatching = api.watch((change) => void this.onDiskChange(change));
  }

  /** The settings differ from the template's (only for a machine of a template). */
  private settingsChanged(): boolean {
    return this.baseSettings !== undefined && !deepEqual(this.store.getState().settings, this.baseSettings);
  }

  private isDirty(): boolean {
    return this.store.getState().text !== this.baseText || this.settingsChanged() || this.testsChanged();
  }

  private testsChanged(): boolean {
    if (!this.tests) return false;
    const text = this.tests.get();
    return (typeof text === 'string' ? text : null) !== this.testsBase.text;
  }

  /**
   * The workflow's tests live in its test file on disk (read now and when another workflow opens,
   * written by Save); `onProblem` hears why the file could not be read (located) or written.
   */
  bindTests(binding: RunDataBinding, onProblem?: (problem: string | null) => void): Promise<void> {
    this.tests = binding;
    this.onTestsProblem = onProblem;
    this.unbindTests = binding.subscribe(() => {
      if (this.applyingTests) return;
      const dirty = this.isDirty();
      this.status.setState({ dirty });
      if (dirty && this.status.getState().autosave) this.scheduleSave();
    });
    return this.loadTests();
  }

  private async loadTests(): Promise<void> {
    const { current } = this.status.getState();
    let read: Awaited<ReturnType<FileApi['readTests']>> | undefined;
    if (current.kind !== 'history') {
      try {
        read = await this.api.readTests(current.id);
      } catch (error) {
        read = { file: '', text: null, version: null, problem: `The test file could not be read: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
    this.pendingTests = undefined;
    this.status.setState({ testsConflict: undefined, droppedTests: undefined });
    this.showTests(read ?? { file: '', text: null, version: null });
  }

  /** The tests as on disk, into the Tests tab (not an edit: it does not make the document dirty). */
  private showTests(read: TestsOnDisk & { problem?: string }): void {
    this.testsBase = { text: read.text, version: read.version, ...(read.file ? { file: read.file } : {}), ...(read.problem ? { blocked: read.problem } : {}) };
    this.applyingTests = true;
    try {
      this.tests?.set(read.text ?? undefined);
    } finally {
      this.applyingTests = false;
    }
    this.onTestsProblem?.(read.problem ? `${read.problem} (fix the file; it is not overwritten meanwhile)` : null);
    this.status.setState({ dirty: this.isDirty() });
  }

  /** The tests as they are in the studio now (the JSON text of the Tests tab), or null for none. */
  private myTests(): string | null {
    const text = this.tests?.get();
    return typeof text === 'string' ? text : null;
  }

  /**
   * The test file changed on disk (or a save found it changed): taken at once when the Tests tab has
   * no unsaved edits, otherwise the user chooses (keep mine / take theirs / show diff). A broken file
   * is reported and neither taken nor overwritten; a deleted one leaves the tests here for Save to
   * write back. @returns whether the user now has a choice to make
   */
  private async takeDiskTests(): Promise<boolean> {
    const { current } = this.status.getState();
    let read: Awaited<ReturnType<FileApi['readTests']>>;
    try {
      read = await this.api.readTests(current.id);
    } catch {
      return false; // half written or gone again: the next event brings it
    }
    if (read.problem) {
      this.testsBase = { ...this.testsBase, version: read.version, file: read.file, blocked: read.problem };
      this.onTestsProblem?.(`${read.problem} (fix the file; it is not overwritten meanwhile)`);
      return false;
    }
    const mine = this.myTests();
    if (read.text === null) {
      // Deleted on disk: the tests stay here (dirty), and Save writes them back.
      this.testsBase = { text: null, version: null, file: read.file };
      this.onTestsProblem?.(mine === null ? null : `${read.file} was deleted on disk. Your tests are still here: Save writes them back.`);
      this.status.setState({ dirty: this.isDirty() });
      return false;
    }
    if (!this.testsChanged() || read.text === mine) {
      this.pendingTests = undefined;
      this.status.setState({ testsConflict: undefined });
      this.showTests(read);
      return false;
    }
    this.pendingTests = { file: read.file, text: read.text, version: read.version };
    this.status.setState({ testsConflict: this.pendingTests });
    return true;
  }

  private async onTestsChange(change: FileChange): Promise<void> {
    const { current } = this.status.getState();
    if (!this.tests || current.kind === 'history' || !change.ids.includes(current.id)) return;
    if (change.version !== null && change.version === this.testsBase.version && !this.testsBase.blocked) return;
    const started = performance.now();
    await this.takeDiskTests();
    this.status.setState({ lastReloadMs: performance.now() - started });
  }

  /**
   * Writes the changed tests into the test file; why it could not, `conflict` when the file changed
   * on disk (the user now chooses), or undefined. The tests stay in the studio either way.
   */
  private async saveTests(id: string, retried = false): Promise<string | 'conflict' | undefined> {
    if (!this.tests || !this.testsChanged()) return undefined;
    const file = this.testsBase.file ?? 'the test file';
    if (this.testsBase.blocked) return `Tests not saved: ${file} on disk cannot be read (${this.testsBase.blocked}); fix it, then save again.`;
    const text = this.tests.get();
    if (typeof text !== 'string') return undefined; // no tests here: the file on disk is left as it is
    try {
      const written = await this.api.writeTests(id, text, this.testsBase.version);
      this.testsBase = { text, version: written.version, file: written.file };
      return undefined;
    } catch (error) {
      if (error instanceof FileApiError && error.status === 409) {
        if (await this.takeDiskTests()) return 'conflict';
        if (this.testsBase.blocked) return `Tests not saved: ${file} on disk cannot be read (${this.testsBase.blocked}); fix it, then save again.`;
        if (!this.testsChanged()) return undefined; // the file on disk already holds these tests
        // Deleted on disk meanwhile: written again, once.
        if (!retried && this.testsBase.version === null) return this.saveTests(id, true);
        return `Tests not saved: ${file} changed on disk since it was read. Your tests are kept here; save again.`;
      }
      return `Tests not saved: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** The run panel's mocks and settings: kept per workflow in this browser, never in the files. */
  bindRunData(binding: RunDataBinding): void {
    this.runData = binding;
    binding.set(loadFileRunData(this.status.getState().current.id), this.status.getState().current.id);
    this.unbindRunData = binding.subscribe(() => saveFileRunData(this.status.getState().current.id, binding.get()));
  }

  setAutosave(on: boolean): void {
    localStorage.setItem(AUTOSAVE_KEY, on ? 'on' : 'off');
    this.status.setState({ autosave: on });
    if (on && this.status.getState().dirty) this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Writes the document's text to its file. `force`: over a version changed on disk (Keep mine). */
  async save(force = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const { current, conflict } = this.status.getState();
    if (conflict && !force) return; // the user decides first
    if (this.pendingTests) {
      // The test file changed on disk under unsaved test edits: the user decides first.
      this.status.setState({ testsConflict: this.pendingTests });
      return;
    }
    if (this.pendingTheirs) {
      // The template's settings changed on disk under unsaved settings edits: the user decides first.
      this.status.setState({ settingsConflict: { theirs: this.pendingTheirs } });
      return;
    }
    const { text, settings, definition } = this.store.getState();
    const settingsChanged = this.settingsChanged();
    this.status.setState({ saving: 'saving' });
    try {
      const onlyTests = this.testsChanged() && text === this.baseText && !settingsChanged && !force && !this.status.getState().deleted;
      if (!onlyTests && (text !== this.baseText || force || this.status.getState().deleted || !settingsChanged)) {
        const result = await this.api.write(current.id, text, this.baseVersion, force);
        this.baseText = text;
        this.baseVersion = result.version;
      }
      let notice: string | undefined;
      if (settingsChanged && this.baseSettings) {
        // Config-mode settings go into the template's state machine properties, edited in place.
        const written = await this.api.writeSettings(current.id, this.baseSettings, settings, definition);
        this.baseSettings = settings;
        if (written.file === current.file) this.baseVersion = written.version;
        notice = written.warnings.length > 0 ? written.warnings.join(' ') : undefined;
      }
      const testsProblem = await this.saveTests(current.id);
      if (testsProblem === 'conflict') {
        this.status.setState({ saving: 'idle', notice, dirty: this.isDirty() });
        return;
      }
      if (testsProblem) {
        this.status.setState({ saving: 'error', error: testsProblem, conflict: undefined, deleted: false, notice, dirty: this.isDirty() });
        return;
      }
      this.status.setState({ saving: 'saved', error: undefined, conflict: undefined, deleted: false, readOnly: false, notice, dirty: this.isDirty() });
    } catch (error) {
      if (error instanceof FileApiError && error.status === 409) {
        this.status.setState({ saving: 'idle', conflict: { theirs: String(error.body.text ?? ''), version: String(error.body.version ?? '') } });
        return;
      }
      const message = error instanceof Error ? error.message : String(error);
      this.status.setState({ saving: 'error', error: `Not saved: ${message}`, ...(error instanceof FileApiError && error.body.readOnly ? { readOnly: true } : {}) });
    }
  }

  /**
   * Keep mine: write this document over the version on disk; settings in conflict are written as
   * they are here (every property that differs from the template's is written).
   */
  keepMine(): Promise<void> {
    const { conflict } = this.status.getState();
    if (this.pendingTheirs) {
      this.baseSettings = this.pendingTheirs;
      this.pendingTheirs = undefined;
      this.status.setState({ settingsConflict: undefined });
    }
    const tests = this.pendingTests;
    if (tests) {
      // My tests are written over the version now on disk.
      this.testsBase = { text: tests.text, version: tests.version, file: tests.file };
      this.pendingTests = undefined;
      this.status.setState({ testsConflict: undefined });
    }
    return this.save(conflict !== undefined);
  }

  /** Take theirs: show the version on disk (text and settings in conflict), dropping the local edits (undo still has them). */
  takeTheirs(): void {
    const conflict = this.status.getState().conflict;
    if (conflict) this.show(conflict.theirs, conflict.version);
    const theirs = this.pendingTheirs;
    if (theirs) {
      this.pendingTheirs = undefined;
      this.baseSettings = theirs;
      this.store.getState().setSettings('Take the settings from disk', () => theirs);
    }
    const tests = this.pendingTests;
    const mine = this.myTests();
    if (tests) {
      this.pendingTests = undefined;
      this.showTests(tests);
    }
    // The tests have no undo history: the replaced text is kept for "Restore my tests".
    const dropped = tests && mine !== null && mine !== tests.text ? { droppedTests: { text: mine, file: tests.file } } : {};
    // The choice is made: the note left by closing the dialog earlier no longer holds.
    const settled = this.status.getState().error === POSTPONED ? { error: undefined } : {};
    this.status.setState({ conflict: undefined, settingsConflict: undefined, testsConflict: undefined, ...dropped, ...settled, dirty: this.isDirty() });
  }

  /** Brings back the tests "Take theirs" replaced, as an unsaved edit (Save writes them over the version on disk). */
  restoreDroppedTests(): void {
    const dropped = this.status.getState().droppedTests;
    if (!dropped || !this.tests) return;
    this.status.setState({ droppedTests: undefined });
    this.tests.set(dropped.text);
  }

  /** Forgets the tests "Take theirs" replaced. */
  dismissDroppedTests(): void {
    this.status.setState({ droppedTests: undefined });
  }

  /** Closes the choice without choosing: the edits stay here, Save asks again. */
  postpone(): void {
    const { conflict, settingsConflict, testsConflict } = this.status.getState();
    if (!conflict && !settingsConflict && !testsConflict) return;
    this.status.setState({ conflict: undefined, settingsConflict: undefined, testsConflict: undefined, error: POSTPONED });
  }

  /** Replaces the document with `text` from disk as one undo step; the canvas keeps its viewport. */
  private show(text: string, version: string): void {
    this.baseText = text;
    this.baseVersion = version;
    const parsed = parseDefinition(text);
    if (isUsableDefinition(parsed) && parsed.definition) {
      this.store.getState().load(parsed.definition, { text, settings: this.store.getState().settings, label: 'Reload from disk' });
    } else {
      this.store.getState().setText(text);
    }
    this.status.setState({ dirty: this.store.getState().text !== this.baseText });
  }

  private async onDiskChange(change: FileChange): Promise<void> {
    if (change.tests) return this.onTestsChange(change);
    const { current, dirty } = this.status.getState();
    // A recorded execution is opened once as a run; the workflow is not its text.
    if (!change.ids.includes(current.id) || current.kind === 'history') return;
    if (change.deleted) {
      this.status.setState({ deleted: true });
      return;
    }
    const started = performance.now();
    let doc: FileDocument;
    try {
      doc = await this.api.read(current.id);
    } catch {
      return; // gone again, or half written: the next event brings it
    }
    this.status.setState({ deleted: false, readOnly: doc.readOnly });
    this.takeDiskSettings(doc.settings);
    if (doc.text === this.baseText) {
      this.baseVersion = doc.version;
      return;
    }
    if (dirty || this.store.getState().text !== this.baseText) {
      this.status.setState({ conflict: { theirs: doc.text, version: doc.version } });
      return;
    }
    this.show(doc.text, doc.version);
    this.status.setState({ lastReloadMs: performance.now() - started });
  }

  /**
   * Settings changed in the template on disk: shown when this session has no unsaved settings edits
   * (one undo step); otherwise the user chooses (keep mine / take theirs / show diff) — unless the
   * disk now holds exactly the settings edited here.
   */
  private takeDiskSettings(settings: WorkflowSettings | undefined): void {
    if (!settings || !this.baseSettings || deepEqual(settings, this.baseSettings)) return;
    const mine = this.store.getState().settings;
    if (!this.settingsChanged() || deepEqual(settings, mine)) {
      this.baseSettings = settings;
      this.pendingTheirs = undefined;
      if (!deepEqual(settings, mine)) this.store.getState().setSettings('Reload settings from disk', () => settings);
      this.status.setState({ settingsConflict: undefined, dirty: this.isDirty() });
      return;
    }
    this.pendingTheirs = settings;
    this.status.setState({ settingsConflict: { theirs: settings } });
  }

  /** Opens another workflow of the opened folder (only without unsaved edits). */
  async open(id: string): Promise<void> {
    if (this.status.getState().dirty) {
      this.status.setState({ error: 'Save (Ctrl+S) before opening another workflow: this one has unsaved edits.' });
      return;
    }
    if (this.status.getState().workflows.find((w) => w.id === id)?.kind === 'history') {
      // A recorded execution opens as a run on the workflow it fits: the page starts again on it.
      window.location.assign(`?workflow=${encodeURIComponent(id)}`);
      return;
    }
    try {
      const doc = await this.api.read(id);
      this.pendingTheirs = undefined;
      this.status.setState({ current: doc.entry, readOnly: doc.readOnly, deleted: false, error: undefined, conflict: undefined, settingsConflict: undefined, testsConflict: undefined });
      this.runData?.set(loadFileRunData(doc.entry.id), doc.entry.id);
      const name = doc.entry.logicalId ?? doc.entry.file.replace(/^.*\//, '').replace(/\.(asl\.)?(json|ya?ml)$/i, '');
      this.baseText = doc.text;
      this.baseVersion = doc.version;
      this.baseSettings = doc.settings;
      const parsed = parseDefinition(doc.text);
      const definition = isUsableDefinition(parsed) && parsed.definition ? parsed.definition : this.store.getState().definition;
      this.store.getState().openDocument({ definition, text: doc.text, settings: doc.settings ?? { name } });
      if (this.tests) await this.loadTests();
      this.status.setState({ dirty: false });
    } catch (error) {
      this.status.setState({ error: error instanceof Error ? error.message : String(error) });
    }
  }

  dispose(): void {
    this.stopWatching();
    this.unsubscribe();
    this.unbindRunData?.();
    this.unbindTests?.();
    if (this.timer) clearTimeout(this.timer);
  }
}
