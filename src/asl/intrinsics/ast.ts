/** Syntax tree of a JSONPath intrinsic function call such as `States.Format('{}', $.x)`. */

export type IntrinsicArg =
  /** A literal; for strings `raw` keeps the escapes (States.Format needs `\{` to stay literal). */
  | { kind: 'literal'; value: unknown; raw?: string }
  | { kind: 'path'; path: string }
  | { kind: 'call'; call: IntrinsicCall };

export interface IntrinsicCall {
  /** Full name, e.g. `States.Format`. */
  name: string;
  args: IntrinsicArg[];
  /** Offset of the call in the expression (for messages). */
  offset: number;
}
