/**
 * The local library bound to the studio store: which workflow is open, autosave (debounced
 * IndexedDB writes plus a synchronous crash journal), create/rename/duplicate/delete with undo,
 * versions, and imports. Saving never blocks typing: the store is read after the debounce.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseDefinition } from '../asl';
import type { StateMachine, WorkflowSettings } from '../asl/types';
import type { StudioStore } from '../store/studioStore';
import { isUsableDefinition } from '../asl/shape';
import { defaultWorkflowName, uniqueName } from './names';
import { newId, summarize, type VersionRecord, type WorkflowRecord, type WorkflowSummary } from './records';
import { describeStorageError, type WorkspaceStorage } from './storage';
import { readJournal, rememberCurrent, writeJournal } from './journal';
import { realClock, type Clock, type TimerHandle } from '../time/clock';
import { pendingEdits as pagePendingEdits, type PendingEdits } from '../store/pendingEdits';
import { sameRunData, type RunDataBinding } from '../run/runData';
import { takeLegacyRunData } from './legacyRunData';

export const AUTOSAVE_MS = 300;
/** Texts shorter than this are journaled synchronously on every change. */
const JOURNAL_SYNC_LIMIT = 100_000;
/** Undo entries kept across reloads (each is a whole-document snapshot). */
const PERSISTED_HISTORY = 50;

export type { RunDataBinding };

/** The open workflow as another tab saved it, while this tab has edits of its own. */
export interface TabConflict {
  theirs: WorkflowRecord;
}

export interface WorkspaceStatus {
  currentId: string;
  workflows: WorkflowSummary[];
  /** `conflict`: another tab saved this workflow; nothing is written until the user chooses. */
  saving: 'idle' | 'pending' | 'saved' | 'error' | 'conflict';
  conflict?: TabConflict | undefined;
  lastSavedAt?: number;
  storageKind: 'indexeddb' | 'memory';
  problem?: string | undefined;
  /** The last deleted workflow, restorable with undoDelete(). */
  recentlyDeleted?: { id: string; name: string } | undefined;
  notice?: string | undefined;
}

/** What tabs tell each other: "I saved workflow `savedId`". */
export interface TabMessage {
  savedId: string;
  tab: string;
}

/** Messages between the tabs of one browser (a BroadcastChannel; tests pass a fake). */
export interface TabChannel {
  post(message: TabMessage): void;
  listen(handler: (message: TabMessage) => void): void;
  close(): void;
}

function broadcastChannel(): TabChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('asl-studio.workspace');
  return {
    post: (message) => channel.postMessage(message),
    listen: (handler) => { channel.onmessage = (event: MessageEvent<TabMessage>) => handler(event.data); },
    close: () => channel.close(),
  };
}

export interface WorkspaceOptions {
  /** Why the preferred storage could not be used (shown in the status bar). */
  problem?: string | undefined;
  /** Autosave and journal timers and record timestamps (default: the real clock). */
  clock?: Clock;
  /** Typed text not in the document yet (default: the page's registry). */
  pendingEdits?: PendingEdits;
  /** How tabs tell each other about saves (default: a BroadcastChannel; null: none). */
  channel?: TabChannel | null;
}

export class Workspace {
  readonly status: StoreApi<WorkspaceStatus>;
  private current: WorkflowRecord;
  private timer: TimerHandle | undefined;
  private deleted: WorkflowRecord | undefined;
  private unsubscribers: (() => void)[] = [];
  private runData: RunDataBinding | undefined;
  private testData: RunDataBinding | undefined;
  private currentDeleted = false;
  private journalTimer: TimerHandle | undefined;
  private channel: TabChannel | undefined;
  private readonly tabId = newId('tab');
  private savedRevision = -1;
  /** The run data changed since the last save. */
  private runDataChanged = false;
  /** The library save this tab's document is based on (see WorkflowRecord.saveId). */
  private baseSaveId: string | undefined;
  /** Set while the workspace itself changes the document (opening, taking another tab's save). */
  private applying = false;

