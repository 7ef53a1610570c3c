import type { IntrinsicSpec } from './common';
import { uuidV4 } from '../../uuid';

export { uuidV4 };

/** States.UUID(): a random version-4 UUID. */
export const UUID: IntrinsicSpec = { minArgs: 0, maxArgs: 0, impl: (_args, env) => uuidV4(env.random) };
