/**
 * In JSONata states every `{% … %}` string must parse (checked with the reference `jsonata`
 * package); a string that opens `{%` without closing `%}` is flagged as a likely mistake.
 */
import { jsonataSyntaxCheck } from '../jsonataSyntax';
import type { JsonPath, StateInfo, ValidationContext } from '../context';
import { isObj } from '../context';
import { isJsonataExpression, jsonataBody } from '../values';

// Nested scopes are walked as states of their own; Comments are free text.
const SKIP = new Set(['Branches', 'ItemProcessor', 'Iterator', 'Comment']);

function errorText(error: unknown): string {
  if (isObj(error) && typeof error.message === 'string') {
    return typeof error.position === 'number' ? `${error.message} (at character ${error.position})` : error.message;
  }
  return String(error);
}

function checkString(ctx: ValidationContext, value: string, path: JsonPath, field: string): void {
  // Step Functions treats only strings that begin exactly with `{%` as expressions (" {% x %} " is a literal).
  if (!value.startsWith('{%')) return;
  if (!isJsonataExpression(value)) {
    ctx.report('JSONATA_UNCLOSED_EXPRESSION', path, field);
    return;
  }
  const parse = jsonataSyntaxCheck();
  if (!parse) return;
  try {
    parse(jsonataBody(value));
  } catch (error) {
    ctx.report('JSONATA_SYNTAX_ERROR', path, errorText(error));
  }
}

function walk(ctx: ValidationContext, value: unknown, path: JsonPath, field: string): void {
  if (typeof value === 'string') checkString(ctx, value, path, field);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(ctx, v, [...path, i], field));
  else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) if (k !== 'Comment') walk(ctx, v, [...path, k], field);
  }
}

function checkState(ctx: ValidationContext, s: StateInfo): void {
  for (const [key, value] of Object.entries(s.state)) {
    if (!SKIP.has(key)) walk(ctx, value, [...s.jsonPath, key], key);
  }
}

export function jsonataExpressions(ctx: ValidationContext): void {
  for (const s of ctx.states) if (s.queryLanguage === 'JSONata') checkState(ctx, s);
}
