// Round constants of the SHA-2 family are derived from the first primes (FIPS 180-4 §4.2, §5.3):
// computing them avoids transcribing hundreds of hex digits by hand.

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
}

/** floor(x^(1/k)) for a non-negative bigint. */
function integerRoot(x: bigint, k: bigint): bigint {
  if (x < 2n) return x;
  let guess = 1n << (BigInt(x.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * guess + x / guess ** (k - 1n)) / k;
    if (next >= guess) break;
    guess = next;
  }
  while (guess ** k > x) guess--;
  while ((guess + 1n) ** k <= x) guess++;
  return guess;
}

/** The first `bits` bits of the fractional part of p^(1/k) for the given primes. */
function fractionalRootBits(primes: number[], k: bigint, bits: bigint): bigint[] {
  return primes.map((p) => integerRoot(BigInt(p) << (bits * k), k) & ((1n << bits) - 1n));
}

const PRIMES = firstPrimes(80);

/** SHA-256 round constants K (cube roots of the first 64 primes, 32 bits). */
export const SHA256_K: readonly number[] = fractionalRootBits(PRIMES.slice(0, 64), 3n, 32n).map(Number);
/** SHA-256 initial hash (square roots of the first 8 primes, 32 bits). */
export const SHA256_H: readonly number[] = fractionalRootBits(PRIMES.slice(0, 8), 2n, 32n).map(Number);
/** SHA-512 round constants K (cube roots of the first 80 primes, 64 bits). */
export const SHA512_K: readonly bigint[] = fractionalRootBits(PRIMES, 3n, 64n);
/** SHA-512 initial hash (square roots of the first 8 primes, 64 bits). */
export const SHA512_H: readonly bigint[] = fractionalRootBits(PRIMES.slice(0, 8), 2n, 64n);
/** SHA-384 initial hash (square roots of the 9th to 16th primes, 64 bits). */
export const SHA384_H: readonly bigint[] = fractionalRootBits(PRIMES.slice(8, 16), 2n, 64n);
