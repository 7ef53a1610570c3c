import { deepEqual } from '../../deepEqual';
import { argArray, argInteger, intrinsicFailure, type IntrinsicSpec } from './common';

/** Step Functions' cap on the length of the array States.ArrayRange may build. */
export const ARRAY_RANGE_LIMIT = 1000;

/** States.Array(…values): the values as an array. */
export const ArrayFn: IntrinsicSpec = { minArgs: 0, maxArgs: Infinity, impl: (args) => args.slice() };

/** States.ArrayPartition(array, size): chunks of `size` items (the last may be shorter). */
export const ArrayPartition: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 2,
  impl: (args) => {
    const array = argArray('States.ArrayPartition', args, 0);
    const size = argInteger('States.ArrayPartition', args, 1);
    if (size <= 0) throw intrinsicFailure('States.ArrayPartition', `the chunk size must be a positive integer, got ${size}`);
    const chunks: unknown[][] = [];
    for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
    return chunks;
  },
};

/** States.ArrayContains(array, value): deep equality. */
export const ArrayContains: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 2,
  impl: (args) => argArray('States.ArrayContains', args, 0).some((item) => deepEqual(item, args[1])),
};

/** States.ArrayRange(start, end, step): start…end inclusive, at most 1000 items. */
export const ArrayRange: IntrinsicSpec = {
  minArgs: 3,
  maxArgs: 3,
  impl: (args) => {
    const start = argInteger('States.ArrayRange', args, 0);
    const end = argInteger('States.ArrayRange', args, 1);
    const step = argInteger('States.ArrayRange', args, 2);
    if (step === 0) throw intrinsicFailure('States.ArrayRange', 'the step must not be 0');
    const count = (end - start) / step < 0 ? 0 : Math.floor((end - start) / step) + 1;
    if (count > ARRAY_RANGE_LIMIT) {
      throw intrinsicFailure('States.ArrayRange', `the range would have ${count} items; at most ${ARRAY_RANGE_LIMIT} are allowed`);
    }
    return Array.from({ length: count }, (_, i) => start + i * step);
  },
};

/** States.ArrayGetItem(array, index). */
export const ArrayGetItem: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 2,
  impl: (args) => {
    const array = argArray('States.ArrayGetItem', args, 0);
    const index = argInteger('States.ArrayGetItem', args, 1);
    if (index < 0 || index >= array.length) {
      throw intrinsicFailure('States.ArrayGetItem', `index ${index} is out of bounds for an array of length ${array.length}`);
    }
    return array[index];
  },
};

/** States.ArrayLength(array). */
export const ArrayLength: IntrinsicSpec = { minArgs: 1, maxArgs: 1, impl: (args) => argArray('States.ArrayLength', args, 0).length };

/** States.ArrayUnique(array): first occurrences, deep equality. */
export const ArrayUnique: IntrinsicSpec = {
  minArgs: 1,
  maxArgs: 1,
  impl: (args) => {
    const out: unknown[] = [];
    for (const item of argArray('States.ArrayUnique', args, 0)) if (!out.some((seen) => deepEqual(seen, item))) out.push(item);
    return out;
  },
};
