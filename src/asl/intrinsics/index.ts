/**
 * The JSONPath intrinsic functions (`States.Format`, `States.Hash`, …): parsing, static
 * validation and evaluation with AWS's behaviour.
 */
export { isIntrinsic, parseIntrinsic, IntrinsicSyntaxError } from './parse';
export { validateIntrinsic } from './validate';
export { evaluateIntrinsic, evaluateIntrinsicCall, type IntrinsicContext } from './evaluate';
export { INTRINSICS } from './functions';
export { hashText, HASH_ALGORITHMS, type HashAlgorithm } from './hash';
export { encodeBase64, decodeBase64 } from './functions/base64';
export { uuidV4 } from './functions/uuid';
export { javaRandomNextInt } from './functions/math';
export type { IntrinsicArg, IntrinsicCall } from './ast';
