import type { IntrinsicSpec } from './common';

/** A version-4 UUID built from `random` (so simulated runs can be made reproducible). */
export function uuidV4(random: () => number = Math.random): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** States.UUID(): a random version-4 UUID. */
export const UUID: IntrinsicSpec = { minArgs: 0, maxArgs: 0, impl: (_args, env) => uuidV4(env.random) };
