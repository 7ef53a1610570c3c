import { argInteger, argNumber, intrinsicFailure, type IntrinsicSpec } from './common';

/** Half-up rounding (Java Math.round), without JavaScript's negative zero. */
const roundHalfUp = (x: number): number => Math.round(x) + 0;

/**
 * States.MathAdd(a, b): AWS rounds each operand to an integer first (half up: 1.5 → 2, -1.5 → -1),
 * then adds them — recorded: MathAdd(1.5, 1.51) = 4, MathAdd(-1.5, -1.51) = -3.
 */
export const MathAdd: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 2,
  impl: (args) => roundHalfUp(argNumber('States.MathAdd', args, 0)) + roundHalfUp(argNumber('States.MathAdd', args, 1)),
};

const MASK_48 = (1n << 48n) - 1n;
const MULTIPLIER = 0x5deece66dn;

/** java.util.Random(seed).nextInt(bound): the generator the Step Functions service runs on. */
export function javaRandomNextInt(seed: number, bound: number): number {
  let state = (BigInt.asIntN(64, BigInt(seed)) ^ MULTIPLIER) & MASK_48;
  const next31 = (): number => {
    state = (state * MULTIPLIER + 0xbn) & MASK_48;
    return Number(state >> 17n);
  };
  let r = next31();
  const m = bound - 1;
  if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(r)) >> 31n);
  for (let u = r; u - (r = u % bound) + m > 0x7fffffff; u = next31());
  return r;
}

/** States.MathRandom(start, end[, seed]): an integer with start ≤ n < end. */
export const MathRandom: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 3,
  impl: (args, env) => {
    const start = argInteger('States.MathRandom', args, 0);
    const end = argInteger('States.MathRandom', args, 1);
    if (end <= start) throw intrinsicFailure('States.MathRandom', `the end (${end}) must be greater than the start (${start})`);
    if (args.length === 3) return start + javaRandomNextInt(argInteger('States.MathRandom', args, 2), end - start);
    return start + Math.floor((env.random ?? Math.random)() * (end - start));
  },
};
