/**
 * Readability check of a rendered React Flow graph (ours or asl-viewer's): how many edges pass
 * through a node box they do not start or end in. Works on the DOM in flow coordinates: node boxes
 * from each node's translate() and size, edges sampled along their SVG paths.
 */

export interface CrossingReport {
  /** Node elements on the page (with a size). */
  nodes: number;
  /** Edge paths on the page. */
  edges: number;
  /** (edge, node) pairs where the edge runs through the node's box. */
  hits: number;
  /** Edges with at least one hit. */
  edgesThrough: number;
}

interface Rect { x: number; y: number; w: number; h: number }

/** Sample step along an edge, and the part near each end that is not checked (arrow heads, ports). */
const STEP = 4;
const END_SKIP = 10;
/** A box "touches" an end point within this margin: that node is the edge's source/target (or holds it). */
const TOUCH = 6;
/** Points this close to a box's border do not count as inside (edges run along padding lines). */
const INSET = 2;
const CELL = 200;

function translateOf(el: HTMLElement): { x: number; y: number } | null {
  const m = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/.exec(el.style.transform);
  return m ? { x: Number(m[1]), y: Number(m[2]) } : null;
}

function contains(r: Rect, x: number, y: number, margin: number): boolean {
  return x > r.x - margin && x < r.x + r.w + margin && y > r.y - margin && y < r.y + r.h + margin;
}

/** Counts edges crossing node boxes under `root` (a React Flow container). */
export function edgeCrossings(root: Element): CrossingReport {
  const rects: Rect[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const at = translateOf(el);
    if (!at || el.offsetWidth === 0 || el.offsetHeight === 0) continue;
    rects.push({ x: at.x, y: at.y, w: el.offsetWidth, h: el.offsetHeight });
  }
  const grid = new Map<string, number[]>();
  rects.forEach((r, i) => {
    for (let cx = Math.floor(r.x / CELL); cx <= Math.floor((r.x + r.w) / CELL); cx += 1) {
      for (let cy = Math.floor(r.y / CELL); cy <= Math.floor((r.y + r.h) / CELL); cy += 1) {
        const key = `${cx},${cy}`;
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
    }
  });

  const paths = [...root.querySelectorAll<SVGPathElement>('.react-flow__edge-path')];
  let hits = 0;
  let edgesThrough = 0;
  for (const path of paths) {
    const length = path.getTotalLength();
    if (!(length > 2 * END_SKIP)) continue;
    const start = path.getPointAtLength(0);
    const end = path.getPointAtLength(length);
    const hit = new Set<number>();
    for (let s = END_SKIP; s <= length - END_SKIP; s += STEP) {
      const p = path.getPointAtLength(s);
      for (const i of grid.get(`${Math.floor(p.x / CELL)},${Math.floor(p.y / CELL)}`) ?? []) {
        if (hit.has(i)) continue;
        const r = rects[i]!;
        if (!contains(r, p.x, p.y, -INSET)) continue;
        if (contains(r, start.x, start.y, TOUCH) || contains(r, end.x, end.y, TOUCH)) continue;
        hit.add(i);
      }
    }
    hits += hit.size;
    if (hit.size > 0) edgesThrough += 1;
  }
  return { nodes: rects.length, edges: paths.length, hits, edgesThrough };
}
