/**
 * deleteTransition: remove one transition drawn on the canvas, as the ASL spells it — a Choice
 * rule, a Choice's Default, a Catch entry, or a state's Next (the state then ends its scope:
 * `End: true`). The states stay; one that nothing reaches any more is left for the validator to
 * point out. A transition the ASL requires (the scope's StartAt, a Choice's only rule) is refused.
 */
import type { StateMachine } from '../types';
import { EditError } from './errors';
import { cloneDefinition, requireState, setExit, transitions } from './scope';
import type { EdgeRef } from './types';

export function deleteTransition(def: StateMachine, edge: EdgeRef): StateMachine {
  if (edge.kind === 'start' || edge.source === null) throw new EditError('A workflow always starts somewhere: point StartAt at another state instead.');
  const out = cloneDefinition(def);
  const { name, state } = requireState(out, edge.source);
  switch (edge.kind) {
    case 'choice': {
      const rules: unknown = state.Choices;
      if (!Array.isArray(rules) || edge.index === undefined || edge.index >= rules.length) throw new EditError(`"${name}" has no rule ${String(edge.index)}`);
      if (rules.length === 1) throw new EditError(`"${name}" needs at least one rule: change its Next, or delete the Choice state.`);
      rules.splice(edge.index, 1);
      return out;
    }
    case 'default':
      if (state.Default === undefined) throw new EditError(`"${name}" has no Default`);
      delete state.Default;
      return out;
    case 'catch': {
      const catchers: unknown = state.Catch;
      if (!Array.isArray(catchers) || edge.index === undefined || edge.index >= catchers.length) throw new EditError(`"${name}" has no catcher ${String(edge.index)}`);
      catchers.splice(edge.index, 1);
      if (catchers.length === 0) delete state.Catch;
      return out;
    }
    case 'next':
      if (!transitions(state) || typeof state.Next !== 'string') throw new EditError(`"${name}" has no Next`);
      setExit(state, undefined);
      return out;
  }
}
