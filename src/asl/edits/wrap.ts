/**
 * wrapInParallel / wrapInMap: move states of one scope into the single branch of a new Parallel,
 * or the ItemProcessor of a new inline Map, that takes their place. Edges into the group now enter
 * the container; the group's first exit to a state outside becomes its Next; inside, edges that
 * left the group end the branch, and catchers that left it move onto the container (or as the
 * user chose). Retry stays with each state.
 */
import type { State, StateMachine, StatePath, StatesScope } from '../types';
import { encodeStatePath } from '../paths';
import { EditError } from './errors';
import { uniqueStateName } from './names';
import { listReferences, retarget, setReference } from './references';
import { cloneDefinition, requireScope, type Obj } from './scope';
import { setOwn } from '../objects';

/**
 * What becomes of a catcher whose target stays outside the wrapped group (a branch cannot leave
 * itself): `lift` moves it onto the Parallel (same errors and target, so the error still ends up
 * where the user sent it — for errors of the whole branch), `drop` removes it, `point` sends it to
 * a state of the group, `keep` leaves it as it is (the validator then reports it).
 */
export type StrandedCatchers = 'lift' | 'drop' | 'keep' | { target: string };

/** The catchers of the group whose target is outside it: `{ state, index, target }` each. */
export function strandedCatchers(def: StateMachine, paths: readonly StatePath[]): { state: string; index: number; target: string; errors: string[] }[] {
  if (paths.length === 0) return [];
  const scope = requireScope(def, paths[0]!.slice(0, -1));
  const members = new Set(paths.map((p) => p[p.length - 1] as string));
  return listReferences(scope)
    .filter((r) => r.kind === 'catch' && r.source !== null && members.has(r.source) && !members.has(r.target))
    .map((r) => {
      const catcher = (scope.States[r.source!] as unknown as { Catch: { ErrorEquals?: unknown }[] }).Catch[r.index!];
      const errors = Array.isArray(catcher?.ErrorEquals) ? catcher.ErrorEquals.map(String) : [];
      return { state: r.source!, index: r.index!, target: r.target, errors };
    });
}

export function wrapInParallel(def: StateMachine, paths: readonly StatePath[], parallelName?: string, catchers: StrandedCatchers = 'lift'): StateMachine {
  return wrapIn(def, paths, 'Parallel', parallelName, catchers);
}

/**
 * The states run once per item: an inline Map (ASL: `ItemProcessor` with `ProcessorConfig.Mode`
 * INLINE) over the state input, which must then be an array (`ItemsPath` / `Items` to pick one).
 */
export function wrapInMap(def: StateMachine, paths: readonly StatePath[], mapName?: string, catchers: StrandedCatchers = 'lift'): StateMachine {
  return wrapIn(def, paths, 'Map', mapName, catchers);
}

function wrapIn(def: StateMachine, paths: readonly StatePath[], type: 'Parallel' | 'Map', containerName: string | undefined, catchers: StrandedCatchers): StateMachine {
  if (paths.length === 0) throw new EditError('Select the states to wrap');
  const scopePath = paths[0]!.slice(0, -1);
  const scopeKey = encodeStatePath(scopePath);
  if (paths.some((p) => encodeStatePath(p.slice(0, -1)) !== scopeKey)) throw new EditError('Wrapped states must share one scope');
  const out = cloneDefinition(def);
  const scope = requireScope(out, scopePath);
  const members = new Set(paths.map((p) => p[p.length - 1] as string));
  const ordered = Object.keys(scope.States).filter((n) => members.has(n));
  if (ordered.length !== members.size) throw new EditError('Some of the states to wrap do not exist');
  const name = containerName ?? uniqueStateName(def, type);

  const refs = listReferences(scope);
  const incoming = refs.filter((r) => members.has(r.target) && (r.source === null || !members.has(r.source)));
  const entry = incoming[0]?.target ?? ordered[0]!;
  const exits = refs.filter((r) => r.source !== null && members.has(r.source) && !members.has(r.target));
  const exit = (exits.find((r) => r.kind === 'next' || r.kind === 'default') ?? exits[0])?.target;

  const branch: StatesScope = { StartAt: entry, States: {} };
  for (const n of ordered) setOwn(branch.States, n, scope.States[n]);
  const leaving = listReferences(branch).filter((r) => !members.has(r.target));
  // A catcher whose target is outside the group cannot point out of a branch: it moves onto the
  // Parallel (same errors, same target), so the error still ends up where the user sent it.
  const lifted: Obj[] = [];
  for (const ref of leaving) {
    if (ref.kind !== 'catch' || ref.source === null || catchers !== 'lift') continue;
    const catcher = (branch.States[ref.source] as unknown as { Catch: Obj[] }).Catch[ref.index!]!;
    if (!lifted.some((c) => JSON.stringify(c) === JSON.stringify(catcher))) lifted.push(structuredClone(catcher));
  }
  if (typeof catchers === 'object' && !members.has(catchers.target)) throw new EditError(`${catchers.target} is not one of the wrapped states`);
  for (const ref of [...leaving].reverse()) {
    if (ref.kind === 'catch' && catchers === 'keep') continue;
    setReference(branch, ref, ref.kind === 'catch' && typeof catchers === 'object' ? catchers.target : undefined);
  }

  const parallel: Obj = type === 'Parallel'
    ? { Type: 'Parallel', Branches: [branch] }
    : { Type: 'Map', ItemProcessor: { ProcessorConfig: { Mode: 'INLINE' }, ...branch } };
  // Wrapped states that all set one query language get a container in it (their catchers' fields are in it);
  // otherwise it sets none and takes its own container's.
  const languages = new Set(ordered.map((n) => scope.States[n]!.QueryLanguage));
  const [language] = languages;
  if (languages.size === 1 && language !== undefined) parallel.QueryLanguage = language;
  if (lifted.length > 0) parallel.Catch = lifted;
  if (exit === undefined) parallel.End = true;
  else parallel.Next = exit;
  const states: Record<string, State> = {};
  for (const [key, value] of Object.entries(scope.States)) {
    if (key === ordered[0]) setOwn(states, name, parallel);
    if (!members.has(key)) setOwn(states, key, value);
  }
  scope.States = states;
  for (const n of ordered) retarget(scope, n, name);
  return out;
}
