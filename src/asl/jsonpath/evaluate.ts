import { StatesError } from '../statesError';
import type { ParsedPath, Segment } from './ast';
import { testFilter } from './filter';
import { applyPathFunction } from './functions';
import { parsePath, PathSyntaxError } from './parse';
import { javaTypeName, segmentsToString, segmentToString } from './pathString';

/** Values a path may start from besides the data: `$$` (context object) and `$name` (variables). */
export interface PathScope {
  context?: unknown;
  variables?: Readonly<Record<string, unknown>>;
}

/**
 * A path that matched nothing, or went through a value of the wrong type. Step Functions reports
 * it as `States.Runtime` with the cause `Invalid path '<path>' : <detail>`; payload templates
 * re-word it, which is why the path and the detail are kept apart.
 */
export class PathNotFoundError extends StatesError {
  constructor(
    public readonly path: string,
    public readonly detail: string,
  ) {
    super('States.Runtime', `Invalid path '${path}' : ${detail}`);
  }
}

type JsonObject = Record<string, unknown>;

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hasOwn = (o: JsonObject, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;

/** Parses `path`, turning a syntax error into the `States.Runtime` error AWS raises at run time. */
export function parseOrThrow(path: string): ParsedPath {
  try {
    return parsePath(path);
  } catch (error) {
    if (error instanceof PathSyntaxError) throw new StatesError('States.Runtime', `Invalid path '${path}' : ${error.message}`);
    throw error;
  }
}

function rootValue(parsed: ParsedPath, data: unknown, scope: PathScope | undefined): unknown {
  if (parsed.root.kind === 'data') return data;
  if (parsed.root.kind === 'context') return scope?.context ?? {};
  const variables = scope?.variables;
  const name = parsed.root.name;
  if (!variables || !Object.prototype.hasOwnProperty.call(variables, name) || variables[name] === undefined) {
    throw new PathNotFoundError(parsed.source, `The variable '$${name}' is not defined`);
  }
  return variables[name];
}

/**
 * Evaluates a path the way Step Functions does: a definite path returns its single value and
 * throws {@link PathNotFoundError} (`States.Runtime`) when it matches nothing; an indefinite path
 * (wildcard, filter, slice, `..`, index/name lists) returns the array of matches, possibly empty.
 * `$$…` reads `scope.context`, `$name…` reads `scope.variables`.
 */
export function evaluatePath(data: unknown, path: string, scope?: PathScope): unknown {
  return evaluateParsedPath(parseOrThrow(path), data, scope);
}

/** {@link evaluatePath} for a path parsed already (callers that evaluate one path many times). */
export function evaluateParsedPath(parsed: ParsedPath, data: unknown, scope?: PathScope): unknown {
  const root = rootValue(parsed, data, scope);
  if (parsed.segments.length === 0) return root;
  if (parsed.simple) return selectDefinite(root, parsed.segments, true, parsed);
  return select(root, parsed, true, data, scope);
}

/**
 * All values a path selects, never throwing for a missing node (a definite path gives zero or one
 * value). Syntax errors still throw.
 */
export function queryPath(data: unknown, path: string, scope?: PathScope): unknown[] {
  const parsed = parseOrThrow(path);
  let root: unknown;
  try {
    root = rootValue(parsed, data, scope);
  } catch {
    return [];
  }
  const { segments, last } = splitFunction(parsed.segments);
  const walker = new Walker(segments, false, data, scope, parsed.source);
  walker.walk(root, 0, true);
  if (!last) return walker.out;
  try {
    return [applyPathFunction(last.name, parsed.definite ? walker.out[0] : walker.out, parsed.source)];
  } catch {
    return [];
  }
}

function splitFunction(segments: Segment[]): { segments: Segment[]; last?: Extract<Segment, { kind: 'function' }> } {
  const last = segments[segments.length - 1];
  if (last?.kind === 'function') return { segments: segments.slice(0, -1), last };
  return { segments };
}

/**
 * Applies `parsed`'s segments to `start`. In strict mode a definite path without a match throws;
 * in lenient mode (filters) it returns `undefined`.
 */
export function select(start: unknown, parsed: ParsedPath, strict: boolean, data: unknown, scope: PathScope | undefined): unknown {
  if (parsed.simple) return selectDefinite(start, parsed.segments, strict, parsed);
  const { segments, last } = splitFunction(parsed.segments);
  let value: unknown;
  if (segments.every((s) => (s.kind === 'property' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1))) {
    value = selectDefinite(start, segments, strict, parsed);
    if (value === undefined) return undefined;
  } else {
    const walker = new Walker(segments, strict, data, scope, parsed.source);
    walker.walk(start, 0, true);
    value = walker.out;
  }
  return last ? applyPathFunction(last.name, value, parsed.source) : value;
}

/** Fast path for `$.a.b[0]`-style paths, with Jayway's error semantics. */
function selectDefinite(start: unknown, segments: Segment[], strict: boolean, parsed: ParsedPath): unknown {
  let current = start;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    const leaf = i === segments.length - 1;
    if (segment.kind === 'property') {
      const name = segment.names[0] as string;
      if (!isJsonObject(current)) {
        if (!strict) return undefined;
        throw notAnObject(parsed.source, segment, segments, i, current);
      }
      if (!hasOwn(current, name)) {
        if (!strict) return undefined;
        if (leaf) throw new PathNotFoundError(parsed.source, `No results for path: ${segmentsToString(segments)}`);
        throw new PathNotFoundError(parsed.source, `Missing property in path ${segmentsToString(segments, i + 1)}`);
      }
      current = current[name];
    } else if (segment.kind === 'index') {
      if (!Array.isArray(current)) {
        if (!strict) return undefined;
        throw notAnArray(parsed.source, segment, segments, i, current);
      }
      const index = segment.indexes[0] as number;
      const effective = index < 0 ? current.length + index : index;
      if (effective < 0 || effective >= current.length) {
        if (!strict) return undefined;
        throw new PathNotFoundError(parsed.source, `No results for path: ${segmentsToString(segments)}`);
      }
      current = current[effective];
    }
  }
  return current;
}

