import type { FilterExpr, FilterOperand, FilterOperator, ParsedPath, PathFunctionName, PathRoot, Segment } from './ast';
import { isDefiniteSegment } from './ast';

/** A JSONPath syntax error, with the offset where parsing stopped. */
export class PathSyntaxError extends Error {
  constructor(message: string, public readonly offset: number) {
    super(message);
    this.name = 'PathSyntaxError';
  }
}

const FUNCTIONS: ReadonlySet<string> = new Set<PathFunctionName>(['length', 'size', 'min', 'max', 'sum', 'avg', 'keys', 'first', 'last']);
const WORD_OPERATORS: readonly FilterOperator[] = ['subsetof', 'anyof', 'noneof', 'empty', 'size', 'nin', 'in'];
const SYMBOL_OPERATORS: readonly FilterOperator[] = ['==', '!=', '<=', '>=', '=~', '<', '>'];
// Characters that end a dot-notation property name; inside a filter, operators end it too.
const NAME_STOP = new Set(['.', '[', ']', '(', ')', ' ', '\t', '\n', '\r', "'", '"']);
const FILTER_NAME_STOP = new Set([...NAME_STOP, ',', '=', '!', '<', '>', '&', '|', '~']);
const VARIABLE_CHAR = /[A-Za-z0-9_]/;

const cache = new Map<string, ParsedPath>();
const CACHE_LIMIT = 2000;

/**
 * Parses a JSONPath (`$…`, `$$…` or `$variable…`). Results are cached: callers must not mutate them.
 * @throws PathSyntaxError when the text is not a valid path
 */
export function parsePath(source: string): ParsedPath {
  const cached = cache.get(source);
  if (cached) return cached;
  // Jayway trims the path before compiling it, so AWS accepts '$$.Execution.Name ' (trailing space).
  const parsed = new Parser(source.trim()).parseWholePath();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, parsed);
  return parsed;
}

class Parser {
  pos = 0;
  /** Depth of filter expressions being parsed (names end at operators inside them). */
  filterDepth = 0;
  constructor(private readonly text: string) {}

  parseWholePath(): ParsedPath {
    const path = this.parsePathAt();
    if (this.pos < this.text.length) this.fail(`Unexpected character '${this.text[this.pos]}'`);
    return path;
  }

  /** Parses a path starting at `$` and stopping at the first character that cannot continue it. */
  parsePathAt(): ParsedPath {
    const start = this.pos;
    if (this.text[this.pos] !== '$') this.fail("A path must start with '$'");
    this.pos++;
    let root: PathRoot = { kind: 'data' };
    if (this.text[this.pos] === '$') {
      this.pos++;
      root = { kind: 'context' };
    } else if (this.pos < this.text.length && VARIABLE_CHAR.test(this.text[this.pos] ?? '')) {
      const nameStart = this.pos;
      while (this.pos < this.text.length && VARIABLE_CHAR.test(this.text[this.pos] ?? '')) this.pos++;
      root = { kind: 'variable', name: this.text.slice(nameStart, this.pos) };
    }
    const segments = this.parseSegments();
    const simple = segments.every((s) => (s.kind === 'property' && s.names.length === 1) || (s.kind === 'index' && s.indexes.length === 1));
    return { source: this.text.slice(start, this.pos), root, segments, definite: segments.every(isDefiniteSegment), simple };
  }

