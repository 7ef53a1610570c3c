/**
 * Drag-and-drop between the palette and the canvas, with pointer events (robust under
 * Playwright, works with touch and pen). A drag becomes active after a few pixels of movement;
 * drop targets are elements with `data-drop-target` under the pointer.
 */
import { createStore } from 'zustand/vanilla';
import type { PatternBlock } from '../../../catalog';

/** What is being dragged: something new from the palette, or an existing state. */
export type DragPayload =
  | { kind: 'new'; label: string; build: (queryLanguage: 'JSONPath' | 'JSONata') => PatternBlock }
  | { kind: 'move'; label: string; nodeId: string };

export interface DragState {
  payload: DragPayload | null;
  active: boolean;
  pointer: { x: number; y: number };
  hover: string | null;
}

/** Takes a drop on one of the zone's targets. */
export type DropHandler = (targetId: string, payload: DragPayload) => void;

/** Drop zones (each canvas's root element) and their handlers: a drop goes to the zone holding its target. */
const dropZones = new Map<Element, DropHandler>();

/** Registers `zone` (an element around drop targets); returns the unregistration. */
export function registerDropZone(zone: Element, handler: DropHandler): () => void {
  dropZones.set(zone, handler);
  return () => {
    if (dropZones.get(zone) === handler) dropZones.delete(zone);
  };
}

function handlerFor(target: Element): DropHandler | undefined {
  for (let el: Element | null = target; el; el = el.parentElement) {
    const handler = dropZones.get(el);
    if (handler) return handler;
  }
  return undefined;
}

export const dragStore = createStore<DragState>(() => ({ payload: null, active: false, pointer: { x: 0, y: 0 }, hover: null }));

const THRESHOLD = 4;

function targetElementAt(x: number, y: number): Element | null {
  const el = document.elementFromPoint(x, y);
  return el instanceof Element ? el.closest('[data-drop-target]') : null;
}

function targetAt(x: number, y: number): string | null {
  return targetElementAt(x, y)?.getAttribute('data-drop-target') ?? null;
}

/** Starts tracking a possible drag from a pointerdown; a click without movement stays a click. */
export function beginDrag(event: { clientX: number; clientY: number; button: number; pointerId?: number }, payload: DragPayload): void {
  if (event.button !== 0) return;
  const start = { x: event.clientX, y: event.clientY };
  const move = (e: PointerEvent) => {
    const state = dragStore.getState();
    if (!state.active && Math.hypot(e.clientX - start.x, e.clientY - start.y) < THRESHOLD) return;
    if (!state.active) document.body.classList.add('dragging-state');
    e.preventDefault();
    dragStore.setState({ payload, active: true, pointer: { x: e.clientX, y: e.clientY }, hover: targetAt(e.clientX, e.clientY) });
  };
  const finish = (e: PointerEvent) => {
    window.removeEventListener('pointermove', move, true);
    window.removeEventListener('pointerup', finish, true);
    window.removeEventListener('pointercancel', cancel, true);
    const state = dragStore.getState();
    document.body.classList.remove('dragging-state');
    dragStore.setState({ payload: null, active: false, hover: null });
    if (!state.active) return;
    // The click that follows a drag must not select or add anything.
    const swallowClick = (c: MouseEvent) => c.stopPropagation();
    window.addEventListener('click', swallowClick, true);
    setTimeout(() => window.removeEventListener('click', swallowClick, true), 0);
    const target = targetElementAt(e.clientX, e.clientY);
    const id = target?.getAttribute('data-drop-target');
    if (target && id) handlerFor(target)?.(id, payload);
  };
  const cancel = () => {
    window.removeEventListener('pointermove', move, true);
    window.removeEventListener('pointerup', finish, true);
    window.removeEventListener('pointercancel', cancel, true);
    document.body.classList.remove('dragging-state');
    dragStore.setState({ payload: null, active: false, hover: null });
  };
  window.addEventListener('pointermove', move, true);
  window.addEventListener('pointerup', finish, true);
  window.addEventListener('pointercancel', cancel, true);
}
