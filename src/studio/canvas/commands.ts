/**
 * Canvas editing commands. Each is one named store edit (one undo step) built from the pure
 * edits of asl/edits. A request the edit refuses (an `EditError`: a duplicate name, a move into
 * itself) comes back as a `{ ok: false, message }` the canvas shows; any other exception is a
 * bug and is thrown on, never shown to the user as a refusal.
 */
import {
  addBranch, decodeStatePath, deleteStates, deleteTransition, duplicateStateNamed, encodeStatePath, forEachState, getState, moveState, renameState,
  wrapInMap, wrapInParallel, EditError, getScope, queryLanguageAt, type InsertPoint, type ScopePath,
} from '../../asl';
import type { QueryLanguage, State, StateMachine, StatePath } from '../../asl/types';
import { aslToGraph, isMarkerId, type WorkflowGraph } from '../../graph';
import { EXIT, insertBlock, type PatternBlock } from '../../catalog';
import type { StudioStore } from '../../store/studioStore';
import { strandedCatchers, type StrandedCatchers } from '../../asl/edits/wrap';

/**
 * Catchers that cannot follow a wrap or a paste (their target is not where they land): the user
 * chooses what becomes of them, and `answer` runs the command again with that choice.
 */
export interface CatchQuestion {
  action: 'wrap' | 'paste';
  /** For a wrap: the new container's type. */
  container?: 'Parallel' | 'Map';
  catchers: { state: string; errors: string[]; target: string }[];
  /** States a catcher may be pointed to instead. */
  targets: string[];
  answer(choice: StrandedCatchers): CommandResult;
}

/** Done, or refused with a message for the user (or a question to ask first, nothing changed yet). */
export type CommandResult = { ok: true } | { ok: false; message: string; question?: CatchQuestion };

function run(store: StudioStore, label: string, change: (def: StateMachine) => StateMachine): CommandResult {
  try {
    store.getState().edit(label, change, 'graph');
    return { ok: true };
  } catch (error) {
    if (error instanceof EditError) return { ok: false, message: error.message };
    throw error;
  }
}

function idOfName(def: StateMachine, name: string): string | undefined {
  let id: string | undefined;
  forEachState(def, ({ path, name: n }) => {
    if (n === name) id = encodeStatePath(path);
  });
  return id;
}

/** Selected ids that are states (not markers or groups). */
export function selectedStatePaths(store: StudioStore): StatePath[] {
  const { selection, definition } = store.getState();
  return selection.filter((id) => !isMarkerId(id)).map(decodeStatePath).filter((p) => getState(definition, p) !== undefined);
}

/** Inserts a palette block at a point and selects its first state. */
export function insertBlockAt(store: StudioStore, point: InsertPoint, label: string, build: (ql: 'JSONPath' | 'JSONata') => PatternBlock): CommandResult {
  let entry = '';
  const result = run(store, `Add ${label}`, (def) => {
    // A new state takes the query language of the states around it (a JSONata Map's, a JSONPath branch's).
    const out = insertBlock(def, point, build(queryLanguageAt(def, scopeOfPoint(def, point))));
    entry = out.entry;
    return out.definition;
  });
  if (result.ok) {
    const id = idOfName(store.getState().definition, entry);
    if (id) store.getState().select([id]);
  }
  return result;
}

/**
 * Where click-to-add puts a state: after the selected state (before it, for a terminal one),
 * else after the last state that ends the top level, else at the top level's start.
 */
export function insertionPointForAdd(graph: WorkflowGraph, selectedId: string | undefined): InsertPoint {
  const node = selectedId ? graph.nodeById.get(selectedId) : undefined;
  if (node?.state) {
    const info = node.state;
    if (info.type !== 'Succeed' && info.type !== 'Fail') return { kind: 'after', path: info.path };
    const incoming = graph.edges.find((e) => e.target === node.id && e.ref);
    if (incoming?.ref) return { kind: 'edge', edge: incoming.ref };
  }
  const ends = graph.edges.filter((e) => e.kind === 'end' && e.scope.length === 0);
  for (let i = ends.length - 1; i >= 0; i -= 1) {
    const source = graph.nodeById.get(ends[i]!.source)?.state;
    if (source && source.type !== 'Succeed' && source.type !== 'Fail') return { kind: 'after', path: source.path };
  }
  const start = graph.edges.find((e) => e.kind === 'start' && e.scope.length === 0);
  if (start?.ref) {
    // Top level ends only in Succeed/Fail states: go in front of the first terminal one.
    const terminal = graph.edges.find((e) => e.scope.length === 0 && e.ref && ['Succeed', 'Fail'].includes(graph.nodeById.get(e.target)?.state?.type ?? ''));
    return { kind: 'edge', edge: (terminal ?? start).ref! };
  }
  return { kind: 'scopeStart', scope: [] };
}

