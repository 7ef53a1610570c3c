import { StatesError } from '../../statesError';

/** An intrinsic function implementation: evaluated arguments in, JSON value out. */
export type IntrinsicImpl = (args: unknown[], env: IntrinsicEnv) => unknown;

/** Services an intrinsic may need besides its arguments. */
export interface IntrinsicEnv {
  /** Uniform random number in [0, 1); Math.random when absent. */
  random?: () => number;
  /** The first argument's source text with its escapes kept, when it is a string literal. */
  rawFirstArg?: string;
}

/** Describes one intrinsic function: its arity and implementation. */
export interface IntrinsicSpec {
  minArgs: number;
  maxArgs: number;
  impl: IntrinsicImpl;
}

/** The `States.IntrinsicFailure` error for `fn`. */
export function intrinsicFailure(fn: string, message: string): StatesError {
  return new StatesError('States.IntrinsicFailure', `Invalid arguments in ${fn}: ${message}`);
}

/** A short JSON rendering of a value for messages. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

export function argString(fn: string, args: unknown[], i: number): string {
  const value = args[i];
  if (typeof value !== 'string') throw intrinsicFailure(fn, `argument ${i + 1} must be a string, got ${show(value)}`);
  return value;
}

export function argArray(fn: string, args: unknown[], i: number): unknown[] {
  const value = args[i];
  if (!Array.isArray(value)) throw intrinsicFailure(fn, `argument ${i + 1} must be an array, got ${show(value)}`);
  return value;
}

export function argNumber(fn: string, args: unknown[], i: number): number {
  const value = args[i];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw intrinsicFailure(fn, `argument ${i + 1} must be a number, got ${show(value)}`);
  return value;
}

export function argInteger(fn: string, args: unknown[], i: number): number {
  const value = argNumber(fn, args, i);
  if (!Number.isInteger(value)) throw intrinsicFailure(fn, `argument ${i + 1} must be an integer, got ${show(value)}`);
  return value;
}

export function argObject(fn: string, args: unknown[], i: number): Record<string, unknown> {
  const value = args[i];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw intrinsicFailure(fn, `argument ${i + 1} must be a JSON object, got ${show(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Step Functions caps string arguments of the encoding and hashing functions at 10,000 characters. */
export function checkLength(fn: string, text: string, max = 10000): void {
  if (text.length > max) throw intrinsicFailure(fn, `the input string must be at most ${max} characters long (got ${text.length})`);
}
