/**
 * Checks a value against the test file's JSON Schema (`sfn-test.schema.json`). The library has
 * no JSON Schema dependency, so this reads the keywords that schema uses (draft-07: type,
 * required, properties, additionalProperties, items, enum, anyOf, $ref to definitions,
 * minimum, minLength, minItems, min/maxProperties); a unit test checks the schema with Ajv too.
 */
import schemaJson from './sfn-test.schema.json';

export interface SchemaProblem {
  /** JSON path of the offending value. */
  path: (string | number)[];
  message: string;
}

interface Schema {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  $ref?: string;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  minProperties?: number;
  maxProperties?: number;
  definitions?: Record<string, Schema>;
}

export const TEST_FILE_SCHEMA = schemaJson as unknown as Record<string, unknown>;
const ROOT = schemaJson as unknown as Schema;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/definitions/', '');
  return ROOT.definitions?.[name] ?? {};
}

function check(value: unknown, raw: Schema, path: (string | number)[], out: SchemaProblem[]): void {
  const schema = resolve(raw);
  if (schema.anyOf) {
    const attempts = schema.anyOf.map((option) => {
      const problems: SchemaProblem[] = [];
      check(value, option, path, problems);
      return problems;
    });
    if (attempts.some((p) => p.length === 0)) return;
    // Report the alternative that got furthest (its first problem is the deepest one).
    const best = attempts.reduce((a, b) => (depth(b) > depth(a) ? b : a));
    out.push(...best);
    return;
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeMatches(value, t))) {
      out.push({ path, message: `must be ${types.map(article).join(' or ')}, not ${article(typeOf(value))}` });
      return;
    }
  }
  if (schema.enum && !schema.enum.includes(value)) out.push({ path, message: `must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` });
  if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) out.push({ path, message: 'must not be empty' });
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) out.push({ path, message: `must be at least ${schema.minimum}` });
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push({ path, message: `needs at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}` });
    if (schema.items) value.forEach((item, i) => check(item, schema.items!, [...path, i], out));
  }
  if (typeOf(value) === 'object') checkObject(value as Record<string, unknown>, schema, path, out);
}

function checkObject(value: Record<string, unknown>, schema: Schema, path: (string | number)[], out: SchemaProblem[]): void {
  const keys = Object.keys(value);
  for (const name of schema.required ?? []) if (!(name in value)) out.push({ path, message: `is missing the required '${name}'` });
  if (schema.minProperties !== undefined && keys.length < schema.minProperties) out.push({ path, message: `needs at least ${schema.minProperties} member` });
  if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) out.push({ path, message: `may have at most ${schema.maxProperties} member (found ${keys.join(', ')})` });
  for (const key of keys) {
    const own = schema.properties?.[key];
    if (own) check(value[key], own, [...path, key], out);
    else if (schema.additionalProperties === false) {
      const known = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
      out.push({ path: [...path, key], message: `'${key}' is not a known field (expected one of: ${known.join(', ')})` });
    } else if (typeof schema.additionalProperties === 'object') check(value[key], schema.additionalProperties, [...path, key], out);
  }
}

function depth(problems: SchemaProblem[]): number {
  return problems.length === 0 ? -1 : Math.max(...problems.map((p) => p.path.length));
}

function article(type: string): string {
  return /^[aeio]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Problems of a test file's content, in document order of discovery. */
export function checkTestFileSchema(value: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  check(value, ROOT, [], out);
  return out;
}