/** Click-to-add (and Enter on a palette item). */
export function addBlock(store: StudioStore, label: string, build: (ql: 'JSONPath' | 'JSONata') => PatternBlock): CommandResult {
  const { definition, selection } = store.getState();
  const graph = aslToGraph(definition);
  return insertBlockAt(store, insertionPointForAdd(graph, selection[selection.length - 1]), label, build);
}

export function moveStateTo(store: StudioStore, id: string, point: InsertPoint): CommandResult {
  const path = decodeStatePath(id);
  const name = String(path[path.length - 1]);
  const result = run(store, `Move ${name}`, (def) => moveState(def, path, point));
  if (result.ok) {
    const moved = idOfName(store.getState().definition, name);
    if (moved) store.getState().select([moved]);
  }
  return result;
}

export function deleteSelected(store: StudioStore): CommandResult {
  const paths = selectedStatePaths(store);
  if (paths.length === 0) return { ok: true };
  const label = paths.length === 1 ? `Delete ${String(paths[0]![paths[0]!.length - 1])}` : `Delete ${paths.length} states`;
  const result = run(store, label, (def) => deleteStates(def, paths));
  if (result.ok) store.getState().select([]);
  return result;
}

/**
 * Deletes the transition an edge draws (a Choice rule, Default, a catcher, a Next: the state then
 * ends), one undo step. The arrow to End only shows that a state ends: there is nothing to delete.
 */
export function deleteEdge(store: StudioStore, edgeId: string): CommandResult {
  const edge = aslToGraph(store.getState().definition).edgeById.get(edgeId);
  if (!edge?.ref) return { ok: false, message: 'This arrow only shows where the workflow ends: there is no transition to delete.' };
  const ref = edge.ref;
  const source = ref.source ? String(ref.source[ref.source.length - 1]) : 'Start';
  const what = ref.kind === 'choice' ? 'rule' : ref.kind === 'catch' ? 'catcher' : ref.kind === 'default' ? 'Default' : 'Next';
  return run(store, `Delete ${what} of ${source}`, (def) => deleteTransition(def, ref));
}

export function duplicateSelected(store: StudioStore): CommandResult {
  const path = selectedStatePaths(store)[0];
  if (!path) return { ok: true };
  let name = '';
  const result = run(store, `Duplicate ${String(path[path.length - 1])}`, (def) => {
    const out = duplicateStateNamed(def, path);
    name = out.name;
    return out.definition;
  });
  if (result.ok) {
    const id = idOfName(store.getState().definition, name);
    if (id) store.getState().select([id]);
  }
  return result;
}

export function renameNode(store: StudioStore, id: string, newName: string): CommandResult {
  const path = decodeStatePath(id);
  const old = String(path[path.length - 1]);
  const result = run(store, `Rename ${old} to ${newName}`, (def) => renameState(def, path, newName));
  if (result.ok) store.getState().select([encodeStatePath([...path.slice(0, -1), newName])]);
  return result;
}

const catcherCount = (n: number) => (n === 1 ? 'A catcher' : `${n} catchers`);

/**
 * Wraps the states in a Parallel (or an inline Map: `container`). Catchers whose target stays
 * outside the group cannot point out of the branch: without a `choice` nothing changes and the
 * user is asked what becomes of them.
 */
