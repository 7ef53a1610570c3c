/**
 * The workflow graph: auto-laid-out (elkjs, per scope, cached by structure), React Flow for
 * pan/zoom/selection, drag-and-drop insertion and moving in Design mode, validation badges,
 * and run colours from the `highlights` source Run mode gives it (selected from the run store).
 */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  Background, ControlButton, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, type NodeChange, type NodeTypes, type EdgeTypes,
} from '@xyflow/react';
import { MapIcon, MapMinus, Maximize, X } from 'lucide-react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { decodeStatePath } from '../../asl/paths';
import { aslToGraph, COLLAPSE_THRESHOLD, insertionPoints, isMarkerId, layoutKeyOf, type InsertionTarget, type Point } from '../../graph';
import { diagnosticsByNode } from '../../store/derived';
import { useStore } from 'zustand';
import { useStudio, useStudioStore } from '../StudioContext';
import { testsStoreFor } from '../tests/testsStore';
import { testedNextOf, testedStatusOf, testStateStoreFor } from '../inspector/testState/testStateStore';
import { FlowBuilder } from './buildFlow';
import { CanvasActionsContext, RenamingContext, type CanvasActions } from './CanvasActions';
import type { CatchQuestion, CommandResult } from './commands';
import { withCommands } from './lazyCommands';
import { ContextMenu, type MenuClose, type MenuItem } from './ContextMenu';
import { beginDrag, registerDropZone, type DragPayload } from './dnd/dragSession';
import { DragGhost, DropTargets } from './dnd/DropTargets';
import { chainMoveTarget } from './dnd/dropPlaces';
import { MovePicker } from './dnd/MovePicker';
import type { FlowEdge, FlowNode } from './flowTypes';
import { ContainerNode } from './nodes/ContainerNode';
import { GroupNode, MarkerNode } from './nodes/MarkerNode';
import { StateNode } from './nodes/StateNode';
import { StateEdge } from './StateEdge';
import { useCanvasLayout } from './useCanvasLayout';
import { warmUpLayout } from './elk';
import { useCanvasShortcuts } from './useCanvasShortcuts';
import { useCanvasKeyScope } from './useCanvasKeyScope';
import { useCanvasViewport } from './useCanvasViewport';
import { ARROW_DIRECTIONS, focusAfterDelete, neighbourInDirection, outgoingEdges, siblingEdge, tabStopNode } from './keyboardNav';
import { fitLayout, isOnScreen, MAX_ZOOM, MIN_ZOOM, viewportAfterResize } from './viewport';
import { MINIMAP_CORNER, MINIMAP_SIZE, useMinimapShown } from './minimap';
import { FLOW_STATES } from '../../catalog';
import type { RunHighlightsSource } from '../../run/runViewTypes';

// The find box loads when first opened (Ctrl+F): it keeps the first download small.
const FindBox = lazy(() => import('./FindBox'));
// Asked only when a wrap or paste strands a Catch: loaded then, not with the first screen.
const CatchQuestionDialog = lazy(() => import('./CatchQuestionDialog').then((m) => ({ default: m.CatchQuestionDialog })));

const nodeTypes: NodeTypes = { state: StateNode, container: ContainerNode, marker: MarkerNode, group: GroupNode };
const edgeTypes: EdgeTypes = { state: StateEdge };
/** Above this many nodes only what is on screen is rendered. */
const VIRTUALISE_FROM = 300;
const MULTI_SELECT_KEYS = ['Control', 'Meta', 'Shift'];

export interface CanvasProps {
  mode: 'design' | 'code' | 'run';
  /** Run colours (Run mode): subscribed to here, so only a change of colour re-renders the canvas. */
  highlights?: RunHighlightsSource;
}

const NO_SUBSCRIPTION = (): (() => void) => () => undefined;
const NO_HIGHLIGHTS = (): null => null;

export function Canvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

type Menu = { x: number; y: number; nodeId: string } | { x: number; y: number; edgeId: string };

/** Shift+F10 and the ContextMenu key open the context menu of what has the focus. */
const isMenuKey = (e: React.KeyboardEvent) => !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey));

