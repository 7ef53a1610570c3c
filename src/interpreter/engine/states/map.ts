/**
 * Map state, one attempt (ASL spec "Map State"): items from the input (`ItemsPath` / `Items`) or
 * a Distributed Map `ItemReader`, `ItemSelector` per item with `$$.Map.Item`, `ItemBatcher`,
 * `MaxConcurrency`, tolerated failures (distributed), simulated `ResultWriter`, and the
 * MapIteration / MapRun events AWS records.
 */
import type { MapState } from '../../../asl/types';
import { StatesError } from '../../../asl/statesError';
import { evaluatePath } from '../../../asl/jsonpath';
import { applyInputPath, resolvePayloadTemplate } from '../../dataflow';
import { HistoryRecorder } from '../../history';
import { QueryEvaluationError } from '../../jsonata';
import { TICK, type Gen } from '../effects';
import { errorInfo, errorOutput, errorDetails } from '../errors';
import { contextOf, evalJsonata, isJsonataString, pathCtx, type StateRun } from '../fields';
import { ChildGroup } from '../group';
import { ACCOUNT, NO_RETRY_COUNT, REGION, type Frame } from '../runtime';
import { reportStateError, runScope } from '../runState';
import { batchItems, readItems } from './itemSource';
import { finishGroupResult } from './groupResult';
import { pathNumber } from './pathNumber';

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A numeric Map field given as a literal, a JSONata expression or a `…Path`. */
function* numberField(run: StateRun, state: MapState, field: string, kind: 'integer' | 'float', effective: unknown): Gen<number | undefined> {
  const literal = (state as Record<string, unknown>)[field];
  const path = (state as Record<string, unknown>)[`${field}Path`];
  if (typeof path === 'string') {
    const ctx = pathCtx(run, effective);
    const value = evaluatePath(effective, path, ctx);
    const number = pathNumber(value, kind);
    if (number === undefined) throw new StatesError('States.Runtime', `The ${field}Path field refers to value "${show(value)}" which is not a valid ${kind}: ${path}`);
    return number;
  }
  if (literal === undefined) return undefined;
  const value = run.jsonata && isJsonataString(literal) ? yield* evalJsonata(run, literal, field) : literal;
  if (typeof value !== 'number' || (kind === 'integer' && !Number.isInteger(value))) {
    throw new StatesError(run.jsonata ? 'States.QueryEvaluationError' : 'States.Runtime', `The ${field} field must be a valid ${kind}, but was: ${show(value)}`);
  }
  return value;
}

function* itemsOf(run: StateRun, state: MapState, effective: unknown): Gen<unknown[]> {
  let items: unknown;
  if (state.ItemReader) {
    const maxItems = state.ItemReader.ReaderConfig?.MaxItems;
    items = readItems(run, state.ItemReader, typeof maxItems === 'number' ? maxItems : undefined);
  } else if (run.jsonata) {
    items = state.Items === undefined ? run.input : yield* evalJsonata(run, state.Items, 'Items');
  } else if (state.ItemsPath !== undefined) {
    const ctx = pathCtx(run, effective);
    items = evaluatePath(effective, state.ItemsPath, ctx);
  } else items = effective;
  if (!Array.isArray(items)) {
    const message = `Map state input must be an array but was: ${JSON.stringify(items)}`;
    throw run.jsonata ? reportStateError(run, new QueryEvaluationError(message, undefined)) : new StatesError('States.Runtime', message);
  }
  return items;
}

/** The input of one iteration: ItemSelector (or legacy Parameters) applied, else the item. */
function* iterationInput(run: StateRun, state: MapState, child: Frame, effective: unknown): Gen<unknown> {
  if (!run.jsonata) return iterationInputPath(run, state, child, effective);
  const selector = state.ItemSelector;
  if (selector === undefined) return child.mapItem!.Value;
  return yield* evalJsonata(run.inFrame(child), selector, 'ItemSelector');
}

