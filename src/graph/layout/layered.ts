/**
 * A small layered (Sugiyama-style) layout for the shapes a workflow segment usually has — a
 * Choice fan-out and its join, a Task chain with a Catch fallback — computed in a millisecond in
 * this thread, so most workflows are laid out without waiting for ELK. Only loop-free graphs with
 * one source and one sink and few nodes; anything else is left to ELK.
 *
 * Readability holds by construction: long edges get a slot (a dummy node) in every layer they
 * cross, horizontal edge runs lie only in the channels between layers (on separate tracks where
 * they overlap), and vertical runs only at a node's own ports or in a dummy's slot, so no edge
 * ever passes through a node. Edge labels get the same treatment: a labelled edge is one layer
 * longer, and in that layer its slot is as wide as its label (a label dummy, as in ELK's layered
 * algorithm), so no other edge, label or node can cross the label's room. The labels of one
 * Choice's rules fill rows of at most LABEL_ROW_WIDTH, one layer each, so a Choice with many rules
 * grows taller rather than very wide.
 */
import type { ShapeInput, ShapeLayout } from './shapes';
import type { Box, Point } from './types';

/** Most real nodes this layout takes on (larger graphs go to ELK). */
export const LAYERED_MAX_NODES = 40;

// Spacing as in SCOPE_LAYOUT_OPTIONS.
const BETWEEN_LAYERS = 46;
const EDGE_NODE_BETWEEN_LAYERS = 18;
const NODE_NODE = 36;
const EDGE_NODE = 18;
const EDGE_EDGE = 12;
const PADDING = 8;
const MAX_PORT_GAP = 48;
/** Labels of one side of a node fill rows this wide (a wider label gets a row of its own). */
export const LABEL_ROW_WIDTH = 720;
/** Space between two labels, and between a label and a passing edge (they never touch). */
const LABEL_GAP = 12;
/** Height of a channel next to a row of labels (no node there: arrows and runs need less room). */
const LABEL_CHANNEL = 28;

/** Real node index, or an edge's slot in a layer it crosses: a plain dummy or its label's room. */
const DUMMY = -1;
const LABEL = -2;

interface Item {
  /** Real node index, DUMMY or LABEL. */
  node: number;
  width: number;
  height: number;
  x: number;
  preds: Item[];
  succs: Item[];
}

interface Link {
  /** Edge index in the shape. */
  edge: number;
  /** Items from the source through the dummies to the target. */
  chain: Item[];
  /** The label dummy in the chain, when the edge has a label. */
  label?: Item;
}

/** Where an edge's label goes: `row` layers below its source (above, for a reversed edge). */
interface LabelSlot {
  row: number;
  rows: number;
  backward: boolean;
}

/** The layout, or undefined when the shape is not one this layout takes on. */
export function layeredLayout(shape: ShapeInput): ShapeLayout | undefined {
  const n = shape.sizes.length;
  if (n === 0 || n > LAYERED_MAX_NODES) return undefined;
  const slots = labelSlots(shape);
  const layer = layering(n, shape.edges, slots.map((slot) => (slot ? slot.rows + 1 : 1)));
  if (!layer) return undefined;

  const items: Item[] = shape.sizes.map((size, node) => ({ node, width: size.width, height: size.height, x: 0, preds: [], succs: [] }));
  const layers: Item[][] = [];
  const put = (item: Item, l: number) => (layers[l] ??= []).push(item);
  items.forEach((item, i) => put(item, layer[i]!));
  const links: Link[] = shape.edges.map(([s, t], edge) => {
    const chain = [items[s]!];
    const slot = slots[edge];
    const labelLayer = slot && (slot.backward ? layer[t]! - slot.row : layer[s]! + slot.row);
    let label: Item | undefined;
    for (let l = layer[s]! + 1; l < layer[t]!; l += 1) {
      const size = l === labelLayer ? shape.labels![edge]! : undefined;
      const dummy: Item = { node: size ? LABEL : DUMMY, width: size?.width ?? 0, height: size?.height ?? 0, x: 0, preds: [], succs: [] };
      if (size) label = dummy;
      put(dummy, l);
      chain.push(dummy);
    }
    chain.push(items[t]!);
    for (let i = 1; i < chain.length; i += 1) {
      chain[i - 1]!.succs.push(chain[i]!);
      chain[i]!.preds.push(chain[i - 1]!);
    }
    return { edge, chain, ...(label ? { label } : {}) };
  });

  orderLayers(layers);
  placeHorizontally(layers);
  return route(shape, items, layers, links);
}

/**
 * The label row of each labelled edge. The labels leaving one node on one side (below it; above
 * it for loop edges drawn upwards) are taken in document order and fill rows of LABEL_ROW_WIDTH.
 */