function CanvasInner({ mode, highlights }: CanvasProps) {
  const store = useStudioStore();
  const definition = useStudio((s) => s.definition);
  const selection = useStudio((s) => s.selection);
  const runView = useSyncExternalStore(highlights?.subscribe ?? NO_SUBSCRIPTION, highlights?.get ?? NO_HIGHLIGHTS);
  const uncovered = useStore(testsStoreFor(store), (s) => (s.overlay ? s.uncovered : null));
  const editable = mode === 'design';
  // Design mode: the status of the inspector's Test state of the selected state and where it goes next,
  // while the document is the one it was tested on (an edit or another selection clears them).
  const tested = editable && selection.length === 1 ? selection[0] : undefined;
  const testNext = useStore(testStateStoreFor(store), (s) => testedNextOf(s, tested, definition));
  const testedStatus = useStore(testStateStoreFor(store), (s) => testedStatusOf(s, tested, definition));
  const testedNode = useMemo(() => (tested !== undefined && testedStatus !== undefined ? { id: tested, status: testedStatus } : undefined), [tested, testedStatus]);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const root = useRef<HTMLDivElement>(null);
  const collapsed = useStudio((s) => s.collapsed);
  const overrides = useMemo<ReadonlyMap<string, boolean>>(() => new Map(Object.entries(collapsed)), [collapsed]);
  const [menu, setMenu] = useState<Menu | null>(null);
  // The edge a keyboard user moved to (Alt+ArrowDown on a state): the one focusable edge.
  const [focusEdge, setFocusEdge] = useState<string | null>(null);
  // Where a menu opened from the keyboard gives the focus back (Escape).
  const menuOpener = useRef<Element | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Move… by keyboard: the state being moved, and the edge its chosen place lies on (drawn focused).
  const [moving, setMoving] = useState<string | null>(null);
  const [moveEdge, setMoveEdge] = useState<string | null>(null);
  // Said by screen readers (a polite live region): the place Move… has chosen, what a move did.
  const [announcement, setAnnouncement] = useState('');
  const [finding, setFinding] = useState(false);
  const [found, setFound] = useState<ReadonlySet<string>>(() => new Set());
  const onMatches = useCallback((ids: string[]) => setFound(new Set(ids)), []);

  const graph = useMemo(() => aslToGraph(definition), [definition]);
  const layoutKey = useMemo(() => layoutKeyOf(graph, overrides), [graph, overrides]);
  const { layout, done, requestedAt, count } = useCanvasLayout(graph, layoutKey, overrides);
  // Validation may take longer than a frame on large workflows: badges follow a moment later.
  const deferredDefinition = useDeferredValue(definition);
  const validationEpoch = useStudio((s) => s.validationEpoch);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `validationEpoch` re-validates when a lazily loaded checker arrives
  const diagnostics = useMemo(() => diagnosticsByNode(deferredDefinition), [deferredDefinition, validationEpoch]);
  const selectionSet = useMemo(() => new Set(selection), [selection]);
  const builder = useRef(new FlowBuilder());
  const tabStop = useMemo(() => tabStopNode(graph, layout, selection), [graph, layout, selection]);
  const { nodes, edges } = useMemo(
    // With the coverage overlay on, the last run's colours step aside: one story at a time on the canvas.
    () => builder.current.build(graph, layout, { diagnostics, runView: uncovered ? NO_HIGHLIGHTS() : runView, selection: selectionSet, editable, found, uncovered, tabStop, testNext, tested: testedNode, focusEdge, moveTarget: moveEdge }),
    [graph, layout, diagnostics, runView, selectionSet, editable, found, uncovered, tabStop, testNext, testedNode, focusEdge, moveEdge],
  );

  const [question, setQuestion] = useState<CatchQuestion | null>(null);
  // A command that needs the user's choice first asks (nothing changed yet); a refusal is a notice.
  const report = useCallback((result: CommandResult) => {
    if (!result.ok && result.question) setQuestion(result.question);
    else setNotice(result.ok ? null : result.message);
  }, []);
  const [minimapShown, toggleMinimap] = useMinimapShown();
  const corner = minimapShown ? MINIMAP_CORNER : undefined;
  // Fit View, Alt+C and the opening view fit the same way, keeping nodes from under the minimap.
  const latestLayout = useRef(layout);
  useLayoutEffect(() => {
    latestLayout.current = layout;
  }, [layout]);
  const centre = useCallback(() => {
    const rect = root.current?.getBoundingClientRect();
    const target = latestLayout.current && rect ? fitLayout(latestLayout.current, rect, corner) : undefined;
    if (target) void flow.setViewport(target, { duration: 150 });
  }, [flow, corner]);
  const expand = useCallback((ids: string[]) => store.getState().setCollapsed(Object.fromEntries(ids.map((id) => [id, false]))), [store]);
  const [flowReady, setFlowReady] = useState(false);
  const onInit = useCallback(() => setFlowReady(true), []);
  const markView = useCallback((state: 'opening' | 'ready') => {
    if (root.current) root.current.dataset['view'] = state;
  }, []);
  const { onMoveEnd, selectFromCanvas } = useCanvasViewport({ store, flow, root, layout, done, ready: flowReady, expand, markView, corner });
  // The pane changes size (a panel opens, closes or is dragged, the window resizes): a fitted view
  // fits again, a placed one keeps its middle (see viewportAfterResize).
  useEffect(() => {
    const el = root.current;
    if (!el || !flowReady) return;
    let size = { width: el.clientWidth, height: el.clientHeight };
    const observer = new ResizeObserver(() => {
      const next = { width: el.clientWidth, height: el.clientHeight };
      const current = latestLayout.current;
      const before = size;
      size = next;
      if (!current || el.dataset['view'] !== 'ready') return;
      const target = viewportAfterResize(current, flow.getViewport(), before, next, corner);
      if (!target) return;
      void flow.setViewport(target);
      store.getState().setViewport({ ...target, pane: next });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [flow, flowReady, corner, store]);

  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    el.dataset['layout'] = done ? 'done' : 'pending';
    if (done) {
      el.dataset['layoutMs'] = String(Math.round(performance.now() - requestedAt));
      el.dataset['layoutCount'] = String(count);
    }
  }, [done, requestedAt, count]);

  const find = useCallback(() => {
    setFinding(true);
    // Already open: Ctrl+F goes back to its text.
    root.current?.querySelector<HTMLInputElement>('[data-testid="find-input"]')?.select();
  }, []);
  const closeFind = useCallback(() => {
    setFinding(false);
    root.current?.focus();
  }, []);
  const pick = useCallback((id: string) => store.getState().select([id]), [store]);
  useCanvasShortcuts({ store, root, editable, centre, find, report });
  const keysHere = useCanvasKeyScope(root);
  useEffect(warmUpLayout, []);

  // Drops from the palette or from a moved state, on this canvas's targets.
  useEffect(() => {
    if (!editable || !root.current) return;
    return registerDropZone(root.current, (targetId: string, payload: DragPayload) => {
      const g = aslToGraph(store.getState().definition);
      const movingId = payload.kind === 'move' ? payload.nodeId : undefined;
      const target = insertionPoints(g, movingId).find((t) => t.id === targetId);
      if (!target) return;
      withCommands((c) => (payload.kind === 'new' ? c.insertBlockAt(store, target.point, payload.label, payload.build) : c.moveStateTo(store, payload.nodeId, target.point)), report);
    });
  }, [editable, store, report]);

  const [renaming, setRenaming] = useState<string | null>(null);
  const actions = useMemo<CanvasActions>(() => ({
    beginRename: (id) => setRenaming(id),
    endRename: (id, name) => {
      setRenaming((current) => (current === id ? null : current));
      if (name !== null) withCommands((c) => c.renameNode(store, id, name), report);
    },
    toggleCollapse: (id) => {
      const node = aslToGraph(store.getState().definition).nodeById.get(id);
      const collapsedNow = store.getState().collapsed[id] ?? ((node?.state?.innerCount ?? 0) > COLLAPSE_THRESHOLD);
      store.getState().setCollapsed({ [id]: !collapsedNow });
    },
    startMove: (id, event) => {
      const name = String(decodeStatePath(id).at(-1));
      beginDrag(event, { kind: 'move', label: name, nodeId: id });
    },
  }), [store, report]);

  // Arrow keys on a focused state: select the next state that way (the view follows) and move the focus
  // there once React Flow has made it the Tab stop. F2 renames in place, as in a file manager.
  // Shift+F10 / the ContextMenu key open the state's menu; Alt+ArrowDown goes to its outgoing edges.
  const focusWanted = useRef<string | null>(null);
  const edgeFocusWanted = useRef<string | null>(null);
  const goToState = useCallback((id: string) => {
    focusWanted.current = id;
    store.getState().select([id]);
  }, [store]);
  const goToEdge = useCallback((id: string) => {
    edgeFocusWanted.current = id;
    setFocusEdge(id);
  }, []);
  // Moves a state (Move… or Alt+Shift+↑/↓) with the command a drop runs; the focus stays on the moved state.
  const moveTo = useCallback((id: string, target: InsertionTarget) => {
    const name = graph.nodeById.get(id)?.state?.name ?? id;
    withCommands((c) => c.moveStateTo(store, id, target.point), (result) => {
      report(result);
      const now = result.ok ? store.getState().selection.at(-1) ?? id : id;
      setAnnouncement(result.ok ? `Moved ${name}.` : result.message);
      goToState(now);
    });
  }, [graph, store, report, goToState]);
  const pickedMove = useCallback((target: InsertionTarget) => {
    if (!moving) return;
    setMoving(null);
    moveTo(moving, target);
  }, [moving, moveTo]);
  const cancelMove = useCallback((why: 'escape' | 'away') => {
    const id = moving;
    setMoving(null);
    if (why === 'escape' && id) {
      setAnnouncement('Move cancelled.');
      goToState(id);
    }
  }, [moving, goToState]);
  const showPoint = useCallback((p: Point) => {
    const rect = root.current?.getBoundingClientRect();
    if (!rect) return;
    const viewport = flow.getViewport();
    if (isOnScreen({ x: p.x - 20, y: p.y - 20, width: 40, height: 40 }, viewport, rect, 16, corner)) return;
    void flow.setCenter(p.x, p.y, { zoom: viewport.zoom, duration: 200 });
  }, [flow, corner]);
  const openMenuAt = useCallback((el: Element, target: { nodeId: string } | { edgeId: string }) => {
    const rect = el.getBoundingClientRect();
    menuOpener.current = el;
    // At the state's bottom-left (as a right-click near its corner would), or at the middle of the edge.
    const at = 'nodeId' in target ? { x: rect.left + Math.min(24, rect.width / 2), y: rect.bottom - 6 } : { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    setMenu({ ...at, ...target });
  }, []);
  const onEdgeKey = useCallback((event: React.KeyboardEvent, el: Element, id: string) => {
    const edge = graph.edgeById.get(id);
    const current = latestLayout.current;
    if (!edge || !current) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    const isState = (nodeId: string) => graph.nodeById.get(nodeId)?.state !== undefined;
    if (isMenuKey(event)) {
      if (!editable) return;
      event.preventDefault();
      openMenuAt(el, { edgeId: id });
    } else if (plain && (event.key === 'Delete' || event.key === 'Backspace')) {
      if (!editable) return;
      event.preventDefault();
      withCommands((c) => c.deleteEdge(store, id), (result) => {
        report(result);
        if (result.ok && isState(edge.source)) goToState(edge.source);
      });
    } else if (plain && ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
      event.preventDefault();
      const next = siblingEdge(graph, current, id, event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 1);
      if (next && next !== id) goToEdge(next);
    } else if ((plain && event.key === 'Escape') || (event.altKey && event.key === 'ArrowUp')) {
      event.preventDefault();
      if (isState(edge.source)) goToState(edge.source);
    } else if ((plain && event.key === 'Enter') || (event.altKey && event.key === 'ArrowDown')) {
      event.preventDefault();
      if (isState(edge.target)) goToState(edge.target);
    }
  }, [graph, editable, store, report, goToState, goToEdge, openMenuAt]);
  const onKeyDown = useCallback((event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const id = target.dataset?.['id'];
    if (!id) return;
    if (target.classList.contains('react-flow__edge')) {
      onEdgeKey(event, target, id);
      return;
    }
    if (!target.classList.contains('react-flow__node')) return;
    if (isMenuKey(event)) {
      if (!editable || graph.nodeById.get(id)?.state === undefined) return;
      event.preventDefault();
      if (!store.getState().selection.includes(id)) store.getState().select([id]);
      openMenuAt(target, { nodeId: id });
      return;
    }
    // Alt+Shift+↑/↓: one place up or down the state's chain (the drop a mouse would make there).
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      if (!editable || graph.nodeById.get(id)?.state === undefined) return;
      event.preventDefault();
      const target = chainMoveTarget(graph, id, event.key === 'ArrowUp' ? 'up' : 'down');
      if (typeof target === 'string') setNotice(target);
      else moveTo(id, target);
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.key === 'ArrowDown') {
      event.preventDefault();
      const first = latestLayout.current && outgoingEdges(graph, latestLayout.current, id)[0];
      if (first) goToEdge(first);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Escape') {
      // Nothing selected: the inspector shows the workflow's own fields, as a click on the empty canvas does.
      event.preventDefault();
      store.getState().select([]);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && editable) {
      // The canvas's Delete, keeping the keyboard user's place: the focus goes to the state the deleted one led to.
      event.preventDefault();
      const deleted = new Set(store.getState().selection);
      const next = deleted.has(id) ? focusAfterDelete(graph, id, deleted) : undefined;
      withCommands((c) => c.deleteSelected(store), (result) => {
        report(result);
        if (!result.ok || !deleted.has(id)) return;
        if (next) goToState(next);
        else root.current?.focus({ preventScroll: true });
      });
      return;
    }
    if (event.key === 'F2' && editable) {
      event.preventDefault();
      actions.beginRename(id);
      return;
    }
    const direction = ARROW_DIRECTIONS[event.key];
    if (!direction || !latestLayout.current) return;
    event.preventDefault();
    const next = neighbourInDirection(graph, latestLayout.current, id, direction);
    if (!next) return;
    goToState(next);
  }, [graph, store, editable, actions, report, onEdgeKey, openMenuAt, goToState, goToEdge, moveTo]);
  // A focused edge that loses the focus to anything but another edge or its menu is no longer a Tab stop.
  // Whether the keyboard focus is in the canvas. An edit or an undo that removes the focused state
  // (Chromium sends no blur for a removed element) must not drop a keyboard user onto the page's start.
  const focusInside = useRef(false);
  const onFocus = useCallback(() => {
    focusInside.current = true;
  }, []);
  const onBlur = useCallback((event: React.FocusEvent) => {
    const related = event.relatedTarget as Node | null;
    if (!related || !root.current?.contains(related)) focusInside.current = false;
    const from = event.target as Element;
    // Moving to another edge or a state: the old edge loses its tab index (and the focus) first.
    if (!from.classList?.contains('react-flow__edge') || edgeFocusWanted.current || focusWanted.current) return;
    const to = event.relatedTarget as Element | null;
    if (to?.closest('.react-flow__edge, .sf-menu')) return;
    setFocusEdge(null);
  }, []);
  useEffect(() => {
    const wanted = focusWanted.current;
    const wantedEdge = edgeFocusWanted.current;
    if (!wanted && !wantedEdge) {
      const active = document.activeElement;
      if (!focusInside.current || (active && active !== document.body)) return;
      // The focused state went away: the focus goes to the canvas's Tab stop (or the canvas itself).
      const handle = requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const stop = root.current?.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]');
        (stop ?? root.current)?.focus({ preventScroll: true });
      });
      return () => cancelAnimationFrame(handle);
    }
    let frames = 0;
    let handle = 0;
    const tryFocus = () => {
      const active = document.activeElement;
      // Something else took the focus meanwhile (a dialog a command opened): leave it there.
      if (active && active !== document.body && !root.current?.contains(active)) {
        focusWanted.current = null;
        edgeFocusWanted.current = null;
        return;
      }
      const selector = wantedEdge ? `.react-flow__edge[data-id="${CSS.escape(wantedEdge)}"]` : `.react-flow__node[data-id="${CSS.escape(wanted!)}"]`;
      const el = root.current?.querySelector<HTMLElement | SVGElement>(selector);
      if (el && el.tabIndex === 0) {
        focusWanted.current = null;
        edgeFocusWanted.current = null;
        el.focus({ preventScroll: true });
      } else if (++frames < 30) handle = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [nodes, edges]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const selects = changes.filter((c) => c.type === 'select');
    if (selects.length === 0) return;
    const next = new Set(store.getState().selection);
    for (const change of selects) {
      if (change.type !== 'select') continue;
      if (change.selected) next.add(change.id);
      else next.delete(change.id);
    }
    selectFromCanvas([...next].filter((id) => !isMarkerId(id)));
  }, [store, selectFromCanvas]);

  const menuItems = useMemo<MenuItem[]>(() => {
    if (!menu) return [];
    if ('nodeId' in menu) {
      const node = graph.nodeById.get(menu.nodeId);
      const info = node?.state;
      if (!info) return [];
      const ids = selection.includes(menu.nodeId) ? selection : [menu.nodeId];
      const items: MenuItem[] = [
        { id: 'rename', label: 'Rename', run: () => actions.beginRename(menu.nodeId) },
        { id: 'move', label: 'Move…', run: () => setMoving(menu.nodeId) },
        { id: 'duplicate', label: 'Duplicate', run: () => withCommands((c) => c.duplicateSelected(store), report) },
        { id: 'delete', label: ids.length > 1 ? `Delete ${ids.length} states` : 'Delete state', run: () => withCommands((c) => c.deleteSelected(store), report) },
        { id: 'wrap', label: 'Wrap in Parallel', run: () => withCommands((c) => c.wrapSelectedInParallel(store, ids), report) },
        { id: 'wrap-map', label: 'Wrap in Map', run: () => withCommands((c) => c.wrapSelectedInMap(store, ids), report) },
      ];
      if (info.type === 'Parallel') items.push({ id: 'add-branch', label: 'Add branch', run: () => withCommands((c) => c.addBranchTo(store, menu.nodeId), report) });
      if (info.container) items.push({ id: 'toggle', label: layout?.collapsed.has(menu.nodeId) ? 'Expand' : 'Collapse', run: () => actions.toggleCollapse(menu.nodeId) });
      return items;
    }
    const target = insertionPoints(graph).find((t) => t.id === `edge:${menu.edgeId}`);
    if (!target) return [];
    return FLOW_STATES.filter((f) => f.type !== 'Succeed' && f.type !== 'Fail').map((f) => ({
      id: `insert-${f.type.toLowerCase()}`,
      label: `Insert ${f.label} here`,
      run: () => withCommands((c) => c.insertBlockAt(store, target.point, f.label, f.build), report),
    }));
  }, [menu, graph, selection, store, report, layout, actions]);

  const onNodeContextMenu = useCallback((e: React.MouseEvent, node: FlowNode) => {
    if (node.type !== 'state' && node.type !== 'container') return;
    e.preventDefault();
    if (!store.getState().selection.includes(node.id)) store.getState().select([node.id]);
    menuOpener.current = null;
    setMenu({ x: e.clientX, y: e.clientY, nodeId: node.id });
  }, [store]);
  const onEdgeContextMenu = useCallback((e: React.MouseEvent, edge: FlowEdge) => {
    e.preventDefault();
    menuOpener.current = null;
    setMenu({ x: e.clientX, y: e.clientY, edgeId: edge.id });
  }, []);
  const closeMenu = useCallback((why: MenuClose) => {
    setMenu(null);
    // After 'ran' the command (below) still needs to know whether the menu was opened by keyboard.
    if (why === 'ran') return;
    const opener = menuOpener.current;
    menuOpener.current = null;
    if (why === 'escape' && opener?.isConnected) (opener as HTMLElement).focus({ preventScroll: true });
  }, []);
  // A command chosen from a menu opened by keyboard leaves the focus on the state it selected
  // (the new state for "Insert … here", the Parallel for a wrap), so the keyboard user goes on from there.
  const shownItems = useMemo(() => menuItems.map((item) => ({
    ...item,
    run: () => {
      // Rename and Move… take the focus themselves (the name field, the places to move to).
      const byKeyboard = menuOpener.current !== null && item.id !== 'rename' && item.id !== 'move';
      menuOpener.current = null;
      item.run();
      const selected = store.getState().selection.at(-1);
      if (byKeyboard && selected) {
        setFocusEdge(null);
        focusWanted.current = selected;
      }
    },
  })), [menuItems, store]);

  // The Catch question answered or cancelled: the focus goes to the selected state (the new container
  // after a wrap), not to the page: the element the dialog was opened from is gone.
  const answered = useCallback((result: CommandResult | null) => {
    setQuestion(null);
    if (result) report(result);
    const selected = store.getState().selection.at(-1);
    if (selected && aslToGraph(store.getState().definition).nodeById.has(selected)) goToState(selected);
  }, [store, report, goToState]);

  const large = nodes.length > VIRTUALISE_FROM;
  const empty = Object.keys(definition.States ?? {}).length === 0;
  // The first paint already shows the kept viewport (no jump from the origin).
  const [initialViewport] = useState(() => store.getState().viewport ?? undefined);
  return (
    <div
      ref={root}
      className={`sf-canvas mode-${mode}`}
      data-testid="canvas"
      data-layout="pending"
      data-view="opening"
      data-node-count={graph.nodes.length}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      <CanvasActionsContext.Provider value={actions}>
      <RenamingContext.Provider value={renaming}>
        <ReactFlow<FlowNode, FlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onPaneClick={() => store.getState().select([])}
          {...(editable ? { onNodeContextMenu, onEdgeContextMenu } : {})}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          elevateNodesOnSelect={false}
          elevateEdgesOnSelect={false}
          deleteKeyCode={null}
          panActivationKeyCode={keysHere ? 'Space' : null}
          selectionKeyCode={keysHere ? 'Shift' : null}
          multiSelectionKeyCode={keysHere ? MULTI_SELECT_KEYS : null}
          {...(keysHere ? {} : { zoomActivationKeyCode: null })}
          onlyRenderVisibleElements={large}
          {...(initialViewport ? { defaultViewport: initialViewport } : {})}
          onMoveEnd={onMoveEnd}
          onInit={onInit}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={16} size={1} />
          <Controls showInteractive={false} showFitView={false} position="bottom-left">
            <ControlButton onClick={centre} className="react-flow__controls-fitview" title="Fit View" aria-label="Fit View">
              <Maximize aria-hidden="true" />
            </ControlButton>
            <ControlButton onClick={toggleMinimap} aria-pressed={minimapShown} data-testid="minimap-toggle"
              title={minimapShown ? 'Hide minimap' : 'Show minimap'} aria-label={minimapShown ? 'Hide minimap' : 'Show minimap'}>
              {minimapShown ? <MapMinus aria-hidden="true" /> : <MapIcon aria-hidden="true" />}
            </ControlButton>
          </Controls>
          {minimapShown && <MiniMap pannable zoomable position="bottom-right" nodeStrokeWidth={2} style={MINIMAP_SIZE} ariaLabel="Minimap" />}
          <DropTargets graph={graph} layout={layout} />
          {editable && layout && moving && graph.nodeById.get(moving)?.state && (
            <MovePicker graph={graph} layout={layout} movingId={moving} onMove={pickedMove} onCancel={cancelMove} announce={setAnnouncement} show={showPoint} onCurrentEdge={setMoveEdge} />
          )}
        </ReactFlow>
        {finding && <Suspense fallback={null}><FindBox graph={graph} onMatches={onMatches} onPick={pick} onClose={closeFind} /></Suspense>}
        <DragGhost />
        {menu && shownItems.length > 0 && <ContextMenu x={menu.x} y={menu.y} items={shownItems} onClose={closeMenu} />}
        {notice && (
          <div className="sf-notice" role="alert" data-testid="canvas-notice">
            {notice}
            <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss" title="Dismiss"><X size={14} aria-hidden="true" /></button>
          </div>
        )}
        {question && <Suspense fallback={null}><CatchQuestionDialog question={question} onDone={answered} /></Suspense>}
        {!done && !empty && <div className="sf-layout-pending" role="status">Laying out…</div>}
        <div className="visually-hidden" role="status" aria-live="polite" data-testid="canvas-announcement">{announcement}</div>
        {empty && (
          // Never a silent empty canvas: say why it is empty and where to go.
          <div className="sf-canvas-empty" data-testid="canvas-empty" role="status">
            {mode === 'run' ? 'No workflow to draw this run on: the Run panel says how to open its definition.' : 'No states yet: drag one from the palette, or type the ASL in the code view.'}
          </div>
        )}
      </RenamingContext.Provider>
      </CanvasActionsContext.Provider>
    </div>
  );
}
