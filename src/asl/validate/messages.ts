/**
 * Every diagnostic message of the ASL core, keyed by its stable code, and each code's severity
 * (error unless listed in SEVERITY). Wording follows the Amazon States Language spec
 * (states-language.net) so users can look the terms up.
 */
import { SYNTAX_MESSAGES } from './syntaxMessages';

export const MESSAGES = {
  // Syntax (parseDefinition)
  ...SYNTAX_MESSAGES,
  NOT_JSON_VALUE: (detail: string) => `The definition holds something that is not JSON: ${detail}.`,
  RULE_FAILED: (rule: string, error: string) => `Validation rule "${rule}" could not finish: ${error}`,
  PLACEHOLDER_VALUE: (field: string, name: string) => `"${field}" is the placeholder \${${name}}: its value is checked once DefinitionSubstitutions fill it in at deploy time.`,

  // Structure of the machine and its scopes
  START_AT_MISSING: () => 'StartAt is required and must be a state name.',
  STATES_MISSING: () => 'States is required and must be an object of named states.',
  STATES_EMPTY: () => 'States must hold at least one state.',
  UNKNOWN_TOP_LEVEL_FIELD: (field: string) => `"${field}" is not a field of a state machine.`,
  UNKNOWN_SCOPE_FIELD: (field: string) => `"${field}" is not allowed here (a branch or item processor has StartAt, States, Comment, QueryLanguage).`,
  INVALID_QUERY_LANGUAGE: () => 'QueryLanguage must be "JSONPath" or "JSONata".',
  JSONPATH_STATE_IN_JSONATA_MACHINE: () => 'A state cannot use JSONPath when its state machine uses JSONata.',
  INVALID_MACHINE_TIMEOUT: () => 'TimeoutSeconds must be a positive integer.',
  INVALID_VERSION: () => 'Version must be a string such as "1.0".',
  INVALID_COMMENT: () => 'Comment must be a string.',

  // States
  STATE_NOT_OBJECT: (name: string) => `State "${name}" must be an object.`,
  STATE_TYPE_MISSING: (name: string) => `State "${name}" needs a Type.`,
  STATE_TYPE_INVALID: (type: string) => `"${type}" is not a state type (Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map).`,
  STATE_NAME_TOO_LONG: (name: string) => `State name "${name.slice(0, 20)}…" is longer than 80 characters.`,
  STATE_NAME_EMPTY: () => 'A state name cannot be empty.',
  DUPLICATE_STATE_NAME: (name: string) => `State name "${name}" is used more than once; names must be unique across the whole state machine, branches included.`,
  FIELD_NOT_ALLOWED: (field: string, type: string) => `"${field}" is not a field of a ${type} state.`,
  JSONPATH_FIELD_IN_JSONATA: (field: string) => `"${field}" is a JSONPath field and cannot be used in a JSONata state.`,
  JSONATA_FIELD_IN_JSONPATH: (field: string) => `"${field}" is a JSONata field and cannot be used in a JSONPath state (set QueryLanguage to "JSONata").`,
  REQUIRED_FIELD_MISSING: (field: string, type: string) => `A ${type} state requires "${field}".`,
  INVALID_FIELD_TYPE: (field: string, expected: string) => `"${field}" must be ${expected}.`,
  FIELD_OUT_OF_RANGE: (field: string, range: string) => `"${field}" must be ${range}.`,
  MUTUALLY_EXCLUSIVE_FIELDS: (a: string, b: string) => `Use only one of "${a}" and "${b}".`,

  // Transitions and targets
  TRANSITION_MISSING: (name: string) => `State "${name}" needs either "Next" or "End": true.`,
  NEXT_AND_END: () => 'A state cannot have both "Next" and "End".',
  END_NOT_TRUE: () => '"End" must be true when present (remove it and use "Next" instead).',
  START_AT_TARGET_MISSING: (target: string) => `StartAt names "${target}", which is not a state in this scope.`,
  NEXT_TARGET_MISSING: (target: string) => `Next names "${target}", which is not a state in this scope.`,
  DEFAULT_TARGET_MISSING: (target: string) => `Default names "${target}", which is not a state in this scope.`,
  CHOICE_TARGET_MISSING: (target: string) => `This Choice rule's Next names "${target}", which is not a state in this scope.`,
  CATCH_TARGET_MISSING: (target: string) => `This catcher's Next names "${target}", which is not a state in this scope.`,
  UNREACHABLE_STATE: (name: string) => `State "${name}" can never be reached from StartAt.`,
  NO_TERMINAL_STATE: () => 'No terminal state (End, Succeed or Fail) can be reached from StartAt: the workflow could never finish.',

  // Retry and Catch
  RETRY_NOT_ARRAY: () => 'Retry must be an array of retriers.',
  CATCH_NOT_ARRAY: () => 'Catch must be an array of catchers.',
  RETRIER_FIELD_NOT_ALLOWED: (field: string) => `"${field}" is not a field of a retrier.`,
  CATCHER_FIELD_NOT_ALLOWED: (field: string) => `"${field}" is not a field of a catcher.`,
  ERROR_EQUALS_MISSING: () => 'ErrorEquals is required and must be a non-empty array of error names.',
  ERROR_EQUALS_EMPTY: () => 'ErrorEquals must name at least one error.',
  STATES_ALL_NOT_ALONE: () => '"States.ALL" must appear alone in its ErrorEquals.',
  STATES_ALL_NOT_LAST: (what: string) => `The ${what} matching "States.ALL" must be the last one.`,
  CATCH_NEXT_MISSING: () => 'A catcher needs "Next": the state to go to when it matches.',

  // Timeouts
  HEARTBEAT_NOT_BELOW_TIMEOUT: () => 'HeartbeatSeconds must be smaller than TimeoutSeconds.',

  // Wait
  WAIT_DURATION_COUNT: () => 'A Wait state needs exactly one of Seconds, Timestamp, SecondsPath, TimestampPath.',
  INVALID_TIMESTAMP: () => 'Timestamp must be an RFC 3339 date-time such as "2026-03-14T01:59:00Z".',

  // Choice
  CHOICES_EMPTY: () => 'Choices must be a non-empty array of rules.',
  CHOICE_RULE_NOT_OBJECT: () => 'A Choice rule must be an object.',
  CHOICE_RULE_NEXT_MISSING: () => 'A top-level Choice rule needs "Next".',
  CHOICE_NESTED_NEXT: () => 'Only top-level Choice rules have "Next"; remove it from this nested rule.',
  CHOICE_OPERATOR_COUNT: (count: number) => count === 0
    ? 'A Choice rule needs exactly one comparison operator (or And / Or / Not).'
    : `A Choice rule holds exactly one comparison operator, not ${count}.`,
  CHOICE_VARIABLE_MISSING: () => 'A comparison needs "Variable": the path of the value to compare.',
  CHOICE_VARIABLE_UNEXPECTED: () => '"Variable" belongs with a comparison operator, not with And / Or / Not.',
  CHOICE_OPERATOR_VALUE: (operator: string, expected: string) => `${operator} must be ${expected}.`,
  CHOICE_COMBINATOR_EMPTY: (operator: string) => `${operator} must be a non-empty array of rules.`,
  CHOICE_CONDITION_MISSING: () => 'A JSONata Choice rule needs "Condition" (a {% %} boolean expression) and "Next".',
  CHOICE_RULE_FIELD_NOT_ALLOWED: (field: string) => `"${field}" is not a field of a Choice rule.`,

  // Paths, payload templates, intrinsic functions, JSONata
  INVALID_PATH: (field: string, detail: string) => `"${field}" is not a valid JSONPath: ${detail}`,
  INVALID_REFERENCE_PATH: (field: string, detail: string) => `"${field}" must be a reference path (no filters or wildcards): ${detail}`,
  INVALID_PAYLOAD_PATH: (key: string, detail: string) => `"${key}" (a ".$" key) needs a path, context path, variable or intrinsic function: ${detail}`,
  INVALID_INTRINSIC: (detail: string) => `Invalid intrinsic function: ${detail}`,
  JSONATA_SYNTAX_ERROR: (detail: string) => `JSONata expression does not parse: ${detail}`,
  JSONATA_UNCLOSED_EXPRESSION: (field: string) => `This value in "${field}" opens "{%" but does not end with "%}", so it is a plain string, not a JSONata expression.`,
  INVALID_VARIABLE_NAME: (name: string) => `"${name}" is not a valid variable name (letters, digits, _; not starting with a digit; "states" is reserved).`,

  // Task
  INVALID_RESOURCE: () => 'Resource must be an ARN (arn:…) naming a Lambda function, activity or service integration.',

  // Parallel and Map
  BRANCHES_EMPTY: () => 'Branches must be a non-empty array of { StartAt, States }.',
  BRANCH_NOT_OBJECT: () => 'A branch must be an object with StartAt and States.',
  MAP_PROCESSOR_MISSING: () => 'A Map state needs ItemProcessor (or the legacy Iterator).',
  MAP_PROCESSOR_AND_ITERATOR: () => 'Use ItemProcessor or the legacy Iterator, not both.',
  INVALID_PROCESSOR_CONFIG: (field: string, allowed: string) => `ProcessorConfig.${field} must be one of ${allowed}.`,
  DISTRIBUTED_EXECUTION_TYPE_MISSING: () => 'A DISTRIBUTED Map needs ProcessorConfig.ExecutionType (STANDARD or EXPRESS).',
  DISTRIBUTED_FIELD_IN_INLINE_MAP: (field: string) => `"${field}" only applies to a DISTRIBUTED Map (set ProcessorConfig.Mode to "DISTRIBUTED").`,
  ITEM_READER_INVALID: (detail: string) => `ItemReader: ${detail}`,
  ITEM_BATCHER_INVALID: (detail: string) => `ItemBatcher: ${detail}`,
  RESULT_WRITER_INVALID: (detail: string) => `ResultWriter: ${detail}`,
  INVALID_MAP_LABEL: () => 'Label must be at most 40 characters without whitespace, quotes, brackets, wildcards or control characters.',
} as const;

export type MessageCode = keyof typeof MESSAGES;

/** Codes that are not errors. */
export const SEVERITY: Partial<Record<MessageCode, 'warning' | 'info'>> = {
  UNREACHABLE_STATE: 'warning',
  RULE_FAILED: 'warning',
  PLACEHOLDER_VALUE: 'warning',
  JSONATA_UNCLOSED_EXPRESSION: 'warning',
};