function labelSlots(shape: ShapeInput): (LabelSlot | undefined)[] {
  const slots: (LabelSlot | undefined)[] = shape.edges.map(() => undefined);
  const groups = new Map<string, number[]>();
  shape.edges.forEach(([s, t], e) => {
    if (!shape.labels?.[e] || s === t) return;
    const backward = shape.reversed?.has(e) ?? false;
    const key = `${backward ? t : s}${backward ? '^' : 'v'}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  });
  for (const edges of groups.values()) {
    const backward = shape.reversed?.has(edges[0]!) ?? false;
    const placed: { edge: number; row: number }[] = [];
    let row = 1;
    let width = 0;
    for (const e of edges) {
      const w = shape.labels![e]!.width + LABEL_GAP;
      if (width > 0 && width + w > LABEL_ROW_WIDTH) {
        row += 1;
        width = 0;
      }
      width += w;
      placed.push({ edge: e, row });
    }
    for (const { edge, row: r } of placed) slots[edge] = { row: r, rows: row, backward };
  }
  return slots;
}

/**
 * Longest-path layers (each edge at least `span[e]` layers long), or undefined unless the graph
 * is loop-free with one source and one sink.
 */
function layering(n: number, edges: ShapeInput['edges'], span: readonly number[]): number[] | undefined {
  const indegree = new Array<number>(n).fill(0);
  const out: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [e, [s, t]] of edges.entries()) {
    if (s === t) return undefined;
    out[s]!.push([t, span[e]!]);
    indegree[t]! += 1;
  }
  const sources = indegree.flatMap((d, i) => (d === 0 ? [i] : []));
  const sinks = out.flatMap((o, i) => (o.length === 0 ? [i] : []));
  if (sources.length !== 1 || sinks.length !== 1) return undefined;
  const layer = new Array<number>(n).fill(0);
  const queue = [...sources];
  let visited = 0;
  while (queue.length > 0) {
    const node = queue.shift()!;
    visited += 1;
    for (const [next, length] of out[node]!) {
      layer[next] = Math.max(layer[next]!, layer[node]! + length);
      indegree[next]! -= 1;
      if (indegree[next] === 0) queue.push(next);
    }
  }
  return visited === n ? layer : undefined;
}

/**
 * Orders each layer: first by discovery from the layer above (a node's edges in document order,
 * so Choice rules read left to right and Default comes last), then barycentre sweeps that keep
 * the order with the fewest crossings.
 */
function orderLayers(layers: Item[][]): void {
  for (let l = 1; l < layers.length; l += 1) {
    const rank = new Map<Item, number>();
    for (const item of layers[l - 1]!) for (const next of item.succs) if (!rank.has(next)) rank.set(next, rank.size);
    layers[l]!.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  }
  let best = layers.map((layer) => [...layer]);
  let bestCrossings = crossings(layers);
  for (let sweep = 0; sweep < 4 && bestCrossings > 0; sweep += 1) {
    const down = sweep % 2 === 0;
    for (let i = 1; i < layers.length; i += 1) {
      const l = down ? i : layers.length - 1 - i;
      const fixed = layers[down ? l - 1 : l + 1]!;
      const position = new Map(fixed.map((item, p) => [item, p]));
      const current = new Map(layers[l]!.map((item, p) => [item, p]));
      const centre = (item: Item) => {
        const near = down ? item.preds : item.succs;
        return near.length === 0 ? current.get(item)! : near.reduce((sum, other) => sum + position.get(other)!, 0) / near.length;
      };
      const keys = new Map(layers[l]!.map((item) => [item, centre(item)]));
      layers[l]!.sort((a, b) => keys.get(a)! - keys.get(b)! || current.get(a)! - current.get(b)!);
    }
    const count = crossings(layers);
    if (count < bestCrossings) {
      best = layers.map((layer) => [...layer]);
      bestCrossings = count;
    }
  }
  best.forEach((layer, l) => {
    layers[l] = layer;
  });
}

function crossings(layers: Item[][]): number {
  let count = 0;
  for (let l = 0; l + 1 < layers.length; l += 1) {
    const below = new Map(layers[l + 1]!.map((item, p) => [item, p]));
    const pairs: [number, number][] = [];
    layers[l]!.forEach((item, p) => {
      for (const next of item.succs) pairs.push([p, below.get(next)!]);
    });
    for (let i = 0; i < pairs.length; i += 1) {
      for (let j = i + 1; j < pairs.length; j += 1) {
        const [a, b] = pairs[i]!;
        const [c, d] = pairs[j]!;
        if ((a - c) * (b - d) < 0) count += 1;
      }
    }
  }
  return count;
}

function gapBetween(a: Item, b: Item): number {
  let gap: number;
  if (a.node === LABEL || b.node === LABEL) gap = a.node >= 0 || b.node >= 0 ? EDGE_NODE : LABEL_GAP;
  else gap = a.node >= 0 && b.node >= 0 ? NODE_NODE : a.node < 0 && b.node < 0 ? EDGE_EDGE : EDGE_NODE;
  return a.width / 2 + gap + b.width / 2;
}

/** Centres nodes over their neighbours (long edges pull hardest, to run straight), layers kept apart. */
function placeHorizontally(layers: Item[][]): void {
  for (const layer of layers) {
    let x = 0;
    layer.forEach((item, i) => {
      if (i > 0) x += gapBetween(layer[i - 1]!, item);
      item.x = x;
    });
  }
  const weight = (a: Item, b: Item) => (a.node < 0 && b.node < 0 ? 8 : a.node < 0 || b.node < 0 ? 2 : 1);
  for (let round = 0; round < 8; round += 1) {
    const down = round % 2 === 0;
    for (let i = 0; i < layers.length; i += 1) {
      const layer = layers[down ? i : layers.length - 1 - i]!;
      const desired = layer.map((item) => {
        const near = down ? item.preds : item.succs;
        if (near.length === 0) return item.x;
        let sum = 0;
        let total = 0;
        for (const other of near) {
          const w = weight(item, other);
          sum += w * other.x;
          total += w;
        }
        return sum / total;
      });
      const placed = closestSpaced(desired, layer.map((item, p) => (p === 0 ? 0 : gapBetween(layer[p - 1]!, item))));
      layer.forEach((item, p) => {
        item.x = placed[p]!;
      });
    }
  }
  // Whole pixels: runs that should line up do so exactly (gaps lose at most a pixel).
  for (const layer of layers) for (const item of layer) item.x = Math.round(item.x);
}

/**
 * Positions as close as possible (least squares) to `desired`, in order, each at least `gaps[i]`
 * right of the previous one: pool-adjacent-violators on the positions minus the running gaps.
 */
function closestSpaced(desired: number[], gaps: number[]): number[] {
  const offset: number[] = [];
  let running = 0;
  gaps.forEach((gap, i) => {
    running += i === 0 ? 0 : gap;
    offset.push(running);
  });
  const blocks: { sum: number; count: number }[] = [];
  desired.forEach((d, i) => {
    blocks.push({ sum: d - offset[i]!, count: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.count > blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.count) {
      const last = blocks.pop()!;
      blocks[blocks.length - 1]!.sum += last.sum;
      blocks[blocks.length - 1]!.count += last.count;
    }
  });
  const out: number[] = [];
  for (const block of blocks) for (let k = 0; k < block.count; k += 1) out.push(block.sum / block.count + offset[out.length]!);
  return out;
}

interface Run {
  link: Link;
  /** Channel below layer `l`. */
  from: number;
  to: number;
  track: number;
}

/** Ports, tracks and polylines; then everything shifted to the padding. */
function route(shape: ShapeInput, items: Item[], layers: Item[][], links: Link[]): ShapeLayout {
  // Ports: a node's edges leave (and arrive) spread along its side, in the order of their other ends.
  const outPort = new Map<Link, number>();
  const inPort = new Map<Link, number>();
  const bySource = new Map<Item, Link[]>();
  const byTarget = new Map<Item, Link[]>();
  for (const link of links) {
    const source = link.chain[0]!;
    const target = link.chain[link.chain.length - 1]!;
    bySource.set(source, [...(bySource.get(source) ?? []), link]);
    byTarget.set(target, [...(byTarget.get(target) ?? []), link]);
  }
  const spread = (item: Item, group: Link[], towards: (link: Link) => number, ports: Map<Link, number>) => {
    const sorted = [...group].sort((a, b) => towards(a) - towards(b) || a.edge - b.edge);
    const gap = Math.min(item.width / (sorted.length + 1), MAX_PORT_GAP);
    sorted.forEach((link, i) => ports.set(link, Math.round(item.x + (i - (sorted.length - 1) / 2) * gap)));
  };
  for (const [item, group] of bySource) spread(item, group, (link) => link.chain[1]!.x, outPort);
  for (const [item, group] of byTarget) spread(item, group, (link) => link.chain[link.chain.length - 2]!.x, inPort);

  const xAt = (link: Link, i: number) => (i === 0 ? outPort.get(link)! : i === link.chain.length - 1 ? inPort.get(link)! : link.chain[i]!.x);

  // Long edges run straight down from their port where their slots have room (no small jogs).
  const slotOf = new Map<Item, [Link, number]>();
  for (const link of links) link.chain.forEach((item, i) => item.node < 0 && slotOf.set(item, [link, i]));
  for (const layer of layers) {
    layer.forEach((item, p) => {
      const slot = slotOf.get(item);
      if (!slot) return;
      const want = xAt(slot[0], slot[1] - 1);
      const left = layer[p - 1];
      const right = layer[p + 1];
      if ((!left || want >= left.x + gapBetween(left, item)) && (!right || want <= right.x - gapBetween(item, right))) item.x = want;
    });
  }
  const layerOf = new Map<Item, number>();
  layers.forEach((layer, l) => layer.forEach((item) => layerOf.set(item, l)));

  // Tracks per channel: overlapping horizontal runs get their own, ordered so runs going the
  // same way don't cross each other's vertical parts.
  const runs = new Map<string, Run>();
  const channels: Run[][] = layers.map(() => []);
  for (const link of links) {
    for (let i = 0; i + 1 < link.chain.length; i += 1) {
      const from = xAt(link, i);
      const to = xAt(link, i + 1);
      if (from === to) continue;
      const run: Run = { link, from, to, track: 0 };
      runs.set(`${link.edge}:${i}`, run);
      channels[layerOf.get(link.chain[i]!)!]!.push(run);
    }
  }
  const tracks = channels.map((channel) => {
    const depth = (run: Run) => (run.from < run.to ? -run.from : run.from);
    const placed: Run[] = [];
    for (const run of [...channel].sort((a, b) => depth(a) - depth(b))) {
      const lo = Math.min(run.from, run.to);
      const hi = Math.max(run.from, run.to);
      for (const other of placed) {
        if (Math.min(other.from, other.to) <= hi + 1 && lo - 1 <= Math.max(other.from, other.to)) run.track = Math.max(run.track, other.track + 1);
      }
      placed.push(run);
    }
    return placed.reduce((m, run) => Math.max(m, run.track + 1), 0);
  });

  // Vertical positions: layers as tall as their tallest node, channels as tall as their tracks need.
  const layerTop: number[] = [];
  const layerHeight = layers.map((layer) => layer.reduce((h, item) => Math.max(h, item.height), 0));
  // A channel next to a layer of labels only (no state above or below it) can be lower.
  const labelsOnly = layers.map((layer) => layer.some((item) => item.node === LABEL) && layer.every((item) => item.node < 0));
  const channelHeight = tracks.map((t, l) => Math.max(
    labelsOnly[l] || labelsOnly[l + 1] ? LABEL_CHANNEL : BETWEEN_LAYERS,
    t === 0 ? 0 : 2 * EDGE_NODE_BETWEEN_LAYERS + (t - 1) * EDGE_EDGE,
  ));
  let y = 0;
  layers.forEach((_, l) => {
    layerTop.push(y);
    y += layerHeight[l]! + (l + 1 < layers.length ? channelHeight[l]! : 0);
  });
  const trackY = (l: number, track: number) => layerTop[l]! + layerHeight[l]! + (channelHeight[l]! - (tracks[l]! - 1) * EDGE_EDGE) / 2 + track * EDGE_EDGE;

  let minX = Infinity;
  let maxX = -Infinity;
  for (const layer of layers) {
    for (const item of layer) {
      minX = Math.min(minX, item.x - item.width / 2);
      maxX = Math.max(maxX, item.x + item.width / 2);
    }
  }
  const ox = PADDING - minX;
  const oy = PADDING;
  const nodes: Box[] = shape.sizes.map((size, i) => {
    const item = items[i]!;
    const l = layerOf.get(item)!;
    return { x: item.x - size.width / 2 + ox, y: layerTop[l]! + (layerHeight[l]! - size.height) / 2 + oy, width: size.width, height: size.height };
  });
  const edges: Point[][] = links.map((link) => {
    const source = nodes[link.chain[0]!.node]!;
    const target = nodes[link.chain[link.chain.length - 1]!.node]!;
    const points: Point[] = [{ x: xAt(link, 0) + ox, y: source.y + source.height }];
    for (let i = 0; i + 1 < link.chain.length; i += 1) {
      const run = runs.get(`${link.edge}:${i}`);
      if (!run) continue;
      const ty = trackY(layerOf.get(link.chain[i]!)!, run.track) + oy;
      points.push({ x: run.from + ox, y: ty }, { x: run.to + ox, y: ty });
    }
    points.push({ x: xAt(link, link.chain.length - 1) + ox, y: target.y });
    return points;
  });
  const labels: (Box | undefined)[] = links.map((link) => {
    const item = link.label;
    if (!item) return undefined;
    const l = layerOf.get(item)!;
    return { x: item.x - item.width / 2 + ox, y: layerTop[l]! + (layerHeight[l]! - item.height) / 2 + oy, width: item.width, height: item.height };
  });
  return { width: maxX - minX + 2 * PADDING, height: y + 2 * PADDING, nodes, edges, labels };
}
