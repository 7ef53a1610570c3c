/**
 * The studio's single source of truth: the ASL document, its code text, the workflow settings,
 * the undo history, the selection and the active mode. Every view (canvas, code, inspector,
 * run panel) renders from here, and every change goes through a named command below.
 *
 * Origins break echo loops: a `code` update never writes text back to the editor; `graph`,
 * `inspector`, `settings`, `load` and `history` updates patch the text with minimal edits and
 * publish them as `lastTextChange` so the code view can apply them as an undoable edit.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { parseDefinition, serializeDefinition, computeTextEdits, applyTextEdits, loadYaml, warmTextTree, yamlIfLoaded } from '../asl';
import type { TextEdit } from '../asl';
import type { Diagnostic, StateMachine, WorkflowSettings } from '../asl/types';
import { decodeStatePath, getState } from '../asl/paths';
import { isUsableDefinition } from '../asl/shape';
import { detectFormat } from '../asl/parse';
import { emptyHistory, record, redo, undo, type History, type Snapshot } from './history';
import { realClock, type Clock } from '../time/clock';

export type Origin = 'graph' | 'inspector' | 'code' | 'load' | 'history' | 'settings' | 'run';
export type Mode = 'design' | 'code' | 'run' | 'config';

/** Where the canvas looks (React Flow's transform): kept per workflow, across modes and reloads. */
export interface CanvasViewport {
  x: number;
  y: number;
  zoom: number;
  /**
   * The size of the canvas pane the view was placed in. Another mode's canvas (Code mode's is
   * narrower) or a reload in another window size adapts the view as a resize would.
   */
  pane?: { width: number; height: number } | undefined;
}

export interface TextChange {
  /** Edits that turn the previous text into `text`; `null` means replace everything. */
  edits: TextEdit[] | null;
  origin: Origin;
  revision: number;
}

export interface StudioState {
  /** The last valid document: what the canvas shows even while the code has errors. */
  definition: StateMachine;
  /** The code view's text; may be invalid. */
  text: string;
  textFormat: 'json' | 'yaml';
  /** Parse errors of `text` (empty when it holds a valid state machine). */
  textDiagnostics: Diagnostic[];
  textValid: boolean;
  settings: WorkflowSettings;
  /** Increments on every change of definition, text or settings. */
  revision: number;
  lastOrigin: Origin;
  lastTextChange: TextChange | null;
  history: History;
  selection: string[];
  mode: Mode;
  /** The canvas viewport the user left; null until the canvas first fits a newly loaded workflow. */
  viewport: CanvasViewport | null;
  /** Containers the user expanded (false) or collapsed (true) on the canvas, by node id. */
  collapsed: Readonly<Record<string, boolean>>;
  /** The last graph/inspector edit replaced code that had errors (the status bar says so; undo restores it). */
  replacedBrokenText: boolean;
  /** Bumped when validation gets more complete (a lazily loaded checker arrived): views re-validate. */
  validationEpoch: number;
  /** The last "show this state" request of a view that does not select (the Events view): the canvas brings it on screen. */
  revealRequest: { id: string } | null;
}

export interface StudioCommands {
  /**
   * Applies a pure edit of the definition as one undo step; `changeSettings` changes the settings
   * in the same step (e.g. a field extracted to a substitution).
   */
  edit(label: string, change: (definition: StateMachine) => StateMachine, origin?: Origin, changeSettings?: (settings: WorkflowSettings) => WorkflowSettings): boolean;
  /** The code view reports its text (debounced). Never echoes back. */
  setText(text: string): void;
  /** Replaces the whole document (template, file, share link) as one undo step. */
  load(definition: StateMachine, options?: { settings?: WorkflowSettings; text?: string; label?: string; resetHistory?: boolean }): void;
  /** Shows a saved workflow as it was left: its text (even if broken), settings, undo history and view. */
  openDocument(doc: {
    definition: StateMachine; text: string; settings: WorkflowSettings;
    history?: History; mode?: Mode; selection?: string[]; viewport?: CanvasViewport | null;
    collapsed?: Record<string, boolean>;
  }): void;
  setSettings(label: string, change: (settings: WorkflowSettings) => WorkflowSettings): void;
  undo(): void;
  redo(): void;
  select(ids: string[]): void;
  /** Asks the canvas to bring a state on screen without selecting it (each call is a new request). */
  reveal(id: string): void;
  setMode(mode: Mode): void;
  /** The canvas reports where it looks (not a document change: no undo step, no revision). */
  setViewport(viewport: CanvasViewport | null): void;
  /** Expands (false) or collapses (true) canvas containers; view state like the viewport. */
  setCollapsed(changes: Record<string, boolean>): void;
  setTextFormat(format: 'json' | 'yaml'): void;
  revalidate(): void;
}

