/**
 * Where edge labels go (pure, no DOM). The layout keeps room for each label on its edge's route,
 * off every other edge, label and node (graph/layout: label dummies in the layered layout, ELK's
 * edge labels): a label with room is drawn there. A label without (the stacked fallback layout)
 * sits on its own edge's route — centred on it, or, when every centred spot is taken, beside it
 * with its near end or side on the line — at the candidate spot that collides least: never on
 * another label or a node if any spot avoids them, and crossed by as few other edges as possible.
 */
import { labelSize, type Box, type Point } from '../../graph';

export { labelSize };

export interface LabelRequest {
  id: string;
  text: string;
  /** The edge's route. */
  points: readonly Point[];
  /** Italic proportional text (Default) is narrower than the monospace rule text. */
  proportional?: boolean;
  /** The room the layout kept for the label: it is drawn in its middle. */
  room?: Box;
}

export interface Route {
  id: string;
  points: readonly Point[];
}

/** Spots along each segment, preferred first (the middle of the segment, then towards its ends). */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];
const MIN_SEGMENT = 12;
const COST_LABEL = 1000;
const COST_NODE = 1000;
const COST_EDGE = 40;
/** A label beside its line instead of centred on it: allowed, but only when it avoids a collision. */
const COST_BESIDE = 5;
/** How far a label beside its line still covers it, so it reads as attached to it. */
const ATTACH = 3;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether the segment p–q passes through the box (Liang–Barsky clipping). */
export function segmentCrossesBox(p: Point, q: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: [number, number][] = [[-dx, p.x - box.x], [dx, box.x + box.width - p.x], [-dy, p.y - box.y], [dy, box.y + box.height - p.y]];
  for (const [edge, distance] of checks) {
    if (edge === 0) {
      if (distance < 0) return false;
      continue;
    }
    const t = distance / edge;
    if (edge < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 < t1;
}

interface Candidate {
  at: Point;
  beside: boolean;
}

/** A spot on the segment a–b for a label of `size`: centred on the line, or moved to either side of it. */
function spotsAt(at: Point, a: Point, b: Point, size: { width: number; height: number }, beside: boolean): Candidate[] {
  if (!beside) return [{ at, beside: false }];
  const vertical = Math.abs(b.x - a.x) < Math.abs(b.y - a.y);
  // Vertical line: the label hangs to its left or right; horizontal line: it sits above or below.
  const shift = vertical ? size.width / 2 - ATTACH : size.height / 2 - ATTACH;
  return vertical
    ? [{ at: { x: at.x + shift, y: at.y }, beside: true }, { at: { x: at.x - shift, y: at.y }, beside: true }]
    : [{ at: { x: at.x, y: at.y - shift }, beside: true }, { at: { x: at.x, y: at.y + shift }, beside: true }];
}

function candidates(points: readonly Point[], size: { width: number; height: number }): Candidate[] {
  const out: Candidate[] = [];
  const segments: [Point, Point, number][] = [];
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length >= MIN_SEGMENT) segments.push([a, b, length]);
  }
  // Longer segments first: a label reads best on a long straight run.
  segments.sort((s, t) => t[2] - s[2]);
  for (const beside of [false, true]) {
    for (const f of ALONG) for (const [a, b] of segments) out.push(...spotsAt({ x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f }, a, b, size, beside));
  }
  if (out.length === 0 && points.length > 0) out.push({ at: points[Math.floor(points.length / 2)]!, beside: false });
  return out;
}

/** A simple spatial index: boxes and segments by 200 px grid cell. */
class Grid<T> {
  private readonly cells = new Map<string, T[]>();
  constructor(private readonly size = 200) {}
  private keys(box: Box): string[] {
    const out: string[] = [];
    for (let x = Math.floor(box.x / this.size); x <= Math.floor((box.x + box.width) / this.size); x += 1) {
      for (let y = Math.floor(box.y / this.size); y <= Math.floor((box.y + box.height) / this.size); y += 1) out.push(`${x},${y}`);
    }
    return out;
  }
  add(box: Box, item: T): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }
  near(box: Box): Set<T> {
    const out = new Set<T>();
    for (const key of this.keys(box)) for (const item of this.cells.get(key) ?? []) out.add(item);
    return out;
  }
}

interface Segment {
  route: string;
  p: Point;
  q: Point;
}

const boxAt = (at: Point, size: { width: number; height: number }): Box => ({ x: at.x - size.width / 2, y: at.y - size.height / 2, width: size.width, height: size.height });

/**
 * The centre of every label: in the middle of its room when the layout kept one, else on its
 * route, off the other labels and the `obstacles` (node boxes), crossed by as few other routes as
 * possible, placed in the order given.
 */
export function placeLabels(labels: readonly LabelRequest[], routes: readonly Route[], obstacles: readonly Box[]): Map<string, Point> {
  const nodes = new Grid<Box>();
  for (const box of obstacles) nodes.add(box, box);
  const segments = new Grid<Segment>();
  for (const route of routes) {
    for (let i = 1; i < route.points.length; i += 1) {
      const p = route.points[i - 1]!;
      const q = route.points[i]!;
      segments.add({ x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) }, { route: route.id, p, q });
    }
  }
  const placed = new Grid<Box>();
  const out = new Map<string, Point>();
  for (const { id, room } of labels) {
    if (!room) continue;
    out.set(id, { x: room.x + room.width / 2, y: room.y + room.height / 2 });
    placed.add(room, room);
  }
  for (const label of labels) {
    if (label.room) continue;
    const size = labelSize(label.text, label.proportional);
    let best: Point | undefined;
    let bestCost = Infinity;
    for (const [rank, { at, beside }] of candidates(label.points, size).entries()) {
      const box = boxAt(at, size);
      let cost = rank * 0.001 + (beside ? COST_BESIDE : 0);
      for (const other of placed.near(box)) if (overlaps(box, other)) cost += COST_LABEL;
      for (const node of nodes.near(box)) if (overlaps(box, node)) cost += COST_NODE;
      const crossed = new Set<string>();
      for (const s of segments.near(box)) if (s.route !== label.id && !crossed.has(s.route) && segmentCrossesBox(s.p, s.q, box)) crossed.add(s.route);
      cost += crossed.size * COST_EDGE;
      if (cost < bestCost) {
        bestCost = cost;
        best = at;
        if (cost < 0.001) break;
      }
    }
    if (!best) continue;
    out.set(label.id, best);
    placed.add(boxAt(best, size), boxAt(best, size));
  }
  return out;
}
