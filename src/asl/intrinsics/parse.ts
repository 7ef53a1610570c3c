import type { IntrinsicArg, IntrinsicCall } from './ast';

/** A syntax error in an intrinsic function expression. */
export class IntrinsicSyntaxError extends Error {
  constructor(message: string, public readonly offset: number) {
    super(message);
    this.name = 'IntrinsicSyntaxError';
  }
}

const CALL_START = /^\s*States\.[A-Za-z0-9]+\s*\(/;

/** True when `expr` looks like an intrinsic function call (`States.Name(…)`). */
export function isIntrinsic(expr: unknown): boolean {
  return typeof expr === 'string' && CALL_START.test(expr);
}

const cache = new Map<string, IntrinsicCall>();

/**
 * Parses an intrinsic function expression: `States.Name(arg, …)` where an argument is a
 * single-quoted string (escapes `\'`, `\{`, `\}`, `\\`), a number, `true`, `false`, `null`, a path
 * (`$.x`, `$$.x`, `$var`) or a nested call. Results are cached: do not mutate them.
 * @throws IntrinsicSyntaxError
 */
export function parseIntrinsic(expr: string): IntrinsicCall {
  const cached = cache.get(expr);
  if (cached) return cached;
  const parser = new Parser(expr);
  parser.skipSpaces();
  const call = parser.parseCall();
  parser.skipSpaces();
  if (parser.pos < expr.length) parser.fail(`Unexpected text after the function call: '${expr.slice(parser.pos)}'`);
  if (cache.size > 2000) cache.clear();
  cache.set(expr, call);
  return call;
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  parseCall(): IntrinsicCall {
    const offset = this.pos;
    const match = /^States\.[A-Za-z0-9]+/.exec(this.text.slice(this.pos));
    if (!match) this.fail("Expected an intrinsic function name such as 'States.Format'");
    this.pos += match[0].length;
    this.skipSpaces();
    if (this.text[this.pos] !== '(') this.fail(`Expected '(' after ${match[0]}`);
    this.pos++;
    const args: IntrinsicArg[] = [];
    this.skipSpaces();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return { name: match[0], args, offset };
    }
    for (;;) {
      this.skipSpaces();
      args.push(this.parseArg());
      this.skipSpaces();
      const ch = this.text[this.pos];
      if (ch === ',') {
        this.pos++;
        continue;
      }
      if (ch === ')') {
        this.pos++;
        return { name: match[0], args, offset };
      }
      this.fail(ch === undefined ? `Missing ')' to close ${match[0]}` : `Expected ',' or ')' but found '${ch}'`);
    }
  }

  parseArg(): IntrinsicArg {
    const ch = this.text[this.pos];
    if (ch === "'") return this.parseString();
    if (ch === '$') return { kind: 'path', path: this.scanPath() };
    if (this.text.startsWith('States.', this.pos)) return { kind: 'call', call: this.parseCall() };
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'literal', value: Number(number[0]) };
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos) && !/[A-Za-z0-9_]/.test(this.text[this.pos + word.length] ?? '')) {
        this.pos += word.length;
        return { kind: 'literal', value };
      }
    }
    return this.fail(ch === undefined ? 'Expected an argument' : `Unexpected '${ch}' in the argument list`);
  }

  parseString(): IntrinsicArg {
    this.pos++; // opening quote
    const start = this.pos;
    let value = '';
    while (this.pos < this.text.length && this.text[this.pos] !== "'") {
      const c = this.text[this.pos] as string;
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === undefined) break;
        // \' \{ \} \\ are the escapes of the intrinsic grammar; other backslashes stay as written.
        value += next === "'" || next === '{' || next === '}' || next === '\\' ? next : c + next;
        this.pos += 2;
      } else {
        value += c;
        this.pos++;
      }
    }
    if (this.pos >= this.text.length) this.fail('Unterminated string literal');
    const raw = this.text.slice(start, this.pos);
    this.pos++;
    return { kind: 'literal', value, raw };
  }

  /** A path runs to the next `,` or `)` outside brackets, parentheses and quotes. */
  scanPath(): string {
    const start = this.pos;
    let depth = 0;
    let quote: string | undefined;
    for (; this.pos < this.text.length; this.pos++) {
      const c = this.text[this.pos];
      if (quote) {
        if (c === '\\') this.pos++;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || (c === ')' && depth > 0)) depth--;
      else if (depth === 0 && (c === ',' || c === ')')) break;
    }
    return this.text.slice(start, this.pos).trim();
  }

  skipSpaces(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  fail(message: string): never {
    throw new IntrinsicSyntaxError(`${message} (at position ${this.pos} of '${this.text}')`, this.pos);
  }
}
