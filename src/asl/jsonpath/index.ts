/**
 * JSONPath as Step Functions evaluates it (Jayway-compatible semantics): parsing, validation,
 * evaluation with AWS's `States.Runtime` messages, and ResultPath placement.
 */
export { evaluatePath, evaluateParsedPath, parseOrThrow, queryPath, isJsonObject, PathNotFoundError, type PathScope } from './evaluate';
export { setAtReferencePath } from './setAtPath';
export { validatePathSyntax, isReferencePath } from './validate';
export { parsePath, PathSyntaxError } from './parse';
export type { ParsedPath, Segment, PathRoot, FilterExpr } from './ast';
