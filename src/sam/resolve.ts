/** Filling placeholders back in: what the definition looks like once deployed (for local runs). */
import type { StateMachine } from '../asl/types';
import { isObject } from './intrinsics';

/**
 * Replace each `${Name}` whose substitution is a plain string by that string (in every string of
 * the definition). Placeholders bound to intrinsics (`!GetAtt Fn.Arn`) stay as they are.
 */
export function resolvePlaceholders(definition: StateMachine, substitutions: Record<string, unknown>): StateMachine {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(/\$\{([^}!][^}]*)\}/g, (whole, name: string) => {
        const sub = substitutions[name.trim()];
        return typeof sub === 'string' ? sub : whole;
      });
    }
    if (Array.isArray(value)) return value.map(walk);
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(definition) as StateMachine;
}
