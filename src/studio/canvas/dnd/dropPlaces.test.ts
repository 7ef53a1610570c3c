import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph, insertionPoints, LayoutEngine, type ElkLike } from '../../../graph';
import { moveState } from '../../../asl';
import type { StateMachine } from '../../../asl/types';
import { createStudioStore } from '../../../store/studioStore';
import { moveStateTo } from '../commands';
import { chainMoveTarget, describeTarget, inReadingOrder, nearestPlace, placeDropTargets } from './dropPlaces';

const elk = new ELK() as unknown as ElkLike;

/** A chain with a Choice fork and a Catch, and a Parallel with an empty branch. */
const FLOW: StateMachine = {
  StartAt: 'Validate',
  States: {
    Validate: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: 'v' }, Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Reject' }], Next: 'Check' },
    Check: { Type: 'Pass', Next: 'Save' },
    Save: { Type: 'Pass', Next: 'Fan' },
    Fan: { Type: 'Parallel', Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }, { StartAt: 'Other', States: { Other: { Type: 'Pass', End: true } } }], Next: 'Ok?' },
    'Ok?': { Type: 'Choice', Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }], Default: 'Reject' },
    Done: { Type: 'Succeed' },
    Reject: { Type: 'Fail' },
  },
};

const order = (def: StateMachine) => {
  const out: string[] = [];
  for (let name: string | undefined = def.StartAt; name; name = (def.States[name] as { Next?: string }).Next) out.push(name);
  return out;
};

describe('moving a state without a mouse', () => {
  it('offers the places a drag offers, top to bottom, starting next to the state', async () => {
    const graph = aslToGraph(FLOW);
    const layout = await new LayoutEngine(async () => elk).layout(graph);
    const places = inReadingOrder(placeDropTargets(graph, layout, 'Check'));
    // Exactly the drop targets of a mouse drag of Check (its own arrows excluded: dropping there changes nothing).
    expect(places.map((p) => p.id).sort()).toEqual(insertionPoints(graph, 'Check').map((t) => t.id).sort());
    expect(places.some((p) => p.id.includes('Check'))).toBe(false);
    for (let i = 1; i < places.length; i++) expect(places[i]!.y).toBeGreaterThanOrEqual(places[i - 1]!.y);
    // Starts at the place nearest the state: on an arrow that touches its neighbours.
    const first = places[nearestPlace(places, layout, 'Check')]!;
    expect(describeTarget(graph, first.target)).toMatch(/^(Start|Validate|Save) → |→ (Fan|Save)$/);
  });

  it('names each place as a screen reader should say it', () => {
    const graph = aslToGraph(FLOW);
    const said = new Map(insertionPoints(graph, 'Check').map((t) => [t.id, describeTarget(graph, t)]));
    expect(said.get('edge:Validate->next:0->Save')).toBeUndefined(); // not an edge of this workflow
    expect([...said.values()]).toEqual(expect.arrayContaining([
      'Start → Validate',
      'Save → Fan',
      'Validate → Reject (Catch States.ALL)',
      'Ok? → Reject (Default)',
      'Inner → End of branch 1 of Fan',
      'Start of branch 2 of Fan → Other',
      'a new branch of Fan',
    ]));
    expect([...said.values()].some((s) => /^Ok\? → Done \(rule .*\$\.ok/.test(s))).toBe(true);
    const empty = aslToGraph({ StartAt: 'P', States: { P: { Type: 'Parallel', Branches: [{ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, { StartAt: '', States: {} }], End: true } } } as StateMachine);
    expect(insertionPoints(empty, 'P/0/A').map((t) => describeTarget(empty, t))).toContain('the start of branch 2 of P');
  });

  it('Alt+Shift+↓ / ↑ move a state one place along its chain, as the drop there would', () => {
    const graph = aslToGraph(FLOW);
    const down = chainMoveTarget(graph, 'Check', 'down');
    expect(typeof down).not.toBe('string');
    const moved = moveState(FLOW, ['Check'], (down as Exclude<typeof down, string>).point as never);
    expect(order(moved)).toEqual(['Validate', 'Save', 'Check', 'Fan', 'Ok?']);
    const up = chainMoveTarget(graph, 'Save', 'up');
    expect(order(moveState(FLOW, ['Save'], (up as Exclude<typeof up, string>).point as never))).toEqual(['Validate', 'Save', 'Check', 'Fan', 'Ok?']);
    // Up to the very start.
    const top = chainMoveTarget(graph, 'Check', 'up');
    expect(order(moveState(FLOW, ['Check'], (top as Exclude<typeof top, string>).point as never))).toEqual(['Check', 'Validate', 'Save', 'Fan', 'Ok?']);
  });

  it('says why there is no place one up or down (first, last, a fork, a join)', () => {
    const graph = aslToGraph(FLOW);
    expect(chainMoveTarget(graph, 'Validate', 'up')).toMatch(/first state/);
    expect(chainMoveTarget(graph, 'Ok?', 'down')).toMatch(/forks/);
    expect(chainMoveTarget(graph, 'Fan', 'down')).toMatch(/Ok\?.*forks/);
    expect(chainMoveTarget(graph, 'Reject', 'up')).toMatch(/several places/);
    expect(chainMoveTarget(graph, 'Fan/0/Inner', 'down')).toMatch(/last state/);
    expect(chainMoveTarget(graph, 'Done', 'up')).toMatch(/branch of Ok\?/);
  });

  it('runs as one undo step through the same command a drop runs', () => {
    const store = createStudioStore({ definition: FLOW });
    const target = chainMoveTarget(aslToGraph(FLOW), 'Check', 'down');
    expect(moveStateTo(store, 'Check', (target as Exclude<typeof target, string>).point as never)).toEqual({ ok: true });
    expect(order(store.getState().definition)).toEqual(['Validate', 'Save', 'Check', 'Fan', 'Ok?']);
    expect(store.getState().selection).toEqual(['Check']);
    store.getState().undo();
    expect(store.getState().definition).toEqual(FLOW);
  });
});
