/**
 * Text → definition. ASL JSON is read with jsonc-parser (so every syntax error has a text range,
 * and comments are tolerated), ASL YAML with `yaml`. Never throws.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { YAML_NOT_LOADED, yamlIfLoaded } from './yamlSupport';
import { indentFlowContinuations } from './flowIndent';
import type { Diagnostic, StateMachine } from './types';
import { SYNTAX_MESSAGES as MESSAGES } from './validate/syntaxMessages';
import { MAX_NESTING_DEPTH } from './jsonValue';

/**
 * Offset of the first bracket that opens level `limit + 1` of JSON(C) text, or undefined when
 * the text stays within `limit` levels. A linear scan that skips strings and comments.
 */
export function jsonNestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22 || d === 0x0a) break;
      }
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > limit) return i;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return undefined;
}

export type DefinitionFormat = 'json' | 'yaml';

export interface ParseResult {
  /** Present when the text holds a JSON/YAML object (even if it is not a valid state machine). */
  definition?: StateMachine;
  /** Syntax diagnostics only; run validateDefinition for the language rules. */
  diagnostics: Diagnostic[];
  format: DefinitionFormat;
}

/** `json` when the first meaningful character (after blanks and JSON comments) opens a JSON value. */
export function detectFormat(text: string): DefinitionFormat {
  const stripped = text.replace(/^(?:\s+|\/\/[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '');
  if (stripped === '') return 'json';
  return stripped.startsWith('{') || stripped.startsWith('[') ? 'json' : 'yaml';
}

/** Parse ASL JSON or YAML text into a definition plus located syntax diagnostics. */
export function parseDefinition(text: string): ParseResult {
  const format = detectFormat(text);
  try {
    return format === 'json' ? parseJson(text) : parseYaml(text);
  } catch (error) {
    // Defensive: neither parser is documented to throw, but a view must never crash on input.
    return { format, diagnostics: [syntaxError(String(error), 0, text.length)] };
  }
}

function syntaxError(message: string, offset: number, length: number, code = 'SYNTAX_ERROR'): Diagnostic {
  return { code, message, severity: 'error', path: [], range: { offset, length } };
}

function parseJson(text: string): ParseResult {
  if (text.trim() === '') {
    return { format: 'json', diagnostics: [syntaxError(MESSAGES.EMPTY_DOCUMENT(), 0, 0, 'EMPTY_DOCUMENT')] };
  }
  const tooDeep = jsonNestingBeyond(text, MAX_NESTING_DEPTH);
  if (tooDeep !== undefined) {
    // The parsers (and everything after them) recurse per level: stop before they do.
    return { format: 'json', diagnostics: [syntaxError(MESSAGES.NESTED_TOO_DEEP(MAX_NESTING_DEPTH), tooDeep, 1, 'NESTED_TOO_DEEP')] };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
  const diagnostics = errors.map((e) => syntaxError(MESSAGES.SYNTAX_ERROR(humanize(printParseErrorCode(e.error))), e.offset, e.length));
  if (root) diagnostics.push(...duplicateKeys(root));
  if (errors.length > 0 || !root) return { format: 'json', diagnostics };
  return withDefinition(nodeValue(root), 'json', diagnostics);
}

function withDefinition(value: unknown, format: DefinitionFormat, diagnostics: Diagnostic[]): ParseResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push({ code: 'NOT_AN_OBJECT', message: MESSAGES.NOT_AN_OBJECT(), severity: 'error', path: [] });
    return { format, diagnostics };
  }
  return { format, diagnostics, definition: value as StateMachine };
}

/**
 * Value of JSON(C) text like JSON.parse (comments allowed, last duplicate key wins, "__proto__"
 * kept as data); undefined when the text has syntax errors.
 */
export function parseJsonValue(text: string): unknown {
  if (jsonNestingBeyond(text, MAX_NESTING_DEPTH) !== undefined) return undefined;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length > 0 || !root ? undefined : nodeValue(root);
}

/** Plain value of a jsonc node (last duplicate key wins, as in JSON.parse). */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        // defineProperty, as JSON.parse does: a "__proto__" key is data, not the prototype.
        if (key && value && typeof key.value === 'string') {
          Object.defineProperty(out, key.value, { value: nodeValue(value), enumerable: true, writable: true, configurable: true });
        }
      }
      return out;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value as unknown;
  }
}

/** Duplicate keys are legal JSON but ASL rejects them (and the first value is silently lost). */
function duplicateKeys(root: Node, path: (string | number)[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (root.type === 'object') {
    const seen = new Set<string>();
    for (const prop of root.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      if (seen.has(key.value)) {
        out.push({
          code: 'DUPLICATE_KEY',
          message: MESSAGES.DUPLICATE_KEY(key.value),
          severity: 'error',
          path: [...path, key.value],
          range: { offset: key.offset, length: key.length },
        });
      }
      seen.add(key.value);
      if (value) out.push(...duplicateKeys(value, [...path, key.value]));
    }
  } else if (root.type === 'array') {
    (root.children ?? []).forEach((child, i) => out.push(...duplicateKeys(child, [...path, i])));
  }
  return out;
}

function parseYaml(text: string): ParseResult {
  const yaml = yamlIfLoaded();
  if (!yaml) return { format: 'yaml', diagnostics: [syntaxError(YAML_NOT_LOADED, 0, 0)] };
  let doc = yaml.parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.some((e) => e.code === 'BAD_INDENT' || e.code === 'UNEXPECTED_TOKEN')) {
    // Read as PyYAML (the SAM CLI) does: indentation inside `{ … }` / `[ … ]` does not matter.
    const relaxed = yaml.parseDocument(indentFlowContinuations(text), { uniqueKeys: true, prettyErrors: false });
    if (relaxed.errors.length === 0) doc = relaxed;
  }
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const [start, end] = e.pos;
    diagnostics.push(syntaxError(MESSAGES.SYNTAX_ERROR(firstLine(e.message)), start, Math.max(0, end - start)));
  }
  for (const w of doc.warnings) {
    const [start, end] = w.pos;
    diagnostics.push({
      code: 'YAML_WARNING',
      message: firstLine(w.message),
      severity: 'warning',
      path: [],
      range: { offset: start, length: Math.max(0, end - start) },
    });
  }
  if (doc.errors.length > 0) return { format: 'yaml', diagnostics };
  return withDefinition(doc.toJS({ maxAliasCount: 100 }) as unknown, 'yaml', diagnostics);
}

/** `CloseBraceExpected` → `close brace expected`. */
function humanize(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
