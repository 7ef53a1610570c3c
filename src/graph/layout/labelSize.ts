/**
 * The size of an edge label (a Choice rule, `Default`, a Catch's error names), estimated from
 * its text without a DOM, so the layout (in this thread, in Node, in a worker) reserves the
 * same room the canvas then draws the label in. canvas.css draws it as 10 px text with 1 px 5 px
 * padding and a 1 px border: monospace for rules and errors, italic proportional for Default.
 */
import type { GraphEdge } from '../types';

export interface LabelSize {
  width: number;
  height: number;
}

export const LABEL_HEIGHT = 16;
/** Widths reserved by the layout are rounded up to this step, so typing in a rule re-lays out only now and then. */
const WIDTH_STEP = 12;

/** The label's box as drawn (an upper bound of the text's width in the fonts the canvas uses). */
export function labelSize(text: string, proportional = false): LabelSize {
  return { width: Math.ceil(text.length * (proportional ? 5.6 : 6.1)) + 12, height: LABEL_HEIGHT };
}

/** The room the layout keeps for an edge's label, or undefined when the edge has none. */
export function edgeLabelRoom(edge: Pick<GraphEdge, 'label' | 'kind'>): LabelSize | undefined {
  if (!edge.label) return undefined;
  const { width, height } = labelSize(edge.label, edge.kind === 'default');
  return { width: Math.ceil(width / WIDTH_STEP) * WIDTH_STEP, height };
}
