/**
 * The query language a state is evaluated in: its own `QueryLanguage`, else the enclosing
 * scope's (a branch or item processor may set one), else the container state's, up to the
 * machine's (default JSONPath). Mirrors how the validator resolves it.
 */
import { childScopes, getState } from '../../../asl/paths';
import type { QueryLanguage, State, StateMachine, StatesScope } from '../../../asl/types';

function languageOf(value: unknown, fallback: QueryLanguage): QueryLanguage {
  return value === 'JSONata' || value === 'JSONPath' ? value : fallback;
}

/** Effective language of the scope that holds the state at `path` (what the state inherits). */
export function inheritedQueryLanguage(def: StateMachine, path: readonly (string | number)[]): QueryLanguage {
  let language = languageOf(def.QueryLanguage, 'JSONPath');
  let scope: StatesScope | undefined = def;
  for (let i = 0; i + 1 < path.length; i += 2) {
    const state: State | undefined = scope?.States?.[path[i] as string];
    if (!state) return language;
    language = languageOf(state.QueryLanguage, language);
    scope = childScopes(state)[path[i + 1] as number];
    language = languageOf(scope?.QueryLanguage, language);
  }
  return language;
}

/** Effective language of the state itself. */
export function effectiveQueryLanguage(def: StateMachine, path: readonly (string | number)[]): QueryLanguage {
  return languageOf(getState(def, path)?.QueryLanguage, inheritedQueryLanguage(def, path));
}
