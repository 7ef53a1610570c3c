/**
 * The query language a scope's states use unless they set their own: the top level's, overridden
 * by each enclosing Parallel or Map that sets `QueryLanguage` (states inside inherit it).
 */
import { childScopes, type ScopePath } from '../paths';
import type { QueryLanguage, State, StateMachine, StatesScope } from '../types';

export function queryLanguageAt(def: StateMachine, scope: ScopePath): QueryLanguage {
  let ql: QueryLanguage = def.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  let current: StatesScope | undefined = def;
  for (let i = 0; i + 1 < scope.length && current; i += 2) {
    const state: State | undefined = current.States?.[scope[i] as string];
    if (!state) break;
    if (state.QueryLanguage === 'JSONata' || state.QueryLanguage === 'JSONPath') ql = state.QueryLanguage;
    current = childScopes(state)[scope[i + 1] as number];
  }
  return ql;
}
