import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layeredLayout, LABEL_ROW_WIDTH } from './layered';
import { layoutWithElk, type ShapeInput, type ShapeLayout } from './shapes';
import { edgeLabelRoom, labelSize } from './labelSize';
import { STATE_HEIGHT, STATE_WIDTH } from './sizes';
import type { Box, ElkLike, Point } from './types';

const elk = new ELK() as unknown as ElkLike;
const state = { width: STATE_WIDTH, height: STATE_HEIGHT };
const label = (width: number) => ({ width, height: 16 });

/** A Choice (0) with `widths.length` labelled rules to as many states, all joining at the end. */
function fork(widths: number[]): ShapeInput {
  const n = widths.length;
  const sizes = [state, ...widths.map(() => state), state];
  const edges: [number, number][] = [...widths.map((_, i): [number, number] => [0, i + 1]), ...widths.map((_, i): [number, number] => [i + 1, n + 1])];
  return { sizes, constraints: sizes.map((_, i) => (i === 0 ? 'FIRST' : i === n + 1 ? 'LAST' : undefined)), edges, labels: edges.map((_, e) => (e < n ? label(widths[e]!) : undefined)) };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const through = (points: Point[], box: Box) => points.slice(1).some((q, i) => {
  const p = points[i]!;
  // Orthogonal runs: inside the box's span on both axes.
  const [x0, x1] = [Math.min(p.x, q.x), Math.max(p.x, q.x)];
  const [y0, y1] = [Math.min(p.y, q.y), Math.max(p.y, q.y)];
  return x1 > box.x && x0 < box.x + box.width && y1 > box.y && y0 < box.y + box.height;
});

function problems(layout: ShapeLayout): string[] {
  const out: string[] = [];
  const rooms = layout.labels ?? [];
  rooms.forEach((room, e) => {
    if (!room) return;
    if (!through(layout.edges[e]!, room)) out.push(`label ${e} off its edge`);
    layout.edges.forEach((points, f) => f !== e && points && through(points, room) && out.push(`label ${e} crossed by edge ${f}`));
    rooms.forEach((other, f) => f > e && other && overlaps(room, other) && out.push(`label ${e} on label ${f}`));
    layout.nodes.forEach((node, i) => overlaps(room, node) && out.push(`label ${e} on node ${i}`));
  });
  return out;
}

describe('room for edge labels', () => {
  it('the layered layout keeps a slot as wide as each label on its edge, crossed by nothing', () => {
    const input = fork([200, 150, 60]);
    const layout = layeredLayout(input)!;
    expect(layout.labels!.filter(Boolean)).toHaveLength(3);
    expect(problems(layout)).toEqual([]);
    // The labels sit between the Choice and its targets.
    const choice = layout.nodes[0]!;
    for (const room of layout.labels!.slice(0, 3)) {
      expect(room!.y).toBeGreaterThan(choice.y + choice.height);
      expect(room!.y + room!.height).toBeLessThan(layout.nodes[1]!.y);
    }
  });

  it('ELK keeps the same room (edge labels placed inline, at the centre of the edge)', async () => {
    const layout = await layoutWithElk(elk, fork([200, 150, 60]));
    expect(layout.labels!.filter(Boolean)).toHaveLength(3);
    expect(problems(layout)).toEqual([]);
  });

  it('the labels of a Choice with many rules fill rows no wider than LABEL_ROW_WIDTH, still crossed by nothing', () => {
    const widths = Array.from({ length: 12 }, () => 200);
    const layout = layeredLayout(fork(widths))!;
    expect(problems(layout)).toEqual([]);
    const rows = new Map<number, Box[]>();
    for (const room of layout.labels!.filter((b): b is Box => !!b)) rows.set(room.y, [...(rows.get(room.y) ?? []), room]);
    expect(rows.size).toBe(4);
    for (const row of rows.values()) expect(row.length * 200).toBeLessThanOrEqual(LABEL_ROW_WIDTH);
  });

  it('the room is estimated from the text, rounded up (a few more letters do not move anything)', () => {
    expect(edgeLabelRoom({ kind: 'next' })).toBeUndefined();
    const room = edgeLabelRoom({ label: '$.status StringEquals "RUNNING"', kind: 'choice' })!;
    expect(room.width % 12).toBe(0);
    expect(room.width).toBeGreaterThanOrEqual(labelSize('$.status StringEquals "RUNNING"').width);
    expect(edgeLabelRoom({ label: '$.x == 10', kind: 'choice' })).toEqual(edgeLabelRoom({ label: '$.x == 1', kind: 'choice' }));
    expect(edgeLabelRoom({ label: 'Default', kind: 'default' })!.width).toBeLessThan(edgeLabelRoom({ label: 'Default', kind: 'choice' })!.width + 1);
  });
});
