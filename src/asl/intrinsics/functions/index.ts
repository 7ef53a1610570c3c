import { ArrayContains, ArrayFn, ArrayGetItem, ArrayLength, ArrayPartition, ArrayRange, ArrayUnique } from './array';
import { Base64Decode, Base64Encode } from './base64';
import type { IntrinsicSpec } from './common';
import { Format } from './format';
import { Hash } from './hash';
import { JsonMerge, JsonToString, StringToJson } from './json';
import { MathAdd, MathRandom } from './math';
import { StringSplit } from './string';
import { UUID } from './uuid';

/** The 18 intrinsic functions of JSONPath states, by full name. */
export const INTRINSICS: Readonly<Record<string, IntrinsicSpec>> = {
  'States.Format': Format,
  'States.StringToJson': StringToJson,
  'States.JsonToString': JsonToString,
  'States.Array': ArrayFn,
  'States.ArrayPartition': ArrayPartition,
  'States.ArrayContains': ArrayContains,
  'States.ArrayRange': ArrayRange,
  'States.ArrayGetItem': ArrayGetItem,
  'States.ArrayLength': ArrayLength,
  'States.ArrayUnique': ArrayUnique,
  'States.Base64Encode': Base64Encode,
  'States.Base64Decode': Base64Decode,
  'States.Hash': Hash,
  'States.JsonMerge': JsonMerge,
  'States.MathRandom': MathRandom,
  'States.MathAdd': MathAdd,
  'States.StringSplit': StringSplit,
  'States.UUID': UUID,
};

export type { IntrinsicEnv, IntrinsicSpec } from './common';
