import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aslToGraph, LayoutEngine, type Box, type ElkLike } from '../../graph';
import type { StateMachine } from '../../asl/types';
import { generateDefinition } from '../../graph/testing/generate';
import { SAMPLE_WORKFLOW } from '../sampleWorkflow';
// The journeys' workflows: the same polling loop and fork the e2e specs open.
import { POLLING, TALL_FORK } from '../../../e2e/journeys/workflows';
import { FlowBuilder } from './buildFlow';
import { labelSize, placeLabels, segmentCrossesBox } from './edgeLabels';

const elk = new ELK() as unknown as ElkLike;

/** A Choice fanning out to four neighbours side by side. */
const FORK: StateMachine = {
  StartAt: 'Route',
  States: {
    Route: {
      Type: 'Choice',
      Choices: ['a', 'b', 'c'].map((k) => ({ Variable: '$.kind', StringEquals: k, Next: `End ${k}` })),
      Default: 'End d',
    },
    'End a': { Type: 'Succeed' }, 'End b': { Type: 'Succeed' }, 'End c': { Type: 'Succeed' }, 'End d': { Type: 'Succeed' },
  },
};

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function labelBoxes(definition: StateMachine, threshold?: number) {
  const graph = aslToGraph(definition);
  const layout = await new LayoutEngine(async () => elk).layout(graph, threshold === undefined ? {} : { threshold });
  const { nodes, edges } = new FlowBuilder().build(graph, layout, { diagnostics: new Map(), runView: null, selection: new Set(), editable: true });
  const labels = edges.filter((e) => e.data?.label).map((e) => {
    const size = labelSize(e.data!.label!, e.data!.kind === 'default');
    const at = e.data!.labelAt!;
    return { id: e.id, box: { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size } };
  });
  const nodeBoxes = nodes.filter((n) => n.type !== 'group').map((n) => ({ id: n.id, box: { x: n.position.x, y: n.position.y, width: n.width!, height: n.height! } }));
  return { labels, nodeBoxes, edges };
}

describe('edge labels', () => {
  for (const [name, definition] of [['a polling loop with Choice rules and a Catch', POLLING], ['a four-way fork', FORK]] as const) {
    it(`of ${name} never overlap each other or a state`, async () => {
      const { labels, nodeBoxes } = await labelBoxes(definition);
      expect(labels.length).toBeGreaterThanOrEqual(4);
      for (const [i, a] of labels.entries()) {
        for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} overlaps ${b.id}`).toBe(false);
        for (const n of nodeBoxes) expect(overlaps(a.box, n.box), `${a.id} overlaps node ${n.id}`).toBe(false);
      }
    });
  }

  it('sit on their own edge', async () => {
    const { labels, edges } = await labelBoxes(POLLING);
    for (const label of labels) {
      const points = edges.find((e) => e.id === label.id)!.data!.points;
      const onRoute = points.slice(1).some((q, i) => segmentCrossesBox(points[i]!, q, label.box));
      expect(onRoute, label.id).toBe(true);
    }
  });

  it('move off another edge when their route has a free spot', () => {
    // A vertical edge with a label, crossed at its middle by a horizontal edge: the label moves along.
    const own = { id: 'own', points: [{ x: 0, y: 0 }, { x: 0, y: 200 }] };
    const other = { id: 'other', points: [{ x: -100, y: 100 }, { x: 100, y: 100 }] };
    const at = placeLabels([{ id: 'own', text: 'States.ALL', points: own.points }], [own, other], []).get('own')!;
    const size = labelSize('States.ALL');
    expect(at.x).toBe(0);
    expect(segmentCrossesBox(other.points[0]!, other.points[1]!, { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size })).toBe(false);
  });
});

describe('edge labels with no free spot on their line', () => {
  it('move beside their line, still touching it, rather than be crossed by another edge', () => {
    // A short vertical edge with a wide label, and another edge running down 30 px to its right:
    // every spot centred on the line is crossed by the other edge.
    const own = { id: 'own', points: [{ x: 0, y: 0 }, { x: 0, y: 40 }] };
    const other = { id: 'other', points: [{ x: 30, y: -100 }, { x: 30, y: 140 }] };
    const text = '$.status StringEquals "RUNNING"';
    const at = placeLabels([{ id: 'own', text, points: own.points }], [own, other], []).get('own')!;
    const size = labelSize(text);
    const box = { x: at.x - size.width / 2, y: at.y - size.height / 2, ...size };
    expect(segmentCrossesBox(other.points[0]!, other.points[1]!, box)).toBe(false);
    expect(segmentCrossesBox(own.points[0]!, own.points[1]!, box)).toBe(true);
  });

});

/** Labels crossed by another edge, labels on (or touching) labels, labels on states. */
async function labelProblems(definition: StateMachine): Promise<string[]> {
  const { labels, nodeBoxes, edges } = await labelBoxes(definition, Infinity);
  const touching = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
  const out: string[] = [];
  for (const [i, l] of labels.entries()) {
    for (const e of edges) if (e.id !== l.id && e.data!.points.slice(1).some((q, k) => segmentCrossesBox(e.data!.points[k]!, q, l.box))) out.push(`${l.id} crossed by ${e.id}`);
    for (const m of labels.slice(i + 1)) if (touching(l.box, m.box)) out.push(`${l.id} touches ${m.id}`);
    for (const n of nodeBoxes) if (overlaps(l.box, n.box)) out.push(`${l.id} on ${n.id}`);
  }
  return out;
}

describe('edge labels in the room the layout keeps for them', () => {
  it('in the polling loop, are crossed by no edge and touch no other label', async () => {
    // Placed after a layout that kept no room: 2 of the 6 labels crossed (4 of 6 when centred on their line).
    expect(await labelProblems(POLLING)).toEqual([]);
  });

  it('in every fixture workflow, the sample and the e2e workflows: no label crossed, on a label or on a state', async () => {
    // Before the layout kept room: choice-all-operators had 61 crossings and 1 label on a label, the polling loop 2.
    const dir = join(__dirname, '../../../fixtures/asl');
    const defs: [string, StateMachine][] = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as StateMachine]);
    defs.push(['sample', SAMPLE_WORKFLOW], ['tall fork', TALL_FORK], ['generated 300', generateDefinition(300, { containerSize: 20 })]);
    for (const [name, definition] of defs) expect({ name, problems: await labelProblems(definition) }).toEqual({ name, problems: [] });
  }, 120_000);

  it('are drawn in the middle of their room, which is on their own route', async () => {
    const graph = aslToGraph(POLLING);
    const layout = await new LayoutEngine(async () => elk).layout(graph);
    const { edges } = new FlowBuilder().build(graph, layout, { diagnostics: new Map(), runView: null, selection: new Set(), editable: true });
    const labelled = edges.filter((e) => e.data?.label);
    expect(labelled).toHaveLength(6);
    for (const edge of labelled) {
      const room = layout.labels.get(edge.id)!;
      expect(edge.data!.labelAt).toEqual({ x: room.x + room.width / 2, y: room.y + room.height / 2 });
      expect(edge.data!.points.slice(1).some((q, i) => segmentCrossesBox(edge.data!.points[i]!, q, room)), edge.id).toBe(true);
      expect(room.width).toBeGreaterThanOrEqual(labelSize(edge.data!.label!, edge.data!.kind === 'default').width);
    }
  });
});
