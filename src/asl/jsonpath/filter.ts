import { deepEqual } from '../deepEqual';
import type { FilterExpr, FilterOperand, FilterOperator } from './ast';
import type { PathScope } from './evaluate';
import { select } from './evaluate';

const MISSING = Symbol('missing');
type Resolved = unknown | typeof MISSING;

/**
 * Tests a filter expression (`[?(…)]`) against one candidate node. `@` is the candidate, `$` the
 * whole document. Paths that match nothing make comparisons false (and `!=` true), as in Jayway.
 */
export function testFilter(expr: FilterExpr, current: unknown, data: unknown, scope: PathScope | undefined): boolean {
  switch (expr.kind) {
    case 'and':
      return testFilter(expr.left, current, data, scope) && testFilter(expr.right, current, data, scope);
    case 'or':
      return testFilter(expr.left, current, data, scope) || testFilter(expr.right, current, data, scope);
    case 'not':
      return !testFilter(expr.expr, current, data, scope);
    case 'exists': {
      const value = resolve(expr.operand, current, data, scope);
      if (value === MISSING) return false;
      if (expr.operand.kind === 'literal') return value !== false && value !== null;
      return !(expr.operand.kind === 'current' && !expr.operand.definite && Array.isArray(value) && value.length === 0);
    }
    case 'compare': {
      const left = resolve(expr.left, current, data, scope);
      if (expr.op === '=~') return matchesRegex(left, expr.right);
      const right = resolve(expr.right, current, data, scope);
      return compare(expr.op, left, right);
    }
  }
}

function resolve(operand: FilterOperand, current: unknown, data: unknown, scope: PathScope | undefined): Resolved {
  switch (operand.kind) {
    case 'literal':
      return operand.value;
    case 'regex':
      return operand.regex.source;
    case 'current': {
      if (operand.segments.length === 0) return current;
      const parsed = { source: '@', root: { kind: 'data' as const }, segments: operand.segments, definite: operand.definite, simple: false };
      return orMissing(current, parsed, data, scope);
    }
    case 'root': {
      const path = operand.path;
      let start: unknown = data;
      if (path.root.kind === 'context') start = scope?.context;
      else if (path.root.kind === 'variable') start = scope?.variables?.[path.root.name];
      if (start === undefined) return MISSING;
      if (path.segments.length === 0) return start;
      return orMissing(start, path, data, scope);
    }
  }
}

function orMissing(start: unknown, parsed: Parameters<typeof select>[1], data: unknown, scope: PathScope | undefined): Resolved {
  try {
    const value = select(start, parsed, false, data, scope);
    return value === undefined ? MISSING : value;
  } catch {
    return MISSING;
  }
}

function matchesRegex(left: Resolved, right: FilterOperand): boolean {
  if (typeof left !== 'string' || right.kind !== 'regex') return false;
  return right.regex.test(left);
}

/** Numbers compare with numeric strings (Jayway converts between them for equality). */
function looselyEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return looselyEqual(b, a);
  return deepEqual(a, b);
}

function compare(op: FilterOperator, left: Resolved, right: Resolved): boolean {
  if (op === '!=') return left === MISSING || right === MISSING || !looselyEqual(left, right);
  if (left === MISSING || right === MISSING) return false;
  switch (op) {
    case '==':
      return looselyEqual(left, right);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordered(op, left, right);
    case 'in':
      return Array.isArray(right) && right.some((item) => looselyEqual(left, item));
    case 'nin':
      return Array.isArray(right) && !right.some((item) => looselyEqual(left, item));
    case 'subsetof':
      return Array.isArray(left) && Array.isArray(right) && left.every((item) => right.some((r) => deepEqual(item, r)));
    case 'anyof':
      return Array.isArray(left) && Array.isArray(right) && left.some((item) => right.some((r) => deepEqual(item, r)));
    case 'noneof':
      return Array.isArray(left) && Array.isArray(right) && !left.some((item) => right.some((r) => deepEqual(item, r)));
    case 'size':
      return (Array.isArray(left) || typeof left === 'string') && typeof right === 'number' && left.length === right;
    case 'empty':
      return (Array.isArray(left) || typeof left === 'string') && typeof right === 'boolean' && (left.length === 0) === right;
    default:
      return false;
  }
}

function ordered(op: '<' | '<=' | '>' | '>=', left: unknown, right: unknown): boolean {
  let cmp: number;
  if (typeof left === 'number' && typeof right === 'number') cmp = left - right;
  else if (typeof left === 'string' && typeof right === 'string') cmp = left < right ? -1 : left > right ? 1 : 0;
  else return false;
  if (op === '<') return cmp < 0;
  if (op === '<=') return cmp <= 0;
  if (op === '>') return cmp > 0;
  return cmp >= 0;
}
