/** Checks of payload templates (Parameters, Arguments, ItemSelector, Output…) beyond JSON syntax. */
import type { QueryLanguage } from '../../../asl/types';

const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const isJsonataExpression = (v: unknown) => typeof v === 'string' && /^\s*\{%[\s\S]*%\}\s*$/.test(v);

/**
 * `Parameters`/`ItemSelector`/`ResultSelector` must be objects (JSONPath); `Arguments` an object
 * or a single `{% %}` expression (JSONata).
 */
export function validatePayload(value: unknown, language: QueryLanguage): string | undefined {
  if (isObject(value)) return undefined;
  if (language === 'JSONata' && isJsonataExpression(value)) return undefined;
  return language === 'JSONata' ? 'Enter a JSON object or a "{% … %}" expression string.' : 'Enter a JSON object.';
}

/** `Assign` must be an object (variable name → value). */
export function validateAssign(value: unknown): string | undefined {
  return isObject(value) ? undefined : 'Assign is an object of variable names to values.';
}
