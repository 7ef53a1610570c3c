import { StatesError } from '../statesError';
import type { PathFunctionName } from './ast';

const numbersOf = (value: unknown, fn: string, path: string): number[] => {
  if (!Array.isArray(value)) throw fail(path, `Aggregation function ${fn}() attempted to calculate value using a non-array`);
  const numbers = value.filter((v): v is number => typeof v === 'number');
  if (numbers.length === 0) throw fail(path, `Aggregation function ${fn}() attempted to calculate value using empty array`);
  return numbers;
};

function fail(path: string, detail: string): StatesError {
  return new StatesError('States.Runtime', `Invalid path '${path}' : ${detail}`);
}

/**
 * Applies a trailing path function (`.length()`, `.min()`, …) to what the rest of the path
 * selected. `value` is the single value of a definite path or the match list of an indefinite one.
 */
export function applyPathFunction(name: PathFunctionName, value: unknown, path: string): unknown {
  switch (name) {
    case 'length':
    case 'size':
      if (Array.isArray(value) || typeof value === 'string') return value.length;
      if (typeof value === 'object' && value !== null) return Object.keys(value).length;
      throw fail(path, `Function ${name}() can only be applied to an array, a string or an object`);
    case 'min':
      return Math.min(...numbersOf(value, name, path));
    case 'max':
      return Math.max(...numbersOf(value, name, path));
    case 'sum':
      return numbersOf(value, name, path).reduce((a, b) => a + b, 0);
    case 'avg': {
      const numbers = numbersOf(value, name, path);
      return numbers.reduce((a, b) => a + b, 0) / numbers.length;
    }
    case 'keys':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return Object.keys(value);
      throw fail(path, 'Function keys() can only be applied to an object');
    case 'first':
    case 'last':
      if (Array.isArray(value) && value.length > 0) return name === 'first' ? value[0] : value[value.length - 1];
      throw fail(path, `Function ${name}() can only be applied to a non-empty array`);
  }
}