  private readonly clock: Clock;
  private readonly pending: PendingEdits;

  constructor(private readonly store: StudioStore, private readonly storage: WorkspaceStorage, initial: WorkflowRecord, options: WorkspaceOptions = {}) {
    const { problem } = options;
    this.clock = options.clock ?? realClock;
    this.pending = options.pendingEdits ?? pagePendingEdits;
    this.current = initial;
    this.baseSaveId = initial.saveId;
    this.status = createStore<WorkspaceStatus>()(() => ({
      currentId: initial.id,
      workflows: [],
      saving: 'idle',
      storageKind: storage.kind,
      ...(problem ? { problem } : {}),
    }));
    this.unsubscribers.push(store.subscribe((state, prev) => {
      if (this.applying) return;
      if (state.revision !== prev.revision) this.onDocumentChange();
      else if (state.mode !== prev.mode || state.selection !== prev.selection || state.viewport !== prev.viewport || state.collapsed !== prev.collapsed) this.scheduleSave();
    }));
    // Text typed but not yet in the document is not saved: never say "Saved" over it.
    this.unsubscribers.push(this.pending.subscribe(() => this.onPendingEditsChange()));
    this.savedRevision = store.getState().revision;
    this.watchOtherTabs(options.channel === undefined ? broadcastChannel() : options.channel ?? undefined);
  }

  private onPendingEditsChange(): void {
    if (this.status.getState().conflict) return;
    if (this.pending.size > 0) this.status.setState({ saving: 'pending' });
    else if (!this.timer && this.status.getState().saving === 'pending') {
      // The drafts were dropped (Escape) or committed: settle on what storage holds.
      if (this.store.getState().revision === this.savedRevision) this.status.setState({ saving: 'saved' });
      else this.scheduleSave();
    }
  }

  /**
   * The page is being hidden or closed: typed drafts go into the document, the crash journal is
   * written synchronously, and the IndexedDB write starts (it may not finish; the journal covers it).
   */
  flushBeforeLeaving(): void {
    this.pending.flushAll();
    this.flushJournal();
    void this.flush();
  }

  /** Ctrl+S: typed drafts go into the document and the workflow is written now. */
  saveNow(): void {
    this.pending.flushAll();
    void this.flush();
  }

  /**
   * Tabs of the same browser share the library. When another tab saves the workflow open here,
   * this tab takes that version if it has no edits of its own; otherwise it holds its autosave
   * and asks (reload theirs / keep mine / compare). Saves are also checked in storage
   * (putIfUnchanged), so a missed message cannot lead to a silent overwrite either.
   */
  private watchOtherTabs(channel: TabChannel | undefined): void {
    if (!channel) return;
    channel.listen((message) => {
      if (message.tab !== this.tabId && message.savedId === this.current.id) void this.checkSavedElsewhere();
    });
    this.channel = channel;
    this.unsubscribers.push(() => channel.close());
  }

  /** Looks at the stored copy of the open workflow: another tab's save is taken or offered. */
  async checkSavedElsewhere(): Promise<void> {
    if (this.currentDeleted) return;
    const id = this.current.id;
    const stored = await this.storage.get(id);
    if (!stored || id !== this.current.id || stored.saveId === this.baseSaveId) return;
    if (this.hasUnsavedEdits()) this.enterConflict(stored);
    else this.takeVersion(stored, 'Saved in another tab', 'This workflow was saved in another tab; that version is shown now (Undo brings back the previous one).');
  }

  /** Typed, changed or being written since the last save of this tab. */
  private hasUnsavedEdits(): boolean {
    return this.timer !== undefined || this.pending.size > 0 || this.store.getState().revision !== this.savedRevision || this.runDataChanged;
  }

