/**
 * Edge labels as a person sees them: Choice rules, Default and Catch errors never struck through
 * by another transition, never on top of each other or of a state, and the room the layout keeps
 * for each label (estimated from its text in Node) holds the label the browser actually draws.
 * Measured on the drawn page (screen boxes of the label elements, points along the edge paths),
 * in light and dark; the screenshots (test-results/journeys/labels-*.png) are for looking at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { edgeLabelRoom } from '../../src/graph/layout/labelSize';
import { SAMPLE_WORKFLOW } from '../../src/studio/sampleWorkflow';
import type { StateMachine } from '../../src/asl/types';
import { POLLING, TALL_FORK } from './workflows';

const OUT = 'test-results/journeys';

interface Drawn {
  labels: { id: string; text: string; kind: string; box: DOMRect }[];
  nodes: { id: string; box: DOMRect }[];
  /** Points every 2 px along each edge path, in screen pixels. */
  edges: { id: string; points: { x: number; y: number }[] }[];
  zoom: number;
}

/** The labels, states and edge paths as drawn, in screen pixels. */
function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
    const labels = [...document.querySelectorAll<HTMLElement>('.sf-edge-label')].map((el) => ({
      id: el.dataset['testid']!.replace(/^edge-label-/, ''), text: el.textContent ?? '', kind: [...el.classList].find((c) => c.startsWith('kind-'))!.slice(5), box: rect(el),
    }));
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-state, .react-flow__node-marker')].map((el) => ({ id: el.dataset['id'] ?? '', box: rect(el) }));
    const edges = [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const matrix = path.getScreenCTM()!;
      const points: { x: number; y: number }[] = [];
      const length = path.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const p = path.getPointAtLength(at).matrixTransform(matrix);
        points.push({ x: p.x, y: p.y });
      }
      return { id: g.dataset['id'] ?? g.getAttribute('data-testid')!.replace(/^rf__edge-/, ''), points };
    });
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
    return { labels, nodes, edges, zoom };
  });
}

const inside = (p: { x: number; y: number }, b: DOMRect, inset = 0.5) => p.x > b.x + inset && p.x < b.x + b.width - inset && p.y > b.y + inset && p.y < b.y + b.height - inset;
/** Boxes that overlap or touch (no pixel of space between them). */
const touching = (a: DOMRect, b: DOMRect) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

function problems(d: Drawn): string[] {
  const out: string[] = [];
  for (const label of d.labels) {
    for (const edge of d.edges) {
      if (edge.id !== label.id && edge.points.some((p) => inside(p, label.box))) out.push(`"${label.text}" crossed by ${edge.id}`);
    }
    for (const node of d.nodes) if (touching(label.box, node.box)) out.push(`"${label.text}" on state ${node.id}`);
  }
  d.labels.forEach((a, i) => d.labels.slice(i + 1).forEach((b) => {
    if (touching(a.box, b.box)) out.push(`"${a.text}" touches "${b.text}"`);
  }));
  return out;
}

const WORKFLOWS: [string, StateMachine][] = [['polling', POLLING], ['tall-fork', TALL_FORK], ['sample', SAMPLE_WORKFLOW]];

for (const theme of ['light', 'dark'] as const) {
  test(`edge labels in ${theme}: never crossed, never touching each other or a state, drawn inside the room the layout kept`, async ({ page, studio, health }) => {
    test.setTimeout(120_000);
    mkdirSync(OUT, { recursive: true });
    await page.goto('/');
    await studio.ready();
    await page.getByTestId('ws-theme').selectOption(theme);
    const canvas = new CanvasPage(page);
    for (const [name, definition] of WORKFLOWS) {
      await studio.load(definition);
      await canvas.waitForLayout();
      const d = await drawn(page);
      const expected = name === 'polling' ? 6 : name === 'tall-fork' ? 4 : 3;
      expect(d.labels, name).toHaveLength(expected);
      expect({ name, problems: problems(d) }).toEqual({ name, problems: [] });
      // The room reserved from the text alone (in Node, no DOM) is at least as wide as the label drawn.
      for (const label of d.labels) {
        const room = edgeLabelRoom({ label: label.text, kind: label.kind as 'choice' })!;
        expect(label.box.width / d.zoom, `"${label.text}" fits its room`).toBeLessThanOrEqual(room.width);
        expect(label.box.height / d.zoom, `"${label.text}" fits its room`).toBeLessThanOrEqual(room.height + 0.5);
      }
      await page.screenshot({ path: `${OUT}/labels-${name}-${theme}.png` });
    }
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });
}
