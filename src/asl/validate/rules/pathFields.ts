/**
 * JSONPath syntax of the path fields of JSONPath states. ResultPath and the …Path fields that
 * address a single value must be reference paths (no filters or wildcards; ASL spec
 * "Reference Paths"). ErrorPath / CausePath may also be intrinsic functions.
 */
import type { JsonPath, StateInfo, ValidationContext } from '../context';
import { isObj } from '../context';
import { CHOICE_PATH_OPERATORS } from '../fieldTables';
import { intrinsicError, looksIntrinsic, pathError } from '../pathSyntax';

const PATHS = ['InputPath', 'OutputPath'];
const REFERENCE_PATHS = ['ResultPath', 'ItemsPath', 'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath',
  'MaxConcurrencyPath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath'];

function check(ctx: ValidationContext, field: string, value: unknown, path: JsonPath, reference: boolean): void {
  if (typeof value !== 'string') return; // fieldTypes reports wrong types
  const error = pathError(value, reference);
  if (error) ctx.report(reference ? 'INVALID_REFERENCE_PATH' : 'INVALID_PATH', path, field, error);
}

function checkRule(ctx: ValidationContext, rule: unknown, path: JsonPath): void {
  if (!isObj(rule)) return;
  check(ctx, 'Variable', rule.Variable, [...path, 'Variable'], false);
  for (const [key, value] of Object.entries(rule)) {
    if (CHOICE_PATH_OPERATORS.has(key)) check(ctx, key, value, [...path, key], false);
  }
  if (Array.isArray(rule.And)) rule.And.forEach((r, i) => checkRule(ctx, r, [...path, 'And', i]));
  if (Array.isArray(rule.Or)) rule.Or.forEach((r, i) => checkRule(ctx, r, [...path, 'Or', i]));
  if ('Not' in rule) checkRule(ctx, rule.Not, [...path, 'Not']);
}

function checkState(ctx: ValidationContext, s: StateInfo): void {
  const { state } = s;
  for (const field of PATHS) check(ctx, field, state[field], [...s.jsonPath, field], false);
  for (const field of REFERENCE_PATHS) check(ctx, field, state[field], [...s.jsonPath, field], true);
  for (const field of ['ErrorPath', 'CausePath']) {
    const value = state[field];
    if (typeof value !== 'string') continue;
    if (looksIntrinsic(value)) {
      const error = intrinsicError(value);
      if (error) ctx.report('INVALID_INTRINSIC', [...s.jsonPath, field], error);
    } else check(ctx, field, value, [...s.jsonPath, field], false);
  }
  if (Array.isArray(state.Catch)) {
    state.Catch.forEach((c, i) => {
      if (isObj(c)) check(ctx, 'ResultPath', c.ResultPath, [...s.jsonPath, 'Catch', i, 'ResultPath'], true);
    });
  }
  if (state.Type === 'Choice' && Array.isArray(state.Choices)) {
    state.Choices.forEach((r, i) => checkRule(ctx, r, [...s.jsonPath, 'Choices', i]));
  }
  const reader = isObj(state.ItemReader) ? state.ItemReader.ReaderConfig : undefined;
  if (isObj(reader)) check(ctx, 'MaxItemsPath', reader.MaxItemsPath, [...s.jsonPath, 'ItemReader', 'ReaderConfig', 'MaxItemsPath'], true);
  if (isObj(state.ItemBatcher)) {
    for (const field of ['MaxItemsPerBatchPath', 'MaxInputBytesPerBatchPath']) {
      check(ctx, field, state.ItemBatcher[field], [...s.jsonPath, 'ItemBatcher', field], true);
    }
  }
}

export function pathFields(ctx: ValidationContext): void {
  for (const s of ctx.states) if (s.queryLanguage === 'JSONPath') checkState(ctx, s);
}