export function wrapSelectedInParallel(store: StudioStore, ids: string[], choice?: StrandedCatchers, container: 'Parallel' | 'Map' = 'Parallel'): CommandResult {
  const paths = ids.map(decodeStatePath);
  if (choice === undefined) {
    let stranded: ReturnType<typeof strandedCatchers> = [];
    try {
      stranded = strandedCatchers(store.getState().definition, paths);
    } catch (error) {
      if (error instanceof EditError) return { ok: false, message: error.message };
      throw error;
    }
    if (stranded.length > 0) {
      return {
        ok: false,
        message: `${catcherCount(stranded.length)} of the wrapped states lead${stranded.length === 1 ? 's' : ''} out of the group.`,
        question: { action: 'wrap', container, catchers: stranded, targets: paths.map((p) => String(p[p.length - 1])), answer: (c) => wrapSelectedInParallel(store, ids, c, container) },
      };
    }
  }
  const wrap = container === 'Map' ? wrapInMap : wrapInParallel;
  const scope = paths[0]?.slice(0, -1) ?? [];
  const namesBefore = new Set(Object.keys(getScope(store.getState().definition, scope)?.States ?? {}));
  const result = run(store, `Wrap in ${container}`, (def) => wrap(def, paths, undefined, choice ?? 'lift'));
  // The wrapped states moved inside: the new container is selected (and keeps the keyboard focus).
  const added = result.ok ? Object.keys(getScope(store.getState().definition, scope)?.States ?? {}).find((n) => !namesBefore.has(n)) : undefined;
  if (added !== undefined) store.getState().select([encodeStatePath([...scope, added])]);
  return result;
}

/** Wraps the states in an inline Map (they then run once per item of the state input); same Catch question as a Parallel. */
export function wrapSelectedInMap(store: StudioStore, ids: string[], choice?: StrandedCatchers): CommandResult {
  return wrapSelectedInParallel(store, ids, choice, 'Map');
}

export function addBranchTo(store: StudioStore, id: string): CommandResult {
  const path = decodeStatePath(id);
  return run(store, `Add branch to ${String(path[path.length - 1])}`, (def) => addBranch(def, path));
}

/** In-app clipboard of copied states (name, state, the query language it ran in), kept across pastes. */
let clipboard: [string, State, QueryLanguage][] = [];

export function copySelected(store: StudioStore): number {
  const { definition } = store.getState();
  clipboard = selectedStatePaths(store).map((p) => {
    const state = structuredClone(getState(definition, p)!);
    return [String(p[p.length - 1]), state, state.QueryLanguage ?? queryLanguageAt(definition, p.slice(0, -1))];
  });
  return clipboard.length;
}

/** The scope a state inserted at `point` lands in. */
function scopeOfPoint(def: StateMachine, point: InsertPoint): ScopePath {
  switch (point.kind) {
    case 'edge': return point.edge.scope;
    case 'after': return point.path.slice(0, -1);
    case 'scopeStart': return point.scope;
    case 'newBranch': {
      const parallel = getState(def, point.parallel) as { Branches?: unknown[] } | undefined;
      return [...point.parallel, parallel?.Branches?.length ?? 0];
    }
  }
}

/** Fields only JSONPath states have (a JSONata workflow cannot hold such a state). */
const JSONPATH_ONLY = ['Parameters', 'ResultSelector', 'ResultPath', 'InputPath', 'OutputPath', 'ItemsPath', 'ItemSelector'];

/**
 * A copied state as it must be where it lands: a JSONata state pasted into JSONPath states says
 * so (`QueryLanguage`); a JSONPath state with JSONPath fields cannot go into JSONata states.
 */
function inLanguage(name: string, state: State, from: QueryLanguage, to: QueryLanguage): State {
  if (state.QueryLanguage !== undefined || from === to) return state;
  if (from === 'JSONata') return { ...state, QueryLanguage: 'JSONata' } as State;
  const fields = JSONPATH_ONLY.filter((f) => f in state);
  if (fields.length > 0) throw new EditError(`${name} uses JSONPath (${fields.join(', ')}) and cannot be pasted among JSONata states; paste it into a JSONPath workflow or rewrite those fields.`);
  return state;
}

type Stranded = CatchQuestion['catchers'][number];

/**
 * Catchers of the pasted state at `path` whose target is not in its scope: dropped, pointed at
 * `choice.target`, or kept (`keep`: the validator reports them). Returns them as they were.
 */
