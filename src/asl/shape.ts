/**
 * Whether a value has the shape of a state machine: StartAt, and an object of states each with a
 * Type, Parallel branches and Map processors shaped alike, to any depth (scalar entries of
 * States are tolerated: they are errors shown in place, not a reason to refuse the file). Views can draw such a
 * document even when the validator finds errors in it; anything else is not a workflow yet.
 */
import type { StateMachine } from './types';
import type { ParseResult } from './parse';

export function hasStateMachineShape(scope: unknown): scope is StateMachine {
  if (!scope || typeof scope !== 'object' || Array.isArray(scope)) return false;
  const { StartAt, States } = scope as { StartAt?: unknown; States?: unknown };
  if (typeof StartAt !== 'string' || !States || typeof States !== 'object' || Array.isArray(States)) return false;
  return Object.values(States as Record<string, unknown>).every((state) => {
    // A stray entry that is no state at all (`"Comment": "…"` inside States) does not stop the rest
    // from being drawn: the validator reports it where it stands. `null` and an object without a
    // Type are a state being typed, so the canvas keeps the last good document meanwhile.
    if (Array.isArray(state) || (state !== null && typeof state !== 'object')) return true;
    if (!state || typeof (state as { Type?: unknown }).Type !== 'string') return false;
    const { Type, Branches, ItemProcessor, Iterator } = state as Record<string, unknown>;
    if (Type === 'Parallel') return Array.isArray(Branches) && Branches.every(hasStateMachineShape);
    if (Type === 'Map') return ItemProcessor !== undefined ? hasStateMachineShape(ItemProcessor) : Iterator === undefined || hasStateMachineShape(Iterator);
    return true;
  });
}

/**
 * Whether parsed code can replace the canvas's document: syntactically valid and shaped like a
 * state machine. Semantic errors (a missing Next target…) still update the graph; they show as
 * diagnostics instead.
 */
export function isUsableDefinition(parsed: ParseResult): boolean {
  if (!parsed.definition || parsed.diagnostics.some((d) => d.severity === 'error')) return false;
  return hasStateMachineShape(parsed.definition);
}
