import type { Segment } from './ast';

/**
 * Renders a segment the way Step Functions (Jayway JsonPath) prints paths in error messages,
 * e.g. `['name']`, `[0]`, `[*]`, `[1:3]`, `[?]`, `..['name']`.
 */
export function segmentToString(segment: Segment): string {
  switch (segment.kind) {
    case 'property':
      return `[${segment.names.map((n) => `'${n}'`).join(',')}]`;
    case 'index':
      return `[${segment.indexes.join(',')}]`;
    case 'slice':
      return `[${segment.start ?? ''}:${segment.end ?? ''}]`;
    case 'wildcard':
      return '[*]';
    case 'descendant':
      return `..${segmentToString(segment.next)}`;
    case 'filter':
      return '[?]';
    case 'function':
      return `.${segment.name}()`;
  }
}

/** `$` followed by the rendered segments, e.g. `$['a'][0]`. */
export function segmentsToString(segments: readonly Segment[], count = segments.length): string {
  let out = '$';
  for (let i = 0; i < count; i++) {
    const segment = segments[i];
    if (segment) out += segmentToString(segment);
  }
  return out;
}

/** The Java class name Jayway reports for a JSON value ("found 'java.lang.String'"). */
export function javaTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return 'java.lang.String';
  if (typeof value === 'boolean') return 'java.lang.Boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'java.lang.Integer' : 'java.lang.Double';
  if (Array.isArray(value)) return 'java.util.ArrayList';
  return 'java.util.LinkedHashMap';
}
