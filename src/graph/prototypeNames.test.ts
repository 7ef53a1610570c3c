/**
 * State names that are Object.prototype members (issue #16): the validator accepts them, so the
 * graph and every edit must treat them as ordinary names — rename and delete keep references
 * valid, nothing is dropped, and Object.prototype is never touched.
 */
import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { aslToGraph } from './index';
import { LayoutEngine } from './layout/engine';
import type { ElkLike } from './layout/types';
import { validateDefinition } from '../asl/validate';
import type { StateMachine } from '../asl/types';
import { deleteStates, duplicateStateNamed, insertState, moveState, renameState } from '../asl/edits';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

/** A → NAME → B, built through JSON.parse so `__proto__` is an own key as in a loaded file. */
function machine(name: string): StateMachine {
  const n = JSON.stringify(name);
  return JSON.parse(
    `{"StartAt":"A","States":{"A":{"Type":"Pass","Next":${n}},${n}:{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:f","Catch":[{"ErrorEquals":["States.ALL"],"Next":"B"}],"Next":"B"},"B":{"Type":"Choice","Choices":[{"Variable":"$.x","IsPresent":true,"Next":${n}}],"Default":"C"},"C":{"Type":"Succeed"}}}`,
  ) as StateMachine;
}

const errors = (def: StateMachine) => validateDefinition(def).filter((d) => d.severity === 'error');
const ownNames = (def: StateMachine) => Object.keys(def.States);

describe.each(NAMES)('a state named %s', (name) => {
  it('validates and is one node of the graph', () => {
    const def = machine(name);
    expect(errors(def)).toEqual([]);
    expect(aslToGraph(def).nodes.map((n) => n.id)).toContain(name);
  });

  it('gets a box and its edges in the layout (the canvas dropped a `__proto__` state)', async () => {
    const elk = new ELK() as unknown as ElkLike;
    const graph = aslToGraph(machine(name));
    const layout = await new LayoutEngine(async () => elk).layout(graph);
    expect(layout.nodes.get(name)).toEqual(expect.objectContaining({ width: expect.any(Number) }));
    const touching = graph.edges.filter((e) => e.source === name || e.target === name);
    expect(touching.length).toBeGreaterThanOrEqual(3);
    for (const e of touching) expect(layout.edges.get(e.id), e.id).toBeDefined();
  });

  it('renames (both ways) with every reference following', () => {
    const renamed = renameState(machine(name), [name], 'Renamed');
    expect(ownNames(renamed)).toEqual(['A', 'Renamed', 'B', 'C']);
    expect(errors(renamed)).toEqual([]);
    const back = renameState(renamed, ['Renamed'], name);
    expect(ownNames(back)).toEqual(['A', name, 'B', 'C']);
    expect(errors(back)).toEqual([]);
    expect(renameState(machine('X'), ['X'], name).States[name]).toBeDefined();
  });

  it('deletes it, or deletes around it, leaving no dangling reference', () => {
    const without = deleteStates(machine(name), [[name]]);
    expect(ownNames(without)).not.toContain(name);
    expect(errors(without)).toEqual([]);
    const aroundIt = deleteStates(machine(name), [['A']]);
    expect(ownNames(aroundIt)).toContain(name);
    expect(aroundIt.StartAt).toBe(name);
    expect(errors(aroundIt)).toEqual([]);
  });

  it('duplicates, moves and inserts next to it', () => {
    const dup = duplicateStateNamed(machine(name), [name]);
    expect(ownNames(dup.definition)).toContain(name);
    expect(ownNames(dup.definition)).toContain(dup.name);
    expect(errors(dup.definition)).toEqual([]);
    const moved = moveState(machine(name), [name], { kind: 'scopeStart', scope: [] });
    expect(ownNames(moved)).toContain(name);
    expect(moved.StartAt).toBe(name);
    expect(errors(moved)).toEqual([]);
    const inserted = insertState(machine(name), { kind: 'after', path: [name] }, 'New', { Type: 'Pass' } as never);
    expect(ownNames(inserted)).toEqual(expect.arrayContaining([name, 'New']));
    expect(errors(inserted)).toEqual([]);
  });

  it('leaves Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    renameState(deleteStates(machine(name), [['A']]), [name], 'Z');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).Type).toBeUndefined();
  });
});