  parseSegments(): Segment[] {
    const segments: Segment[] = [];
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === '.') {
        if (this.text[this.pos + 1] === '.') {
          this.pos += 2;
          segments.push({ kind: 'descendant', next: this.parseAfterDescendant() });
        } else if (this.text[this.pos + 1] === '[') {
          // Jayway reads a dot before a bracket as nothing: `$.a.[0]`, `$.[?(@.x)]`, `$.a.['b c']`.
          this.pos++;
          segments.push(this.parseBracket());
        } else {
          this.pos++;
          segments.push(this.parseDotSegment());
        }
      } else if (ch === '[') {
        segments.push(this.parseBracket());
      } else {
        break;
      }
      const last = segments[segments.length - 1];
      if (last?.kind === 'function' && (this.text[this.pos] === '.' || this.text[this.pos] === '[')) {
        this.fail('A function must be the last element of a path');
      }
    }
    return segments;
  }

  parseAfterDescendant(): Segment {
    if (this.text[this.pos] === '[') return this.parseBracket();
    return this.parseDotSegment();
  }

  parseDotSegment(): Segment {
    if (this.text[this.pos] === '*') {
      this.pos++;
      return { kind: 'wildcard' };
    }
    const start = this.pos;
    const stop = this.filterDepth > 0 ? FILTER_NAME_STOP : NAME_STOP;
    while (this.pos < this.text.length && !stop.has(this.text[this.pos] ?? '')) this.pos++;
    const name = this.text.slice(start, this.pos);
    if (name === '') this.fail('Expected a property name');
    if (this.text[this.pos] === '(') {
      if (this.text[this.pos + 1] !== ')') this.fail('Path functions take no arguments');
      if (!FUNCTIONS.has(name)) this.fail(`Unknown path function '${name}()'`);
      this.pos += 2;
      return { kind: 'function', name: name as PathFunctionName };
    }
    return { kind: 'property', names: [name] };
  }

  parseBracket(): Segment {
    this.pos++; // [
    this.skipSpaces();
    const ch = this.text[this.pos];
    let segment: Segment;
    if (ch === '*') {
      this.pos++;
      segment = { kind: 'wildcard' };
    } else if (ch === "'" || ch === '"') {
      const names = [this.parseQuoted()];
      this.skipSpaces();
      while (this.text[this.pos] === ',') {
        this.pos++;
        this.skipSpaces();
        names.push(this.parseQuoted());
        this.skipSpaces();
      }
      segment = { kind: 'property', names };
    } else if (ch === '?') {
      this.pos++;
      this.skipSpaces();
      this.expect('(');
      this.filterDepth++;
      const expr = this.parseOr();
      this.filterDepth--;
      this.skipSpaces();
      this.expect(')');
      segment = { kind: 'filter', expr };
    } else {
      segment = this.parseIndexOrSlice();
    }
    this.skipSpaces();
    this.expect(']');
    return segment;
  }

  parseIndexOrSlice(): Segment {
    const first = this.optionalInteger();
    this.skipSpaces();
    if (this.text[this.pos] === ':') {
      this.pos++;
      this.skipSpaces();
      const end = this.optionalInteger();
      const slice: Segment = { kind: 'slice' };
      if (first !== undefined) slice.start = first;
      if (end !== undefined) slice.end = end;
      return slice;
    }
    if (first === undefined) this.fail('Expected an index, a slice, a quoted name, * or a filter');
    const indexes = [first];
    while (this.text[this.pos] === ',') {
      this.pos++;
      this.skipSpaces();
      const next = this.optionalInteger();
      if (next === undefined) this.fail('Expected an index');
      indexes.push(next);
      this.skipSpaces();
    }
    return { kind: 'index', indexes };
  }

  optionalInteger(): number | undefined {
    const match = /^-?\d+/.exec(this.text.slice(this.pos));
    if (!match) return undefined;
    this.pos += match[0].length;
    return Number(match[0]);
  }

  parseQuoted(): string {
    const quote = this.text[this.pos];
    if (quote !== "'" && quote !== '"') this.fail('Expected a quoted name');
    this.pos++;
    let out = '';
    // A backslash only protects the next character from ending the name; the name keeps the
    // text as written (recorded: AWS reads $['Test\""Name"'] as the key Test\""Name").
    while (this.pos < this.text.length && this.text[this.pos] !== quote) {
      const c = this.text[this.pos] ?? '';
      if (c === '\\' && this.pos + 1 < this.text.length) {
        out += c + this.text[this.pos + 1];
        this.pos += 2;
      } else {
        out += c;
        this.pos++;
      }
    }
    if (this.pos >= this.text.length) this.fail('Unterminated quoted name');
    this.pos++;
    return out;
  }

  // ---- filter expressions: or → and → unary → primary ----

  parseOr(): FilterExpr {
    let left = this.parseAnd();
    for (;;) {
      this.skipSpaces();
      if (!this.text.startsWith('||', this.pos)) return left;
      this.pos += 2;
      left = { kind: 'or', left, right: this.parseAnd() };
    }
  }

  parseAnd(): FilterExpr {
    let left = this.parseUnary();
    for (;;) {
      this.skipSpaces();
      if (!this.text.startsWith('&&', this.pos)) return left;
      this.pos += 2;
      left = { kind: 'and', left, right: this.parseUnary() };
    }
  }

  parseUnary(): FilterExpr {
    this.skipSpaces();
    if (this.text[this.pos] === '!' && this.text[this.pos + 1] !== '=') {
      this.pos++;
      return { kind: 'not', expr: this.parseUnary() };
    }
    if (this.text[this.pos] === '(') {
      this.pos++;
      const inner = this.parseOr();
      this.skipSpaces();
      this.expect(')');
      return inner;
    }
    const left = this.parseOperand();
    this.skipSpaces();
    const op = this.optionalOperator();
    if (!op) return { kind: 'exists', operand: left };
    this.skipSpaces();
    return { kind: 'compare', op, left, right: this.parseOperand() };
  }

  optionalOperator(): FilterOperator | undefined {
    for (const op of SYMBOL_OPERATORS) {
      if (this.text.startsWith(op, this.pos)) {
        this.pos += op.length;
        return op;
      }
    }
    for (const op of WORD_OPERATORS) {
      if (this.text.startsWith(op, this.pos) && !/[A-Za-z0-9_]/.test(this.text[this.pos + op.length] ?? '')) {
        this.pos += op.length;
        return op;
      }
    }
    return undefined;
  }

  parseOperand(): FilterOperand {
    const ch = this.text[this.pos];
    if (ch === '@') {
      this.pos++;
      const segments = this.parseSegments();
      return { kind: 'current', segments, definite: segments.every(isDefiniteSegment) };
    }
    if (ch === '$') return { kind: 'root', path: this.parsePathAt() };
    if (ch === "'" || ch === '"') return { kind: 'literal', value: this.parseQuoted() };
    if (ch === '/') return this.parseRegex();
    if (ch === '[' || ch === '{') return { kind: 'literal', value: this.parseJsonLiteral() };
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return { kind: 'literal', value };
      }
    }
    // Jayway reads any other operand as a number, so an unquoted word (`@.s == abc`) does not
    // compile and Step Functions rejects the path: string literals must be quoted.
    const word = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos));
    if (word) return this.fail(`Unquoted string '${word[0]}' in a filter: quote it ('${word[0]}')`);
    return this.fail('Expected a filter operand');
  }

  parseRegex(): FilterOperand {
    const start = ++this.pos;
    while (this.pos < this.text.length && this.text[this.pos] !== '/') {
      if (this.text[this.pos] === '\\') this.pos++;
      this.pos++;
    }
    if (this.pos >= this.text.length) this.fail('Unterminated regular expression');
    const body = this.text.slice(start, this.pos);
    this.pos++;
    const flagsMatch = /^[imsx]*/.exec(this.text.slice(this.pos));
    const flags = (flagsMatch?.[0] ?? '').replace('x', '');
    this.pos += flagsMatch?.[0].length ?? 0;
    try {
      return { kind: 'regex', regex: new RegExp(`^(?:${body})$`, flags) };
    } catch {
      return this.fail(`Invalid regular expression /${body}/`);
    }
  }

  /** A JSON array/object literal inside a filter (single quotes are accepted as in Jayway). */
  parseJsonLiteral(): unknown {
    const open = this.text[this.pos];
    const close = open === '[' ? ']' : '}';
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
      } else if (c === "'" || c === '"') quote = c;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) break;
    }
    if (this.pos >= this.text.length) this.fail(`Unterminated ${open} literal`);
    this.pos++;
    const raw = this.text.slice(start, this.pos).replace(/'((?:[^'\\]|\\.)*)'/g, (_m, s: string) => JSON.stringify(s.replace(/\\'/g, "'")));
    try {
      return JSON.parse(raw);
    } catch {
      return this.fail(`Invalid JSON literal ${raw}`);
    }
  }

  skipSpaces(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t' || this.text[this.pos] === '\n' || this.text[this.pos] === '\r') this.pos++;
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch) this.fail(`Expected '${ch}'`);
    this.pos++;
  }

  fail(message: string): never {
    throw new PathSyntaxError(`${message} at position ${this.pos} in path '${this.text}'`, this.pos);
  }
}
