/**
 * The states of a definition by scope, for placing AWS history events (which name states but
 * carry no path) on the canvas: encoded StatePath, type, and how many Map iterations enclose it.
 */
import { encodeStatePath, forEachState } from '../asl/paths';
import type { StateMachine } from '../asl/types';

export interface IndexedState {
  /** Encoded StatePath (the canvas node id). */
  path: string;
  name: string;
  type: string;
  /** Encoded ScopePath of the scope the state is in ('' at the top level). */
  scope: string;
  /** Encoded path of the container state (Map/Parallel) around it, '' at the top level. */
  container: string;
  /** Number of Map states around it (the length of its iteration chain). */
  mapDepth: number;
  /** Inline (not distributed) Map: AWS records its iterations in this history. */
  branches: number;
}

export class StateIndex {
  readonly byPath = new Map<string, IndexedState>();
  /** Scope → name → state. */
  private readonly scopes = new Map<string, Map<string, IndexedState>>();

  constructor(definition: StateMachine) {
    forEachState(definition, ({ path, name, state }) => {
      const scopePath = path.slice(0, -1);
      const scope = encodeStatePath(scopePath);
      const container = encodeStatePath(scopePath.slice(0, -1));
      const parent = this.byPath.get(container);
      const mapDepth = parent ? parent.mapDepth + (parent.type === 'Map' ? 1 : 0) : 0;
      const type = typeof state.Type === 'string' ? state.Type : 'Unknown';
      const branches = state.Type === 'Parallel' && Array.isArray(state.Branches) ? state.Branches.length : state.Type === 'Map' ? 1 : 0;
      const entry: IndexedState = { path: encodeStatePath(path), name, type, scope, container, mapDepth, branches };
      this.byPath.set(entry.path, entry);
      let names = this.scopes.get(scope);
      if (!names) this.scopes.set(scope, (names = new Map()));
      names.set(name, entry);
    });
  }

  /** The state named `name` directly in `scope`. */
  inScope(scope: string, name: string): IndexedState | undefined {
    return this.scopes.get(scope)?.get(name);
  }

  /** Any state with that name (first in document order). */
  anyNamed(name: string): IndexedState | undefined {
    for (const state of this.byPath.values()) if (state.name === name) return state;
    return undefined;
  }

  /** The state, then its containers outwards. */
  *selfAndContainers(path: string): Iterable<IndexedState> {
    let current = this.byPath.get(path);
    while (current) {
      yield current;
      current = current.container === '' ? undefined : this.byPath.get(current.container);
    }
  }
}

/** `P/0` for branch 0 of `P`. */
export function branchScope(containerPath: string, index: number): string {
  return `${containerPath}/${index}`;
}