export type StudioStore = StoreApi<StudioState & StudioCommands>;


/** Why parsed code cannot be shown: its syntax errors, or a note that it is not a state machine. */
function textProblems(parsed: ReturnType<typeof parseDefinition>): Diagnostic[] {
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return parsed.diagnostics;
  return [...parsed.diagnostics, {
    code: 'NOT_A_STATE_MACHINE',
    message: 'The code is not a state machine yet: it needs "StartAt", and "States" with a "Type" in every state.',
    severity: 'error',
    path: [],
  }];
}


/** The selected ids that still name a state (undo may remove the selected one). */
function existingIds(definition: StateMachine, ids: string[]): string[] {
  const kept = ids.filter((id) => getState(definition, decodeStatePath(id)) !== undefined);
  return kept.length === ids.length ? ids : kept;
}

/**
 * Parse the new text while the browser is idle, so the next graph or inspector edit of a large
 * document patches it without a full parse on its own path.
 */
function warmWhenIdle(text: string, clock: Clock): void {
  if (text.length < 50_000) return; // small documents parse in well under a millisecond
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(() => warmTextTree(text), { timeout: 1000 });
  else clock.setTimeout(() => warmTextTree(text), 50);
}

/** Format and validity of a text; `trusted` skips parsing text the store serialised itself. */
function textState(text: string, trusted: boolean): Pick<StudioState, 'textFormat' | 'textValid' | 'textDiagnostics'> {
  if (trusted) return { textFormat: detectFormat(text), textValid: true, textDiagnostics: [] };
  const parsed = parseDefinition(text);
  const valid = isUsableDefinition(parsed);
  return { textFormat: parsed.format, textValid: valid, textDiagnostics: valid ? [] : textProblems(parsed) };
}

function snapshotOf(s: StudioState): Snapshot {
  return { definition: s.definition, text: s.text, settings: s.settings };
}

/**
 * Text for a new definition: minimal edits of the current text when it is valid (JSON through
 * jsonc-parser, YAML spliced node by node so its comments survive).
 */
function retext(state: StudioState, next: StateMachine): { text: string; edits: TextEdit[] | null } {
  if (state.textValid && (state.textFormat === 'json' || yamlIfLoaded())) {
    // While the text is valid it holds exactly `state.definition` (every path keeps them in step).
    const edits = computeTextEdits(state.text, next, state.definition);
    return { text: applyTextEdits(state.text, edits), edits };
  }
  return { text: serializeDefinition(next, { format: state.textFormat }), edits: null };
}

export interface StudioStoreOptions {
  /** Undo-entry timestamps and idle work (default: the real clock). */
  clock?: Clock;
}