/** {@link iterationInput} for JSONPath (synchronous). */
function iterationInputPath(run: StateRun, state: MapState, child: Frame, effective: unknown): unknown {
  const selector = state.ItemSelector ?? state.Parameters;
  if (selector === undefined) return child.mapItem!.Value;
  const itemRun = run.inFrame(child);
  return resolvePayloadTemplate(selector, { input: effective, context: contextOf(itemRun), variables: run.frame.variables, templates: run.rt.templates });
}

export function* runMapAttempt(run: StateRun, state: MapState): Gen<unknown> {
  const { rt, frame } = run;
  const processor = state.ItemProcessor ?? state.Iterator;
  if (!processor) throw new StatesError('States.Runtime', `Map state '${run.name}' has no ItemProcessor.`);
  const distributed = (processor as { ProcessorConfig?: { Mode?: string } }).ProcessorConfig?.Mode === 'DISTRIBUTED';
  let effective = run.input;
  if (!run.jsonata) {
    effective = applyInputPath(run.input, state.InputPath, pathCtx(run, run.input));
    run.afterInputPath = effective;
  }
  const concurrency = (yield* numberField(run, state, 'MaxConcurrency', 'integer', effective)) ?? 0;
  let items = yield* itemsOf(run, state, effective);
  const startedId = rt.emit(frame, 'MapStateStarted', { length: items.length }, run.path);
  if (rt.tickDue()) yield TICK;
  const toleratedCount = distributed ? yield* numberField(run, state, 'ToleratedFailureCount', 'integer', effective) : undefined;
  const toleratedPct = distributed ? yield* numberField(run, state, 'ToleratedFailurePercentage', 'float', effective) : undefined;
  if (toleratedPct !== undefined && (toleratedPct < 0 || toleratedPct > 100)) {
    throw new StatesError('States.Runtime', 'ToleratedFailurePercentage must be between 0 and 100.');
  }
  if (toleratedCount !== undefined && toleratedCount < 0) throw new StatesError('States.Runtime', 'ToleratedFailureCount must be non-negative.');

  // ItemSelector runs per item; with an ItemBatcher the selected items are then batched.
  const batcher = state.ItemBatcher;
  let selected: unknown[] | undefined;
  const prefix = [...frame.prefix, run.name, 0];
  const queryLanguage = processor.QueryLanguage ?? (run.jsonata ? 'JSONata' : 'JSONPath');
  const childFrame = (index: number, value: unknown, runHistory: HistoryRecorder | undefined): Frame => ({
    scope: processor,
    prefix,
    queryLanguage,
    variables: distributed ? {} : frame.variables,
    last: concurrency === 1 ? frame.last : startedId,
    history: runHistory ?? frame.history,
    mapItem: { Index: index, Value: value },
    iteration: frame.iteration ? [...frame.iteration, index] : [index],
  });
  if (batcher) {
    selected = [];
    for (let i = 0; i < items.length; i++) selected.push(yield* iterationInput(run, state, childFrame(i, items[i], undefined), effective));
    const maxItems = (yield* batcherNumber(run, batcher.MaxItemsPerBatch, batcher.MaxItemsPerBatchPath, 'MaxItemsPerBatch', effective)) ?? undefined;
    const maxBytes = (yield* batcherNumber(run, batcher.MaxInputBytesPerBatch, batcher.MaxInputBytesPerBatchPath, 'MaxInputBytesPerBatch', effective)) ?? undefined;
    let batchInput = batcher.BatchInput;
    if (batchInput !== undefined) batchInput = run.jsonata ? yield* evalJsonata(run, batchInput, 'ItemBatcher/BatchInput') : resolvePayloadTemplate(batchInput, pathCtx(run, effective));
    items = batchItems(selected, batcher, maxItems, maxBytes, batchInput);
    selected = items;
  }

  const mapRunArn = `arn:aws:states:${REGION}:${ACCOUNT}:mapRun:${rt.stateMachineName}/${state.Label ?? run.name}:${rt.uuid()}`;
  if (distributed) rt.emit(frame, 'MapRunStarted', { mapRunArn }, run.path);
  const results: unknown[] = new Array<unknown>(items.length);
  const frames: (Frame | undefined)[] = [];
  let failure: StatesError | undefined;
  let failures = 0;
  let lastIterationEvent: number | undefined;
  const total = items.length;
  const group = new ChildGroup(
    items.length,
    concurrency,
    (i) => {
      const child = childFrame(i, items[i], distributed ? new HistoryRecorder(rt.maxEvents, rt.clock) : undefined);
      frames[i] = child;
      let tick = false;
      if (!distributed) {
        rt.emitIteration(child, 'MapIterationStarted', run.name, i, run.path);
        tick = rt.tickDue();
      }
      // Most iterations go straight to their scope; a tick due after MapIterationStarted, or a
      // JSONata ItemSelector to wait for, needs a coroutine of its own first.
      if (tick || (!selected && run.jsonata)) {
        return (function* iteration(): Gen<unknown> {
          if (tick) yield TICK;
          const input = selected ? selected[i] : yield* iterationInput(run, state, child, effective);
          return yield* runScope(rt, child, input);
        })();
      }
      return runScope(rt, child, selected ? selected[i] : iterationInputPath(run, state, child, effective));
    },
    (i, outcome) => {
      const child = frames[i]!;
      // A finished iteration's frame is not needed any more (10,000 of them add up).
      frames[i] = undefined;
      if (!distributed) {
        const type = outcome.ok ? 'MapIterationSucceeded' : 'MapIterationFailed';
        lastIterationEvent = rt.emitIteration(child, type, run.name, i, run.path, { becomesLast: false });
        frame.last = child.last;
      }
      if (outcome.ok) {
        results[i] = outcome.value;
        return false;
      }
      failures += 1;
      results[i] = errorOutput(errorInfo(outcome.error));
      if (outcome.error.error === 'States.Runtime') {
        failure = outcome.error;
        return true;
      }
      if (!distributed) {
        failure = outcome.error;
        return true;
      }
      // No tolerance given means none: the first failure fails the Map Run.
      const noTolerance = toleratedCount === undefined && toleratedPct === undefined;
      const overCount = toleratedCount !== undefined && failures > toleratedCount;
      const overPct = toleratedPct !== undefined && (failures / total) * 100 > toleratedPct;
      if (noTolerance || overCount || overPct) {
        failure = new StatesError('States.ExceedToleratedFailureThreshold', 'The specified tolerance threshold was exceeded');
        return true;
      }
      return false;
    },
  );
  yield { kind: 'group', group };
  if (distributed) {
    if (failure) {
      rt.emit(frame, 'MapRunFailed', errorDetails(errorInfo(failure)), run.path);
      throw failure;
    }
    lastIterationEvent = rt.emit(frame, 'MapRunSucceeded', undefined, run.path);
  }
  if (failure) throw failure;
  const succeededPrev = lastIterationEvent ?? frame.last;
  rt.emit(frame, 'MapStateSucceeded', undefined, run.path, NO_RETRY_COUNT, { after: succeededPrev, becomesLast: false });
  frame.last = succeededPrev;

  let result: unknown = results;
  if (state.ResultWriter) {
    const args = (run.jsonata ? state.ResultWriter.Arguments : state.ResultWriter.Parameters) as Record<string, unknown> | undefined;
    const bucket = args?.Bucket ?? args?.['Bucket.$'] ?? 'bucket';
    const prefix = args?.Prefix ?? args?.['Prefix.$'] ?? '';
    result = { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: `${String(prefix)}${prefix ? '/' : ''}${mapRunArn.split(':').pop()}/manifest.json` } };
  }
  return yield* finishGroupResult(run, state, result);
}

function* batcherNumber(run: StateRun, literal: unknown, path: string | undefined, field: string, effective: unknown): Gen<number | undefined> {
  if (path !== undefined) {
    const ctx = pathCtx(run, effective);
    const v = evaluatePath(effective, path, ctx);
    const number = pathNumber(v, 'integer');
    if (number === undefined) throw new StatesError('States.Runtime', `The ${field}Path field refers to value "${show(v)}" which is not a valid integer: ${path}`);
    return number;
  }
  if (literal === undefined) return undefined;
  const v = run.jsonata && isJsonataString(literal) ? yield* evalJsonata(run, literal, `ItemBatcher/${field}`) : literal;
  return typeof v === 'number' ? v : undefined;
}
