/**
 * The messages of the syntax checks parseDefinition makes (part of MESSAGES). Kept apart from the
 * validator's wording so the first screen, which parses the document, does not load every rule's
 * message: the validator runs later, in its worker.
 */
export const SYNTAX_MESSAGES = {
  SYNTAX_ERROR: (detail: string) => `Syntax error: ${detail}.`,
  EMPTY_DOCUMENT: () => 'The document is empty; a state machine is a JSON object with StartAt and States.',
  DUPLICATE_KEY: (key: string) => `Duplicate key "${key}": only the last value would be kept.`,
  NOT_AN_OBJECT: () => 'A state machine definition must be a JSON object.',
  NESTED_TOO_DEEP: (limit: number) => `The definition is nested too deeply (limit ${limit} levels).`,
};
