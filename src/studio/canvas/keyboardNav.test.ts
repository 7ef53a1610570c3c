import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph, LayoutEngine, type ElkLike } from '../../graph';
import type { StateMachine } from '../../asl/types';
import { FlowBuilder } from './buildFlow';
import { focusAfterDelete, neighbourInDirection, tabStopNode } from './keyboardNav';

const elk = new ELK() as unknown as ElkLike;

/** A Choice with two branches side by side that meet again, then the end. */
const DIAMOND: StateMachine = {
  StartAt: 'Check',
  States: {
    Check: { Type: 'Pass', Next: 'Which?' },
    'Which?': { Type: 'Choice', Choices: [{ Variable: '$.left', BooleanEquals: true, Next: 'Left' }], Default: 'Right' },
    Left: { Type: 'Pass', Next: 'Join' },
    Right: { Type: 'Pass', Next: 'Join' },
    Join: { Type: 'Succeed' },
  },
};

async function laidOut(definition: StateMachine) {
  const graph = aslToGraph(definition);
  const layout = await new LayoutEngine(async () => elk).layout(graph);
  return { graph, layout };
}

describe('moving around the canvas by keyboard', () => {
  it('has one Tab stop: the last selected state, else the start state', async () => {
    const { graph, layout } = await laidOut(DIAMOND);
    expect(tabStopNode(graph, layout, [])).toBe('Check');
    expect(tabStopNode(graph, layout, ['Left', 'Right'])).toBe('Right');
    expect(tabStopNode(graph, layout, ['Gone'])).toBe('Check');
    const { nodes } = new FlowBuilder().build(graph, layout, { diagnostics: new Map(), runView: null, selection: new Set(['Left']), editable: true, tabStop: 'Left' });
    // Only that state is focusable: markers and the others are reached with the arrows.
    expect(nodes.filter((n) => n.focusable !== false).map((n) => n.id)).toEqual(['Left']);
  });

  it('follows the drawing with the arrows', async () => {
    const { graph, layout } = await laidOut(DIAMOND);
    expect(neighbourInDirection(graph, layout, 'Check', 'down')).toBe('Which?');
    expect(neighbourInDirection(graph, layout, 'Which?', 'up')).toBe('Check');
    const below = neighbourInDirection(graph, layout, 'Which?', 'down');
    expect(['Left', 'Right']).toContain(below);
    const [leftOne, rightOne] = layout.nodes.get('Left')!.x < layout.nodes.get('Right')!.x ? ['Left', 'Right'] : ['Right', 'Left'];
    expect(neighbourInDirection(graph, layout, leftOne!, 'right')).toBe(rightOne);
    expect(neighbourInDirection(graph, layout, rightOne!, 'left')).toBe(leftOne);
    expect(neighbourInDirection(graph, layout, leftOne!, 'down')).toBe('Join');
    // Nothing further that way: no move (markers are not stops).
    expect(neighbourInDirection(graph, layout, 'Join', 'down')).toBeUndefined();
    expect(neighbourInDirection(graph, layout, 'Check', 'up')).toBeUndefined();
  });

  it('gives the focus of a deleted state to the state it led to, else to the one before it', () => {
    const graph = aslToGraph(DIAMOND);
    expect(focusAfterDelete(graph, 'Check', new Set(['Check']))).toBe('Which?');
    expect(focusAfterDelete(graph, 'Left', new Set(['Left']))).toBe('Join');
    // Through the other deleted states of the selection.
    expect(focusAfterDelete(graph, 'Left', new Set(['Left', 'Join']))).toBe('Which?');
    expect(focusAfterDelete(graph, 'Join', new Set(['Join']))).toMatch(/^(Left|Right)$/);
    expect(focusAfterDelete(graph, 'Check', new Set(['Check', 'Which?', 'Left', 'Right', 'Join']))).toBeUndefined();
  });
});