export function createStudioStore(initial: { definition: StateMachine; settings?: WorkflowSettings; text?: string }, options: StudioStoreOptions = {}): StudioStore {
  const clock = options.clock ?? realClock;
  const text = initial.text ?? serializeDefinition(initial.definition, { format: 'json' });
  return createStore<StudioState & StudioCommands>()((set, get) => {
  function restore(snapshot: Snapshot, history: History): void {
    const parsed = parseDefinition(snapshot.text);
    const valid = isUsableDefinition(parsed);
    const revision = get().revision + 1;
    set({
      definition: snapshot.definition,
      text: snapshot.text,
      textFormat: parsed.format,
      textValid: valid,
      textDiagnostics: valid ? [] : textProblems(parsed),
      settings: snapshot.settings,
      revision,
      lastOrigin: 'history',
      lastTextChange: { edits: null, origin: 'history', revision },
      replacedBrokenText: false,
      history,
      selection: existingIds(snapshot.definition, get().selection),
    });
  }

  return {
    definition: initial.definition,
    text,
    ...textState(text, initial.text === undefined),
    settings: initial.settings ?? {},
    revision: 0,
    lastOrigin: 'load',
    lastTextChange: null,
    history: emptyHistory(),
    selection: [],
    mode: 'design',
    viewport: null,
    collapsed: {},
    validationEpoch: 0,
    revealRequest: null,
    replacedBrokenText: false,

    revalidate() {
      set({ validationEpoch: get().validationEpoch + 1 });
    },

    edit(label, change, origin = 'graph', changeSettings) {
      const state = get();
      const next = change(state.definition);
      if (next === state.definition) return false;
      const { text: nextText, edits } = retext(state, next);
      const revision = state.revision + 1;
      set({
        ...(changeSettings ? { settings: changeSettings(state.settings) } : {}),
        definition: next,
        text: nextText,
        textValid: true,
        textDiagnostics: [],
        revision,
        lastOrigin: origin,
        lastTextChange: { edits, origin, revision },
        history: record(state.history, snapshotOf(state), label, clock.now()),
        selection: existingIds(next, state.selection),
        replacedBrokenText: !state.textValid,
      });
      warmWhenIdle(nextText, clock);
      return true;
    },

    setText(nextText) {
      const state = get();
      if (nextText === state.text) return;
      const parsed = parseDefinition(nextText);
      const valid = isUsableDefinition(parsed);
      set({
        text: nextText,
        textFormat: parsed.format,
        textValid: valid,
        textDiagnostics: valid ? parsed.diagnostics : textProblems(parsed),
        ...(valid && parsed.definition ? { definition: parsed.definition } : {}),
        revision: state.revision + 1,
        lastOrigin: 'code',
        replacedBrokenText: false,
        history: record(state.history, snapshotOf(state), 'Edit code', clock.now(), 'code'),
      });
      if (valid) warmWhenIdle(nextText, clock);
    },

    load(definition, options = {}) {
      const state = get();
      const nextText = options.text ?? serializeDefinition(definition, { format: 'json' });
      const revision = state.revision + 1;
      set({
        definition,
        text: nextText,
        ...textState(nextText, options.text === undefined),
        settings: options.settings ?? {},
        revision,
        lastOrigin: 'load',
        lastTextChange: { edits: null, origin: 'load', revision },
        selection: [],
        // A new document is fitted on screen by the canvas.
        viewport: null,
        collapsed: {},
        replacedBrokenText: false,
        history: options.resetHistory ? emptyHistory() : record(state.history, snapshotOf(state), options.label ?? 'Open workflow', clock.now()),
      });
      warmWhenIdle(nextText, clock);
    },

    openDocument(doc) {
      const revision = get().revision + 1;
      set({
        definition: doc.definition,
        text: doc.text,
        // Text that was broken when it was saved stays broken and says why; it is never "fixed" silently.
        ...textState(doc.text, false),
        settings: doc.settings,
        revision,
        lastOrigin: 'load',
        lastTextChange: { edits: null, origin: 'load', revision },
        history: doc.history ?? emptyHistory(),
        mode: doc.mode ?? get().mode,
        selection: existingIds(doc.definition, doc.selection ?? []),
        viewport: doc.viewport ?? null,
        collapsed: doc.collapsed ?? {},
        replacedBrokenText: false,
      });
      warmWhenIdle(doc.text, clock);
    },

    setSettings(label, change) {
      const state = get();
      const next = change(state.settings);
      if (next === state.settings) return;
      set({
        settings: next,
        revision: state.revision + 1,
        lastOrigin: 'settings',
        history: record(state.history, snapshotOf(state), label, clock.now()),
      });
    },

    undo() {
      const state = get();
      const result = undo(state.history, snapshotOf(state));
      if (result) restore(result.snapshot, result.history);
    },

    redo() {
      const state = get();
      const result = redo(state.history, snapshotOf(state));
      if (result) restore(result.snapshot, result.history);
    },

    select(ids) {
      const current = get().selection;
      if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
      set({ selection: ids });
    },

    reveal(id) {
      set({ revealRequest: { id } });
    },

    setMode(mode) {
      set({ mode });
    },

    setViewport(viewport) {
      const current = get().viewport;
      if (current === viewport || (current && viewport && current.x === viewport.x && current.y === viewport.y && current.zoom === viewport.zoom
        && current.pane?.width === viewport.pane?.width && current.pane?.height === viewport.pane?.height)) return;
      set({ viewport });
    },

    setCollapsed(changes) {
      set({ collapsed: { ...get().collapsed, ...changes } });
    },


    setTextFormat(format) {
      const state = get();
      // Broken text would be replaced by the last valid document: the user's work must not vanish.
      if (format === state.textFormat || !state.textValid) return;
      if (format === 'yaml' && !yamlIfLoaded()) {
        void loadYaml().then(() => get().setTextFormat(format));
        return;
      }
      // Switching JSON ⇄ YAML re-serialises the last valid document (comments cannot survive the switch).
      let nextText: string;
      try {
        nextText = serializeDefinition(state.definition, { format });
      } catch {
        return; // a document nested beyond the limit (validation reports it) stays as it is
      }
      const revision = state.revision + 1;
      set({
        text: nextText,
        textFormat: format,
        textValid: true,
        textDiagnostics: [],
        revision,
        lastOrigin: 'load',
        lastTextChange: { edits: null, origin: 'load', revision },
        history: record(state.history, snapshotOf(state), `Show as ${format.toUpperCase()}`, clock.now()),
      });
    },
  };
  });
}
