/**
 * Syntax tree of a Step Functions JSONPath expression.
 *
 * Step Functions evaluates JSONPath with Jayway-compatible semantics: a path is *definite* when it
 * only uses single property names and single array indexes (its result is one value), otherwise
 * it is *indefinite* (its result is the list of matches).
 */

/** Where a path starts: `$` (the data), `$$` (the context object) or `$name` (a variable). */
export type PathRoot = { kind: 'data' } | { kind: 'context' } | { kind: 'variable'; name: string };

export type Segment =
  | { kind: 'property'; names: string[] }
  | { kind: 'index'; indexes: number[] }
  | { kind: 'slice'; start?: number; end?: number }
  | { kind: 'wildcard' }
  | { kind: 'descendant'; next: Segment }
  | { kind: 'filter'; expr: FilterExpr }
  | { kind: 'function'; name: PathFunctionName };

/** Functions callable at the end of a path, e.g. `$.items.length()`. */
export type PathFunctionName = 'length' | 'size' | 'min' | 'max' | 'sum' | 'avg' | 'keys' | 'first' | 'last';

export interface ParsedPath {
  /** The original text. */
  source: string;
  root: PathRoot;
  segments: Segment[];
  /** True when the path can only ever select one node (no wildcard, filter, slice, `..`, lists). */
  definite: boolean;
  /** True when every segment is a single name or a single index (no function): the fast path. */
  simple: boolean;
}

/** Operand of a filter comparison. */
export type FilterOperand =
  | { kind: 'current'; segments: Segment[]; definite: boolean }
  | { kind: 'root'; path: ParsedPath }
  | { kind: 'literal'; value: unknown }
  | { kind: 'regex'; regex: RegExp };

export type FilterOperator =
  | '==' | '!=' | '<' | '<=' | '>' | '>=' | '=~'
  | 'in' | 'nin' | 'subsetof' | 'anyof' | 'noneof' | 'size' | 'empty';

export type FilterExpr =
  | { kind: 'and'; left: FilterExpr; right: FilterExpr }
  | { kind: 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'exists'; operand: FilterOperand }
  | { kind: 'compare'; op: FilterOperator; left: FilterOperand; right: FilterOperand };

/** True when a segment selects at most one node. */
export function isDefiniteSegment(segment: Segment): boolean {
  if (segment.kind === 'property') return segment.names.length === 1;
  if (segment.kind === 'index') return segment.indexes.length === 1;
  return segment.kind === 'function';
}