  private enterConflict(theirs: WorkflowRecord): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.status.setState({ conflict: { theirs }, saving: 'conflict' });
  }

  /**
   * Shows `record` (a save from another tab) in place of the document, as one undo step, and
   * bases this tab on it. Nothing is written back: the library already holds it.
   */
  private takeVersion(record: WorkflowRecord, label: string, notice?: string): void {
    const s = this.store.getState();
    const differs = s.text !== record.text || JSON.stringify(s.settings) !== JSON.stringify(record.settings);
    const runDiffers = this.runData ? !sameRunData(this.runData.get(), record.run) : false;
    this.applying = true;
    try {
      if (differs) s.load(record.definition, { text: record.text, settings: record.settings, label });
      if (runDiffers) this.runData?.set(record.run);
      if (this.testData && this.testData.get() !== record.tests) this.testData.set(record.tests);
    } finally {
      this.applying = false;
    }
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.current = { ...record };
    this.baseSaveId = record.saveId;
    this.savedRevision = this.store.getState().revision;
    this.runDataChanged = false;
    this.flushJournal();
    this.status.setState({
      conflict: undefined, saving: 'saved', lastSavedAt: record.updatedAt,
      ...(notice && (differs || runDiffers) ? { notice } : {}),
    });
  }

  /** Conflict, "Reload theirs": the other tab's version replaces this one (Undo brings mine back). */
  reloadTheirs(): void {
    const conflict = this.status.getState().conflict;
    if (!conflict) return;
    // Typed drafts go into the document first, so the undo step back to mine holds them.
    this.pending.flushAll();
    this.takeVersion(conflict.theirs, 'Reload the version saved in another tab');
  }

  /** Conflict, "Keep mine": writes this tab's version over the other tab's save, as chosen. */
  async keepMine(): Promise<boolean> {
    if (!this.status.getState().conflict) return true;
    this.pending.flushAll();
    this.status.setState({ conflict: undefined });
    return this.flush({ force: true });
  }

  /**
   * At start-up: edits journaled before a reload on a save that another tab has replaced since
   * (`mine.saveId` is the save they were made on). They are shown, with the choice to make.
   */
  restoreUnsaved(mine: WorkflowRecord, theirs: WorkflowRecord): void {
    this.enterConflict(theirs);
    this.baseSaveId = mine.saveId;
    this.store.getState().load(mine.definition, { text: mine.text, settings: mine.settings, label: 'Unsaved edits from before the reload' });
    if (mine.run !== undefined && !sameRunData(mine.run, this.currentRunData())) {
      this.applying = true;
      try {
        if (this.runData) this.runData.set(mine.run);
        else this.current = { ...this.current, run: mine.run };
      } finally {
        this.applying = false;
      }
      this.runDataChanged = true;
    }
    this.flushJournal();
  }

  /** Connects the run panel's data; it is saved and restored with the workflow. */
  bindRunData(binding: RunDataBinding): void {
    this.runData = binding;
    this.applying = true;
    try {
      binding.set(this.current.run, this.current.id);
    } finally {
      this.applying = false;
    }
    this.unsubscribers.push(binding.subscribe(() => this.onRunDataChange()));
  }

  /** The open workflow's run data as it is now. */
  currentRunData(): unknown {
    return this.runData ? this.runData.get() : this.current.run;
  }

  /** The run data or the tests changed (both are saved with the workflow, outside its undo history). */
  private onRunDataChange(): void {
    if (this.applying) return;
    this.runDataChanged = true;
    this.journalSoon();
    this.scheduleSave();
  }

  /** Connects the workflow's test file (text); saved and restored with the workflow, cleared for one without tests. */
  bindTests(binding: RunDataBinding): void {
    this.testData = binding;
    this.applying = true;
    try {
      binding.set(this.current.tests);
    } finally {
      this.applying = false;
    }
    this.unsubscribers.push(binding.subscribe(() => this.onRunDataChange()));
  }

  get currentId(): string {
    return this.current.id;
  }

  private onDocumentChange(): void {
    this.journalSoon();
    this.scheduleSave();
  }

  private journalSoon(): void {
    // Small documents are journaled inside the edit itself (well under a millisecond). A large
    // one (hundreds of KB to stringify and store) is journaled right after the edit's task, so
    // the edit stays fast; a page hidden or closed in between is journaled by flushJournal().
    if (this.store.getState().text.length < JOURNAL_SYNC_LIMIT) this.flushJournal();
    else if (this.journalTimer === undefined) this.journalTimer = this.clock.setTimeout(() => this.flushJournal(), 0);
  }

  /** Writes the crash journal now (also called when the page is hidden or closed). */
  flushJournal(): void {
    if (this.journalTimer !== undefined) this.clock.clearTimeout(this.journalTimer);
    this.journalTimer = undefined;
    if (this.currentDeleted) return;
    const s = this.store.getState();
    const run = this.currentRunData();
    const problem = writeJournal({
      id: this.current.id, text: s.text, settings: s.settings, at: this.clock.now(),
      ...(run !== undefined ? { run } : {}), ...this.testsOf(), ...(this.baseSaveId !== undefined ? { base: this.baseSaveId } : {}),
    });
    if (problem && !this.status.getState().problem) this.status.setState({ problem: `Crash journal unavailable: ${problem}` });
  }

  private scheduleSave(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    // Another tab's save is waiting for the user's choice: nothing is written meanwhile.
    if (this.status.getState().conflict) return;
    this.status.setState({ saving: 'pending' });
    this.timer = this.clock.setTimeout(() => void this.flush(), AUTOSAVE_MS);
  }

  /**
   * Writes the open workflow now (also called when the page is hidden). Only over the save this
   * tab is based on: when another tab saved since, nothing is written and the user chooses
   * (`force`: the user chose "Keep mine").
   */
  flush(options: { force?: boolean } = {}): Promise<boolean> {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    // One write at a time: a save that started while the previous one was still being written
    // would be checked against the save before it and mistaken for another tab's (a conflict with itself).
    const next = this.writing.then(() => this.flushNow(options));
    this.writing = next.catch(() => false);
    return next;
  }

  /** The tail of this tab's writes (each flush waits for the one before). */
  private writing: Promise<unknown> = Promise.resolve();

  private async flushNow(options: { force?: boolean }): Promise<boolean> {
    // A deleted workflow must not be written back by a late autosave.
    if (this.currentDeleted) return true;
    if (this.status.getState().conflict && !options.force) return false;
    const revision = this.store.getState().revision;
    const runChanged = this.runDataChanged;
    this.runDataChanged = false;
    const record = this.snapshotRecord();
    this.current = record;
    try {
      const written = await this.write(record, options.force ?? false);
      if (!written) {
        this.runDataChanged ||= runChanged;
        return false;
      }
    } catch (error) {
      this.runDataChanged ||= runChanged;
      this.status.setState({ saving: 'error', problem: `Saving failed: ${describeStorageError(error)}. Your work stays open in this tab (nothing is lost while it is open); export it to keep a copy, or free some space and edit again to retry.` });
      return false;
    }
    this.savedRevision = revision;
    this.status.setState({ saving: this.pending.size > 0 || this.timer ? 'pending' : 'saved', lastSavedAt: this.current.updatedAt });
    await this.refreshList().catch(() => undefined);
    return true;
  }

  /**
   * Stores `record` over this tab's base save (any save with `force`); false when another tab's
   * save is there (the conflict is then shown). Tells the other tabs.
   */
  private async write(record: WorkflowRecord, force: boolean): Promise<boolean> {
    if (force) await this.storage.put(record);
    else {
      const result = await this.storage.putIfUnchanged(record, this.baseSaveId);
      if (!result.ok) {
        this.enterConflict(result.stored);
        return false;
      }
    }
    this.baseSaveId = record.saveId;
    this.channel?.post({ savedId: record.id, tab: this.tabId });
    return true;
  }

  private snapshotRecord(): WorkflowRecord {
    const s = this.store.getState();
    const { tests: _tests, ...current } = this.current;
    return {
      ...current,
      name: s.settings.name ?? this.current.name,
      updatedAt: this.clock.now(),
      definition: s.definition,
      text: s.text,
      settings: s.settings,
      history: { past: s.history.past.slice(-PERSISTED_HISTORY), future: s.history.future.slice(-PERSISTED_HISTORY) },
      view: { mode: s.mode, selection: s.selection, ...(s.viewport ? { viewport: s.viewport } : {}), collapsed: { ...s.collapsed } },
      ...(this.runData ? { run: this.runData.get() } : {}),
      saveId: newId('save'),
      ...this.testsOf(),
    };
  }

  private testsOf(): { tests?: string } {
    const tests = this.testData ? this.testData.get() : this.current.tests;
    return typeof tests === 'string' ? { tests } : {};
  }

  async refreshList(): Promise<WorkflowSummary[]> {
    const records = await this.storage.list();
    const workflows = records.map(summarize).sort((a, b) => b.updatedAt - a.updatedAt);
    this.status.setState({ workflows });
    this.showStorageNotices();
    return workflows;
  }

  /** Tells the user what reading the library repaired or set aside. */
  showStorageNotices(extra: string[] = []): void {
    const notices = [...extra, ...this.storage.takeNotices()];
    if (notices.length === 0) return;
    const previous = this.status.getState().notice;
    this.status.setState({ notice: [previous, ...notices].filter(Boolean).join(' ') });
  }

  /**
   * Shows a record of the library in the studio: document, settings, undo history, view and run
   * data. It is what storage holds, so nothing is written (unless old run data was adopted).
   */
  display(stored: WorkflowRecord): void {
    // Run data kept in localStorage by name before it was saved with the workflow: adopted once.
    const legacy = stored.run === undefined ? takeLegacyRunData(stored.name) : undefined;
    const record = legacy ? { ...stored, run: legacy } : stored;
    this.current = record;
    this.baseSaveId = record.saveId;
    this.currentDeleted = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    rememberCurrent(record.id);
    this.applying = true;
    try {
      this.store.getState().openDocument({
        definition: record.definition,
        text: record.text,
        settings: record.settings,
        ...(record.history ? { history: record.history } : {}),
        ...(record.view ? { mode: record.view.mode, selection: record.view.selection, viewport: record.view.viewport ?? null, collapsed: record.view.collapsed ?? {} } : {}),
      });
      this.runData?.set(record.run, record.id);
      this.testData?.set(record.tests);
    } finally {
      this.applying = false;
    }
    this.savedRevision = this.store.getState().revision;
    this.runDataChanged = false;
    this.status.setState({ currentId: record.id, conflict: undefined, saving: this.pending.size > 0 ? 'pending' : 'saved', lastSavedAt: record.updatedAt });
    if (legacy) {
      this.runDataChanged = true;
      this.scheduleSave();
    }
  }

  /**
   * Saves the open workflow before another replaces it. When that fails the switch is refused:
   * the open work is the only copy, so it must stay on screen.
   */
  private async leaveCurrent(): Promise<boolean> {
    if (this.currentDeleted) return true;
    if (this.status.getState().conflict) {
      this.status.setState({ notice: 'This workflow was changed in another tab: choose which version to keep first (nothing is lost meanwhile).' });
      return false;
    }
    if (await this.flush()) return true;
    if (this.status.getState().conflict) return false;
    this.status.setState({ notice: 'The open workflow could not be saved, so it stays open (nothing is lost). Export it or free some storage, then try again.' });
    return false;
  }

  async open(id: string): Promise<boolean> {
    if (id === this.current.id) return true;
    if (!(await this.leaveCurrent())) return false;
    const record = await this.storage.get(id);
    if (!record) {
      this.status.setState({ notice: 'That workflow is no longer in the library.' });
      return false;
    }
    // Typing during the awaits above belongs to the workflow being left: save it too.
    if (this.pendingChanges() && !(await this.leaveCurrent())) return false;
    this.display(record);
    return true;
  }

  /**
   * A new library entry. `keepName`: the name is the one a template deploys under (an imported
   * template), so it is kept even when another entry has it; otherwise it is made unique.
   */
  async create(name: string, definition: StateMachine, options: { settings?: WorkflowSettings; text?: string; run?: unknown; keepName?: boolean } = {}): Promise<WorkflowRecord | undefined> {
    if (!(await this.leaveCurrent())) return undefined;
    // No two library entries share a name (it is also the state machine's name), unless the name is the template's own.
    const taken = options.keepName ? [] : (await this.storage.list()).map((w) => w.name);
    const { keepName: _keepName, ...recordOptions } = options;
    const record = makeRecord(uniqueName(name, taken), definition, { ...recordOptions, now: this.clock.now() });
    await this.storage.put(record);
    if (this.pendingChanges() && !(await this.leaveCurrent())) return undefined;
    this.display(record);
    await this.refreshList();
    return record;
  }

  /**
   * Adds many workflows to the library in one storage transaction (a template with 1,000 state
   * machines used to be 1,000 saves, switches and list refreshes) and opens the last one.
   */
  async importRecords(entries: readonly { name: string; definition: StateMachine; settings?: WorkflowSettings; text?: string; run?: unknown }[]): Promise<WorkflowRecord[]> {
    if (entries.length === 0) return [];
    if (!(await this.leaveCurrent())) return [];
    const now = this.clock.now();
    const records = entries.map((entry) => makeRecord(entry.name, entry.definition, { ...entry, now }));
    await this.storage.putMany(records);
    if (this.pendingChanges() && !(await this.leaveCurrent())) return records;
    this.display(records[records.length - 1]!);
    await this.refreshList();
    return records;
  }

  /** Whether the store changed since the open workflow was last written. */
  private pendingChanges(): boolean {
    return !this.currentDeleted && (this.store.getState().revision !== this.savedRevision || this.runDataChanged);
  }

  async rename(id: string, name: string): Promise<void> {
    if (id === this.current.id) {
      this.store.getState().setSettings('Rename workflow', (s) => ({ ...s, name }));
      await this.flush();
      return;
    }
    const record = await this.storage.get(id);
    if (!record) return;
    await this.storage.put({ ...record, name, settings: { ...record.settings, name }, updatedAt: this.clock.now() });
    await this.refreshList();
  }

  async duplicate(id: string): Promise<WorkflowRecord | undefined> {
    if (id === this.current.id) await this.flush();
    const record = await this.storage.get(id);
    if (!record) return undefined;
    const name = `${record.name} (copy)`;
    const copy: WorkflowRecord = { ...record, id: newId(), name, settings: { ...record.settings, name }, createdAt: this.clock.now(), updatedAt: this.clock.now(), versions: [] };
    delete copy.history;
    await this.storage.put(copy);
    await this.refreshList();
    return copy;
  }

  /** Deletes a workflow; `undoDelete()` brings it back. Deleting the open one opens another. */
  async delete(id: string): Promise<void> {
    const isCurrent = id === this.current.id;
    if (isCurrent && !(await this.flush())) {
      this.status.setState({ notice: 'The workflow could not be saved before deleting it, so it was kept.' });
      return;
    }
    const record = await this.storage.get(id);
    if (!record) return;
    if (isCurrent) {
      // From here on nothing may write the deleted workflow back.
      this.currentDeleted = true;
      if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
    await this.storage.delete(id);
    this.deleted = record;
    this.status.setState({ recentlyDeleted: { id, name: record.name } });
    const remaining = await this.refreshList();
    if (!isCurrent) return;
    const next = remaining[0] ? await this.storage.get(remaining[0].id) : undefined;
    if (next) this.display(next);
    else await this.create(defaultWorkflowName(), emptyDefinition());
  }

  async undoDelete(): Promise<void> {
    if (!this.deleted) return;
    await this.storage.put(this.deleted);
    this.deleted = undefined;
    this.status.setState({ recentlyDeleted: undefined });
    await this.refreshList();
  }

  async publishVersion(label: string): Promise<VersionRecord> {
    const record = this.snapshotRecord();
    const version: VersionRecord = {
      id: newId('v'),
      label: label.trim() || `Version ${record.versions.length + 1}`,
      createdAt: this.clock.now(),
      definition: record.definition,
      text: record.text,
      settings: record.settings,
      ...(record.run !== undefined ? { run: record.run } : {}),
    };
    this.current = { ...record, versions: [...record.versions, version] };
    // Kept in this tab's record even when another tab's save holds the write (the conflict).
    if (await this.write(this.current, false)) this.savedRevision = this.store.getState().revision;
    this.status.setState({ currentId: this.current.id });
    return version;
  }

  versions(): VersionRecord[] {
    return this.current.versions;
  }

  /** Makes a version the draft again, as one undoable step. */
  restoreVersion(versionId: string): boolean {
    const version = this.current.versions.find((v) => v.id === versionId);
    if (!version) return false;
    this.store.getState().load(version.definition, { settings: version.settings, text: version.text, label: `Restore ${version.label}` });
    if (version.run !== undefined) {
      if (this.runData) this.runData.set(version.run);
      else this.current = { ...this.current, run: version.run };
      this.onRunDataChange();
    }
    return true;
  }

  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    if (this.journalTimer !== undefined) this.clock.clearTimeout(this.journalTimer);
    for (const off of this.unsubscribers) off();
  }
}

