import { argObject, argString, intrinsicFailure, type IntrinsicSpec } from './common';

/** States.StringToJson(text): parses JSON; a blank string gives null (as AWS does). */
export const StringToJson: IntrinsicSpec = {
  minArgs: 1,
  maxArgs: 1,
  impl: (args) => {
    const text = argString('States.StringToJson', args, 0).trim();
    if (text === '') return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw intrinsicFailure('States.StringToJson', `the string is not valid JSON: ${text.length > 100 ? `${text.slice(0, 97)}...` : text}`);
    }
    return Object.is(value, -0) ? 0 : value;
  },
};

/** States.JsonToString(value): compact JSON text. */
export const JsonToString: IntrinsicSpec = {
  minArgs: 1,
  maxArgs: 1,
  impl: (args) => JSON.stringify(args[0] ?? null),
};

/** States.JsonMerge(a, b, false): shallow merge, keys of `b` win. Deep merge is not supported by AWS. */
export const JsonMerge: IntrinsicSpec = {
  minArgs: 3,
  maxArgs: 3,
  impl: (args) => {
    const left = argObject('States.JsonMerge', args, 0);
    const right = argObject('States.JsonMerge', args, 1);
    const deep = args[2];
    if (typeof deep !== 'boolean') throw intrinsicFailure('States.JsonMerge', 'argument 3 must be a boolean (false: shallow merge)');
    if (deep) throw intrinsicFailure('States.JsonMerge', 'deep merge is not supported; set the third argument to false for a shallow merge');
    return { ...left, ...right };
  },
};
