import { HASH_ALGORITHMS, hashText, isHashAlgorithm } from '../hash';
import { argString, checkLength, intrinsicFailure, type IntrinsicSpec } from './common';

/** States.Hash(data, algorithm): hex digest of the UTF-8 bytes; MD5, SHA-1, SHA-256, SHA-384, SHA-512. */
export const Hash: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 2,
  impl: (args) => {
    const data = argString('States.Hash', args, 0);
    checkLength('States.Hash', data);
    const algorithm = args[1];
    if (!isHashAlgorithm(algorithm)) {
      throw intrinsicFailure('States.Hash', `the algorithm must be one of ${HASH_ALGORITHMS.join(', ')}, got ${JSON.stringify(algorithm)}`);
    }
    return hashText(data, algorithm);
  },
};
