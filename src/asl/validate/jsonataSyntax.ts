/**
 * The JSONata syntax check needs the `jsonata` parser (~24 KB gzip). The studio loads it just
 * after its first paint and re-validates then; Node entries (library, CLI, tests) load it first.
 * Until it is loaded, `{% … %}` expressions are only checked for their delimiters.
 */
type SyntaxCheck = (expression: string) => void;

let check: SyntaxCheck | undefined;
let loading: Promise<void> | undefined;

export function loadJsonataSyntax(): Promise<void> {
  loading ??= import('jsonata').then((m) => provideJsonataSyntax(m.default));
  return loading;
}

/** Node entries hand over the parser they imported statically (no top-level await, so `require()` works). */
export function provideJsonataSyntax(jsonata: (expression: string) => unknown): void {
  check = (expression) => void jsonata(expression);
  loading ??= Promise.resolve();
}

/** Throws the parser's error for an invalid expression; undefined while the parser is loading. */
export function jsonataSyntaxCheck(): SyntaxCheck | undefined {
  return check;
}