/**
 * A blank workflow. Workflow Studio's blank workflow is an empty canvas between Start and End,
 * but the ASL needs at least one state (`StartAt` must name one), so the smallest valid machine
 * is one Pass state that passes its input through: valid, deployable, and replaced or extended
 * by dropping states onto its arrows.
 */
export function emptyDefinition(): StateMachine {
  return { StartAt: 'Pass', States: { Pass: { Type: 'Pass', End: true } } };
}

export function makeRecord(name: string, definition: StateMachine, options: { settings?: WorkflowSettings; text?: string; run?: unknown; now?: number } = {}): WorkflowRecord {
  const now = options.now ?? Date.now();
  return {
    id: newId(),
    name,
    createdAt: now,
    updatedAt: now,
    definition,
    text: options.text ?? JSON.stringify(definition, null, 2),
    settings: { ...options.settings, name },
    ...(options.run !== undefined ? { run: options.run } : {}),
    versions: [],
    saveId: newId('save'),
  };
}

/**
 * The record to open at start-up: the requested or last one, with the crash journal applied when
 * it is newer than the last IndexedDB write. A journal made on a save that another tab has
 * replaced since is not applied: it goes to `onConflict` (the user chooses, nothing is lost).
 */
export async function recoverRecord(storage: WorkspaceStorage, preferredId: string | undefined, onDamaged?: (reason: string) => void, onConflict?: (mine: WorkflowRecord) => void): Promise<WorkflowRecord | undefined> {
  const record = preferredId ? await storage.get(preferredId) : undefined;
  const journal = readJournal(undefined, onDamaged);
  if (!record) return undefined;
  if (!journal || journal.id !== record.id) return record;
  const runDiffers = journal.run !== undefined && !sameRunData(journal.run, record.run);
  const testsDiffer = journal.tests !== undefined && journal.tests !== record.tests;
  if (journal.text === record.text && JSON.stringify(journal.settings) === JSON.stringify(record.settings) && !runDiffers && !testsDiffer) return record;
  const parsed = parseDefinition(journal.text);
  const mine: WorkflowRecord = {
    ...record,
    text: journal.text,
    settings: journal.settings,
    updatedAt: journal.at,
    ...(isUsableDefinition(parsed) && parsed.definition ? { definition: parsed.definition } : {}),
    ...(journal.run !== undefined ? { run: journal.run } : {}),
    ...(journal.tests !== undefined ? { tests: journal.tests } : {}),
  };
  if (journal.base !== undefined && journal.base !== record.saveId) {
    if (onConflict) onConflict({ ...mine, saveId: journal.base });
    return record;
  }
  return journal.at >= record.updatedAt ? mine : record;
}