function settleDanglingCatchers(def: StateMachine, path: StatePath, choice: StrandedCatchers): Stranded[] {
  const scope = getScope(def, path.slice(0, -1));
  const name = String(path[path.length - 1]);
  const state = scope?.States[name] as { Catch?: { Next?: unknown; ErrorEquals?: unknown }[] } | undefined;
  if (!scope || !Array.isArray(state?.Catch)) return [];
  const dangling = (c: { Next?: unknown }) => !(typeof c.Next === 'string' && Object.hasOwn(scope.States, c.Next));
  const stranded = state.Catch.filter(dangling).map((c) => ({ state: name, target: String(c.Next), errors: Array.isArray(c.ErrorEquals) ? c.ErrorEquals.map(String) : [] }));
  if (typeof choice === 'object') {
    if (!Object.hasOwn(scope.States, choice.target)) throw new EditError(`${choice.target} is not a state where the copy lands`);
    for (const c of state.Catch) if (dangling(c)) c.Next = choice.target;
  } else if (choice !== 'keep') {
    state.Catch = state.Catch.filter((c) => !dangling(c));
    if (state.Catch.length === 0) delete state.Catch;
  }
  return stranded;
}

/**
 * Pastes the copied states one after another, after the selection (or at the end). Each copy
 * keeps only references that still resolve where it lands, so no transition dangles.
 */
/** The copied states inserted one after another from `first`; catchers that cannot follow are settled by `choice`. */
function pasteInto(def: StateMachine, first: InsertPoint, items: typeof clipboard, choice: StrandedCatchers): { definition: StateMachine; names: string[]; stranded: Stranded[]; targets: string[] } {
  let current = def;
  let at: InsertPoint = first;
  const names: string[] = [];
  const stranded: Stranded[] = [];
  const scopePath = scopeOfPoint(def, first);
  const language = queryLanguageAt(def, scopePath);
  for (const [base, state, from] of items) {
    const block: PatternBlock = { entry: base, states: [[base, sanitizeForPaste(inLanguage(base, state, from, language))]] };
    const out = insertBlock(current, at, block);
    current = out.definition;
    names.push(out.entry);
    const id = idOfName(current, out.entry);
    // Catch and Retry come along; a catcher keeps its target when that state is where the copy lands.
    stranded.push(...settleDanglingCatchers(current, decodeStatePath(id!), choice));
    at = { kind: 'after', path: decodeStatePath(id!) };
    if (state.Type === 'Succeed' || state.Type === 'Fail' || state.Type === 'Choice') break;
  }
  const targets = Object.keys(getScope(current, scopePath)?.States ?? {});
  return { definition: current, names, stranded, targets };
}

/**
 * Pastes the copied states one after another, after the selection (or at the end). A catcher
 * whose target is not where the copy lands cannot follow: without a `choice` nothing changes and
 * the user is asked (drop it, point it at a state there, or keep it and see the error).
 */
export function paste(store: StudioStore, choice?: StrandedCatchers): CommandResult {
  if (clipboard.length === 0) return { ok: true };
  const items = clipboard;
  const { selection } = store.getState();
  const graph = aslToGraph(store.getState().definition);
  const first = insertionPointForAdd(graph, selection[selection.length - 1]);
  if (choice === undefined) {
    let dry: ReturnType<typeof pasteInto>;
    try {
      dry = pasteInto(store.getState().definition, first, items, 'keep');
    } catch (error) {
      if (error instanceof EditError) return { ok: false, message: error.message };
      throw error;
    }
    if (dry.stranded.length > 0) {
      return {
        ok: false,
        message: `${catcherCount(dry.stranded.length)} of the copied states lead${dry.stranded.length === 1 ? 's' : ''} to a state that is not where the copy lands.`,
        question: { action: 'paste', catchers: dry.stranded, targets: dry.targets.filter((t) => !dry.names.includes(t) || dry.names.length > 1), answer: (c) => paste(store, c) },
      };
    }
  }
  let names: string[] = [];
  const result = run(store, items.length === 1 ? `Paste ${items[0]![0]}` : `Paste ${items.length} states`, (def) => {
    const out = pasteInto(def, first, items, choice ?? 'drop');
    names = out.names;
    return out.definition;
  });
  if (result.ok) store.getState().select(names.map((n) => idOfName(store.getState().definition, n)).filter((x): x is string => !!x));
  return result;
}

/** Points a copied state's transitions at its successor; a pasted Choice falls through to it. */
function sanitizeForPaste(state: State): State {
  const copy = structuredClone(state) as State & Record<string, unknown>;
  if (copy.Type === 'Choice') {
    copy.Choices = copy.Choices.map((rule) => ({ ...rule, Next: EXIT }));
    copy.Default = EXIT;
  } else if (copy.Type !== 'Succeed' && copy.Type !== 'Fail') {
    delete copy['End'];
    (copy as Record<string, unknown>)['Next'] = EXIT;
  }
  return copy;
}
