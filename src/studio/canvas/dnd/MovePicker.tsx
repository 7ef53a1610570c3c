/**
 * "Move…" from a state's menu: the keyboard's way to drag a state. The places a drag would offer
 * are shown; the arrows walk them in reading order (the focus ring is on the place, a screen
 * reader hears "Move Check onto Validate → Save"), Enter moves the state there (the same edit a
 * drop runs: one undo step), Escape puts the focus back on the state. A click on a place moves too.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { GraphLayout, InsertionTarget, Point, WorkflowGraph } from '../../../graph';
import { describeTarget, inReadingOrder, nearestPlace, placeDropTargets, type DropPlace } from './dropPlaces';

export interface MovePickerProps {
  graph: WorkflowGraph;
  layout: GraphLayout;
  movingId: string;
  onMove(target: InsertionTarget): void;
  /** Escape (the focus goes back to the state), or the focus left the places. */
  onCancel(why: 'escape' | 'away'): void;
  /** Tells assistive technology which place is chosen. */
  announce(text: string): void;
  /** Brings a point of the drawing on screen. */
  show(point: Point): void;
  /** The chosen place, when it lies on an edge (the canvas draws that edge as focused). */
  onCurrentEdge(edgeId: string | null): void;
}

const STEP: Readonly<Record<string, 1 | -1>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function MovePicker({ graph, layout, movingId, onMove, onCancel, announce, show, onCurrentEdge }: MovePickerProps) {
  const places = useMemo(() => inReadingOrder(placeDropTargets(graph, layout, movingId)), [graph, layout, movingId]);
  const [index, setIndex] = useState(() => nearestPlace(places, layout, movingId));
  const at = Math.max(0, Math.min(index, places.length - 1));
  const current: DropPlace | undefined = places[at];
  const name = graph.nodeById.get(movingId)?.state?.name ?? movingId;
  const labelOf = (place: DropPlace) => `Move ${name} onto ${describeTarget(graph, place.target)}`;
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef({ announce, show, onCurrentEdge });
  useEffect(() => {
    latest.current = { announce, show, onCurrentEdge };
  }, [announce, show, onCurrentEdge]);

  const currentId = current?.id;
  useEffect(() => {
    if (!current) {
      latest.current.announce(`${name} has nowhere to go.`);
      return;
    }
    latest.current.announce(`${labelOf(current)} (${at + 1} of ${places.length}). Enter moves, Escape cancels.`);
    latest.current.onCurrentEdge('edge' in current.target.anchor ? current.target.anchor.edge : null);
    latest.current.show(current);
    ref.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus({ preventScroll: true });
    // Announce and focus when the chosen place changes, not on every redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentId, places.length]);
  useEffect(() => () => latest.current.onCurrentEdge(null), []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = STEP[event.key];
    if (step !== undefined || event.key === 'Home' || event.key === 'End') {
      const count = places.length;
      if (count > 0) setIndex(step !== undefined ? (at + step + count) % count : event.key === 'Home' ? 0 : count - 1);
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      onMove(current.target);
    } else if (event.key === 'Escape') {
      onCancel('escape');
    } else if (event.key !== 'Delete' && event.key !== 'Backspace') {
      // Tab and the rest go on as usual (Tab leaves: the move is cancelled on blur).
      return;
    }
    // Handled here (Delete / Backspace too: they must not delete the selected state meanwhile).
    event.preventDefault();
    event.stopPropagation();
  };
  const onBlur = (event: React.FocusEvent) => {
    if (!ref.current?.contains(event.relatedTarget as Node | null)) onCancel('away');
  };

  return (
    <ViewportPortal>
      <div
        ref={ref}
        className="sf-drop-layer sf-move-picker"
        role="listbox"
        aria-label={`Places to move ${name} to`}
        data-testid="move-picker"
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        {places.map((p, i) => (
          <div
            key={p.id}
            className={`sf-drop kind-${p.kind}${i === at ? ' hover current' : ''}`}
            role="option"
            aria-selected={i === at}
            aria-label={labelOf(p)}
            tabIndex={i === at ? 0 : -1}
            data-move-target={p.id}
            data-testid={`move-${p.id}`}
            title={labelOf(p)}
            style={{ transform: `translate(-50%, -50%) translate(${p.x}px, ${p.y}px)` }}
            onClick={() => onMove(p.target)}
          >
            +
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
}
