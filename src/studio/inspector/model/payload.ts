/** Checks of payload templates (Parameters, Arguments, ItemSelector, Output…) beyond JSON syntax. */
import type { QueryLanguage } from '../../../asl/types';
import { isObj } from '../../../asl/objects';

export const isJsonataExpression = (v: unknown) => typeof v === 'string' && /^\s*\{%[\s\S]*%\}\s*$/.test(v);

/**
 * `Parameters`/`ItemSelector`/`ResultSelector` must be objects (JSONPath); `Arguments` an object
 * or a single `{% %}` expression (JSONata).
 */
export function validatePayload(value: unknown, language: QueryLanguage): string | undefined {
  if (isObj(value)) return undefined;
  if (language === 'JSONata' && isJsonataExpression(value)) return undefined;
  return language === 'JSONata' ? 'Enter a JSON object or a "{% … %}" expression string.' : 'Enter a JSON object.';
}

/** `Assign` must be an object (variable name → value). */
export function validateAssign(value: unknown): string | undefined {
  return isObj(value) ? undefined : 'Assign is an object of variable names to values.';
}