function notAnObject(source: string, segment: Segment, segments: Segment[], i: number, model: unknown): PathNotFoundError {
  return new PathNotFoundError(
    source,
    `Expected to find an object with property ${segmentToString(segment)} in path ${segmentsToString(segments, i)} but found '${javaTypeName(model)}'. ` +
      "This is not a json object according to the JsonProvider: 'com.jayway.jsonpath.spi.json.JacksonJsonProvider'.",
  );
}

function notAnArray(source: string, segment: Segment, segments: Segment[], i: number, model: unknown): PathNotFoundError {
  if (model === null || model === undefined) return new PathNotFoundError(source, `The path ${segmentsToString(segments, i)} is null`);
  return new PathNotFoundError(source, `Filter: ${segmentToString(segment)} can only be applied to arrays. Current context is: ${JSON.stringify(model)}`);
}

/** General walker for indefinite paths; collects matches in document order. */
class Walker {
  readonly out: unknown[] = [];
  constructor(
    private readonly segments: Segment[],
    private readonly strict: boolean,
    private readonly data: unknown,
    private readonly scope: PathScope | undefined,
    private readonly source: string,
  ) {}

  walk(model: unknown, i: number, upstreamDefinite: boolean): void {
    const segment = this.segments[i];
    if (!segment) {
      this.out.push(model);
      return;
    }
    this.apply(segment, model, i, upstreamDefinite);
  }

  private apply(segment: Segment, model: unknown, i: number, upstreamDefinite: boolean): void {
    const leaf = i === this.segments.length - 1;
    const strict = this.strict && upstreamDefinite;
    switch (segment.kind) {
      case 'property': {
        if (!isJsonObject(model)) {
          if (strict) throw notAnObject(this.source, segment, this.segments, i, model);
          return;
        }
        if (segment.names.length === 1) {
          const name = segment.names[0] as string;
          if (hasOwn(model, name)) this.walk(model[name], i + 1, upstreamDefinite);
          else if (!leaf && strict) throw new PathNotFoundError(this.source, `Missing property in path ${segmentsToString(this.segments, i + 1)}`);
          return;
        }
        if (leaf) {
          // Jayway merges a multi-property leaf (`$['a','b']`) into one object.
          const merged: JsonObject = {};
          for (const name of segment.names) if (hasOwn(model, name)) Object.defineProperty(merged, name, { value: model[name], enumerable: true, writable: true, configurable: true });
          this.out.push(merged);
          return;
        }
        for (const name of segment.names) if (hasOwn(model, name)) this.walk(model[name], i + 1, false);
        return;
      }
      case 'index': {
        if (!Array.isArray(model)) {
          if (strict) throw notAnArray(this.source, segment, this.segments, i, model);
          return;
        }
        const single = segment.indexes.length === 1;
        for (const index of segment.indexes) {
          const effective = index < 0 ? model.length + index : index;
          if (effective >= 0 && effective < model.length) this.walk(model[effective], i + 1, upstreamDefinite && single);
        }
        return;
      }
      case 'slice': {
        if (!Array.isArray(model)) {
          if (strict) throw notAnArray(this.source, segment, this.segments, i, model);
          return;
        }
        const length = model.length;
        let from = segment.start ?? 0;
        let to = segment.end ?? length;
        if (from < 0) from = Math.max(0, length + from);
        if (to < 0) to = length + to;
        to = Math.min(to, length);
        for (let k = from; k < to; k++) this.walk(model[k], i + 1, false);
        return;
      }
      case 'wildcard': {
        if (Array.isArray(model)) for (const item of model) this.walk(item, i + 1, false);
        else if (isJsonObject(model)) for (const key of Object.keys(model)) if (model[key] !== undefined) this.walk(model[key], i + 1, false);
        return;
      }
      case 'descendant':
        this.scan(model, segment.next, i);
        return;
      case 'filter': {
        if (Array.isArray(model)) {
          for (const item of model) if (testFilter(segment.expr, item, this.data, this.scope)) this.walk(item, i + 1, false);
        } else if (isJsonObject(model) && testFilter(segment.expr, model, this.data, this.scope)) {
          this.walk(model, i + 1, false);
        }
        return;
      }
      case 'function':
        return;
    }
  }

  private scan(model: unknown, next: Segment, i: number): void {
    this.apply(next, model, i, false);
    if (Array.isArray(model)) {
      for (const item of model) if (typeof item === 'object' && item !== null) this.scan(item, next, i);
    } else if (isJsonObject(model)) {
      for (const key of Object.keys(model)) {
        const child = model[key];
        if (typeof child === 'object' && child !== null) this.scan(child, next, i);
      }
    }
  }
}
