/**
 * The Map fields TestState evaluates although it mocks the iterations: the items (ItemsPath /
 * Items, or the ItemReader's data from `mapItemReaderData`), MaxConcurrency and the tolerated
 * failure threshold, checked against `mapIterationFailureCount`.
 */
import type { MapState } from '../asl/types';
import { StatesError } from '../asl/statesError';
import { evaluatePath } from '../asl/jsonpath';
import { applyInputPath } from '../interpreter/dataflow';
import { evaluateTemplate } from '../interpreter/jsonata';

export interface MapScope {
  jsonata: boolean;
  input: unknown;
  context: unknown;
  variables: Record<string, unknown>;
  readerData: unknown;
}

export interface MapFields {
  afterInputPath?: unknown;
  afterItemsPath?: unknown;
  items: unknown[];
  maxConcurrency: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
}

async function numberField(state: MapState, field: string, scope: MapScope, effective: unknown): Promise<number | undefined> {
  const s = state as unknown as Record<string, unknown>;
  const value = s[field];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && scope.jsonata) {
    const states = { input: scope.input, context: scope.context };
    const v = await evaluateTemplate(value, { states, variables: scope.variables, random: Math.random }, field);
    return typeof v === 'number' ? v : undefined;
  }
  const path = s[`${field}Path`];
  if (typeof path === 'string') {
    const v = evaluatePath(effective, path, { context: scope.context, variables: scope.variables });
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** AWS names a `$$` items path by its path inside the context object. */
function referencePath(path: string): string {
  return path.startsWith('$$') ? path.slice(1) : path;
}

/**
 * Evaluates the items and settings of a Map.
 * @param stages receives afterInputPath / afterItemsPath as soon as they are known (for a failure's inspection data)
 * @throws StatesError when the items are not an array
 */
export async function mapFields(state: MapState, scope: MapScope, stages: Partial<MapFields>): Promise<MapFields> {
  let items: unknown;
  let effective = scope.input;
  if (!scope.jsonata) {
    effective = applyInputPath(scope.input, state.InputPath, { context: scope.context, variables: scope.variables });
    stages.afterInputPath = effective;
  }
  if (state.ItemReader !== undefined) items = scope.readerData ?? [];
  else if (scope.jsonata) {
    const states = { input: scope.input, context: scope.context };
    items = state.Items === undefined ? scope.input : await evaluateTemplate(state.Items, { states, variables: scope.variables, random: Math.random }, 'Items');
    if (!Array.isArray(items)) throw new StatesError('States.QueryEvaluationError', "The JSONata expression specified for the field 'Items' must return an array.");
  } else {
    const path = typeof state.ItemsPath === 'string' ? state.ItemsPath : '$';
    items = evaluatePath(effective, path, { context: scope.context, variables: scope.variables });
    if (!Array.isArray(items)) throw new StatesError('States.Runtime', `Reference path "${referencePath(path)}" must point to array.`);
    stages.afterItemsPath = items;
  }
  const out: MapFields = { ...stages, items: items as unknown[], maxConcurrency: (await numberField(state, 'MaxConcurrency', scope, effective)) ?? 0 };
  const count = await numberField(state, 'ToleratedFailureCount', scope, effective);
  const percentage = await numberField(state, 'ToleratedFailurePercentage', scope, effective);
  if (count !== undefined) out.toleratedFailureCount = count;
  if (percentage !== undefined) out.toleratedFailurePercentage = percentage;
  return out;
}

/** True when `failures` failed iterations exceed the Map's tolerated failure threshold (none set: never). */
export function exceedsTolerance(fields: MapFields, failures: number): boolean {
  if (failures <= 0) return false;
  const { toleratedFailureCount: count, toleratedFailurePercentage: pct } = fields;
  if (count === undefined && pct === undefined) return false;
  const overCount = count !== undefined && failures > count;
  const overPct = pct !== undefined && fields.items.length > 0 && (failures * 100) / fields.items.length > pct;
  if (count !== undefined && pct !== undefined) return overCount && overPct;
  return overCount || overPct;
}
