/**
 * The JSONata syntax check needs the `jsonata` parser (~24 KB gzip). The studio loads it just
 * after its first paint and re-validates then; Node entries (library, CLI, tests) load it first.
 * Until it is loaded, `{% … %}` expressions are only checked for their delimiters.
 */
type SyntaxCheck = (expression: string) => void;

let check: SyntaxCheck | undefined;
let loading: Promise<void> | undefined;

export function loadJsonataSyntax(): Promise<void> {
  loading ??= import('jsonata').then((m) => {
    const jsonata = m.default;
    check = (expression) => void jsonata(expression);
  });
  return loading;
}

/** Throws the parser's error for an invalid expression; undefined while the parser is loading. */
export function jsonataSyntaxCheck(): SyntaxCheck | undefined {
  return check;
}
