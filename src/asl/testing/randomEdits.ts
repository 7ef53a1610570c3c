/**
 * Test helper: turn a list of random numbers into a sequence of edits on a definition, choosing
 * targets among the states that exist at each step. Impossible requests (EditError) are skipped.
 */
import fc from 'fast-check';
import { EditError, EDITS, type EditCommand } from '../edits';
import { forEachState } from '../paths';
import type { StateMachine, StatePath } from '../types';

export interface EditSeed {
  kind: number;
  a: number;
  b: number;
  label: string;
}

export const editSeed: fc.Arbitrary<EditSeed> = fc.record({
  kind: fc.nat(11),
  a: fc.nat(),
  b: fc.nat(),
  label: fc.constantFrom('New', 'Next step', 'Ünï', 'a/b', '__proto__', 'x'),
});

function statePaths(def: StateMachine): { path: StatePath; type: string }[] {
  const out: { path: StatePath; type: string }[] = [];
  forEachState(def, ({ path, state }) => out.push({ path, type: state.Type }));
  return out;
}

/** The edit command a seed stands for in `def`, or undefined when there is nothing to edit. */
export function commandFor(def: StateMachine, seed: EditSeed): EditCommand | undefined {
  const states = statePaths(def);
  if (states.length === 0) return undefined;
  const pick = (n: number): { path: StatePath; type: string } => states[n % states.length]!;
  const { path, type } = pick(seed.a);
  const other = pick(seed.b);
  const scope = path.slice(0, -1);
  const fresh = `${seed.label} ${seed.a % 1000}`;
  switch (seed.kind) {
    case 0: return { name: 'insertState', args: [{ kind: 'after', path }, fresh, { Type: 'Pass', End: true }] };
    case 1: return { name: 'insertState', args: [{ kind: 'scopeStart', scope }, fresh, { Type: seed.b % 2 ? 'Succeed' : 'Wait', Seconds: 1 } as never] };
    case 2: return { name: 'insertState', args: [{ kind: 'edge', edge: { source: path, scope, kind: type === 'Choice' ? 'choice' : 'catch', index: seed.b % 2 } }, fresh, { Type: 'Pass', End: true }] };
    case 3: return { name: 'deleteStates', args: [seed.b % 3 === 0 ? [path, other.path] : [path]] };
    case 4: return { name: 'renameState', args: [path, fresh] };
    case 5: return { name: 'moveState', args: [path, { kind: 'after', path: other.path }] };
    case 6: return { name: 'duplicateState', args: [path] };
    case 7: return type === 'Parallel' ? { name: 'addBranch', args: [path, fresh] } : { name: 'moveState', args: [path, { kind: 'scopeStart', scope: other.path.slice(0, -1) }] };
    case 8: return type === 'Parallel' ? { name: 'removeBranch', args: [path, seed.b % 3] } : { name: 'setField', args: [path, ['Comment'], fresh] };
    case 9: return { name: 'wrapInParallel', args: [[path, other.path]] };
    case 10: return { name: 'insertState', args: [{ kind: 'edge', edge: { source: null, scope, kind: 'start' } }, fresh, { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: path[path.length - 1] as string }] } as never] };
    default: return { name: 'unsetField', args: [path, ['Comment']] };
  }
}

/** Apply the command of a seed; EditError leaves the definition as it was. */
export function applySeed(def: StateMachine, seed: EditSeed): StateMachine {
  const command = commandFor(def, seed);
  if (!command) return def;
  try {
    const fn = EDITS[command.name] as (d: StateMachine, ...args: unknown[]) => StateMachine;
    return fn(def, ...command.args);
  } catch (error) {
    if (error instanceof EditError) return def;
    throw error;
  }
}
