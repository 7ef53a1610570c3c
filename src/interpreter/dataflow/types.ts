import type { TemplateNode } from './payloadTemplate';

/**
 * What JSONPath data-flow fields can read: `$` is `input`, `$$` the context object, `$name`
 * a variable. `random` feeds States.UUID / States.MathRandom (Math.random when absent).
 * `templates` caches compiled payload templates (one cache per execution: the definition's
 * objects are its keys).
 */
export interface DataFlowContext {
  input: unknown;
  context: unknown;
  variables: Readonly<Record<string, unknown>>;
  random?: () => number;
  templates?: TemplateCache;
}

/** Compiled payload templates by template object. */
export type TemplateCache = WeakMap<object, TemplateNode>;
