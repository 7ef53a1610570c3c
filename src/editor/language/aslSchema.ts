/**
 * The ASL JSON Schema of `amazon-states-language-service` (AWS's own, MIT; both query languages,
 * every state type), adapted for Monaco's JSON service at import time.
 */
import bundled from 'amazon-states-language-service/out/json-schema/bundled.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Nested `$id`s (`mapState/ReaderConfig`, …) are relative URIs: the JSON service would treat them
 * as new base URIs and try to resolve sibling `$ref`s against them, which fails offline. Dropping
 * them keeps every reference local to the one in-memory schema.
 */
export function withoutNestedIds(value: Json, depth = 0): Json {
  if (Array.isArray(value)) return value.map((v) => withoutNestedIds(v, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === '$id' && depth > 0) continue;
    out[key] = withoutNestedIds(child, depth + 1);
  }
  return out;
}

/** URI under which the schema is registered (never fetched: schema requests are disabled). */
export const ASL_SCHEMA_URI = 'inmemory://asl-studio/asl.schema.json';

export const ASL_SCHEMA = withoutNestedIds(bundled as Json) as { [key: string]: Json };
