/** Filling placeholders back in: what the definition looks like once deployed (for local runs). */
import type { StateMachine } from '../asl/types';
import { isObject } from './intrinsics';

/**
 * Number fields a template commonly fills from a placeholder (`"Seconds": "${ReminderTimeout}"`):
 * once filled with a numeric value they hold that number, so a local run sees what the field means.
 */
const NUMBER_FIELDS = new Set(['Seconds', 'TimeoutSeconds', 'HeartbeatSeconds', 'MaxConcurrency', 'ToleratedFailureCount',
  'ToleratedFailurePercentage', 'IntervalSeconds', 'MaxAttempts', 'BackoffRate', 'MaxDelaySeconds', 'MaxItems',
  'MaxItemsPerBatch', 'MaxInputBytesPerBatch']);
const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * Replace each `${Name}` whose substitution is a plain string by that string (in every string of
 * the definition). Placeholders bound to intrinsics (`!GetAtt Fn.Arn`) stay as they are.
 */
export function resolvePlaceholders(definition: StateMachine, substitutions: Record<string, unknown>): StateMachine {
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      const whole = /^\$\{([^}!][^}]*)\}$/.exec(value);
      const sub = whole ? substitutions[(whole[1] as string).trim()] : undefined;
      if (key !== undefined && NUMBER_FIELDS.has(key) && (typeof sub === 'number' || (typeof sub === 'string' && NUMERIC.test(sub.trim())))) {
        return Number(sub);
      }
      return value.replace(/\$\{([^}!][^}]*)\}/g, (whole, name: string) => {
        const sub = substitutions[name.trim()];
        return typeof sub === 'string' ? sub : whole;
      });
    }
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(definition) as StateMachine;
}
