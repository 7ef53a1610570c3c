import { argString, type IntrinsicSpec } from './common';

/**
 * States.StringSplit(text, delimiters): every character of `delimiters` separates tokens, and
 * empty tokens are dropped (recorded: StringSplit(",,,,", ",") = [], StringSplit("a.b+c", ".+") = [a, b, c]).
 */
export const StringSplit: IntrinsicSpec = {
  minArgs: 2,
  maxArgs: 2,
  impl: (args) => {
    const text = argString('States.StringSplit', args, 0);
    const delimiters = new Set(argString('States.StringSplit', args, 1));
    const tokens: string[] = [];
    let current = '';
    for (const c of text) {
      if (delimiters.has(c)) {
        if (current !== '') tokens.push(current);
        current = '';
      } else {
        current += c;
      }
    }
    if (current !== '') tokens.push(current);
    return tokens;
  },
};
