/**
 * Which fields each state type accepts, and which belong to one query language only
 * (ASL spec "Input and Output Processing", JSONata edition; workflow-studio-features.md §2.3–2.4).
 */
import type { StateType } from '../types';

const COMMON = ['Type', 'Comment', 'QueryLanguage'];
const IO = ['InputPath', 'OutputPath', 'Output'];
const TRANSITION = ['Next', 'End'];

export const ALLOWED_FIELDS: Record<StateType, ReadonlySet<string>> = {
  Task: new Set([...COMMON, ...IO, ...TRANSITION, 'Resource', 'Credentials', 'Parameters', 'Arguments', 'ResultSelector',
    'ResultPath', 'Assign', 'TimeoutSeconds', 'TimeoutSecondsPath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Retry', 'Catch']),
  Pass: new Set([...COMMON, ...IO, ...TRANSITION, 'Parameters', 'Result', 'ResultPath', 'Assign']),
  Choice: new Set([...COMMON, ...IO, 'Choices', 'Default', 'Assign']),
  Wait: new Set([...COMMON, ...IO, ...TRANSITION, 'Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath', 'Assign']),
  Succeed: new Set([...COMMON, ...IO]),
  Fail: new Set([...COMMON, 'Error', 'Cause', 'ErrorPath', 'CausePath']),
  Parallel: new Set([...COMMON, ...IO, ...TRANSITION, 'Branches', 'Parameters', 'Arguments', 'ResultSelector', 'ResultPath',
    'Assign', 'Retry', 'Catch']),
  Map: new Set([...COMMON, ...IO, ...TRANSITION, 'ItemProcessor', 'Iterator', 'ItemsPath', 'Items', 'ItemSelector', 'Parameters',
    'ItemReader', 'ItemBatcher', 'ResultWriter', 'ResultSelector', 'ResultPath', 'Assign', 'MaxConcurrency', 'MaxConcurrencyPath',
    'ToleratedFailureCount', 'ToleratedFailureCountPath', 'ToleratedFailurePercentage', 'ToleratedFailurePercentagePath', 'Label',
    'Retry', 'Catch']),
};

/** Fields that exist only in JSONPath states (JSONata replaces them with Arguments / Output / Items). */
export const JSONPATH_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'InputPath', 'OutputPath', 'Parameters', 'ResultSelector', 'ResultPath', 'Result', 'ItemsPath',
  'SecondsPath', 'TimestampPath', 'TimeoutSecondsPath', 'HeartbeatSecondsPath', 'ErrorPath', 'CausePath',
  'MaxConcurrencyPath', 'ToleratedFailureCountPath', 'ToleratedFailurePercentagePath',
]);

/** Fields that exist only in JSONata states. */
export const JSONATA_ONLY_FIELDS: ReadonlySet<string> = new Set(['Arguments', 'Output', 'Items']);

export const REQUIRED_FIELDS: Partial<Record<StateType, readonly string[]>> = {
  Task: ['Resource'],
  Choice: ['Choices'],
  Parallel: ['Branches'],
};

/** Pairs where a literal and its `…Path` variant (or a legacy name) cannot both be given. */
export const EXCLUSIVE_PAIRS: readonly (readonly [string, string])[] = [
  ['Error', 'ErrorPath'],
  ['Cause', 'CausePath'],
  ['TimeoutSeconds', 'TimeoutSecondsPath'],
  ['HeartbeatSeconds', 'HeartbeatSecondsPath'],
  ['MaxConcurrency', 'MaxConcurrencyPath'],
  ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
  ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
  ['ItemSelector', 'Parameters'],
];

/** Choice comparison operators (ASL spec "Choice Rules"); each but StringMatches has a …Path variant. */
export const CHOICE_VALUE_OPERATORS: Readonly<Record<string, 'string' | 'number' | 'boolean' | 'timestamp'>> = {
  StringEquals: 'string', StringLessThan: 'string', StringGreaterThan: 'string', StringLessThanEquals: 'string',
  StringGreaterThanEquals: 'string', StringMatches: 'string',
  NumericEquals: 'number', NumericLessThan: 'number', NumericGreaterThan: 'number', NumericLessThanEquals: 'number',
  NumericGreaterThanEquals: 'number',
  BooleanEquals: 'boolean',
  TimestampEquals: 'timestamp', TimestampLessThan: 'timestamp', TimestampGreaterThan: 'timestamp',
  TimestampLessThanEquals: 'timestamp', TimestampGreaterThanEquals: 'timestamp',
};

export const CHOICE_PATH_OPERATORS: ReadonlySet<string> = new Set(
  Object.keys(CHOICE_VALUE_OPERATORS).filter((op) => op !== 'StringMatches').map((op) => `${op}Path`),
);

export const CHOICE_TYPE_TESTS: ReadonlySet<string> = new Set(['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp']);

export const CHOICE_COMBINATORS: ReadonlySet<string> = new Set(['And', 'Or', 'Not']);

/** Every comparison operator name. */
export function isChoiceOperator(key: string): boolean {
  return key in CHOICE_VALUE_OPERATORS || CHOICE_PATH_OPERATORS.has(key) || CHOICE_TYPE_TESTS.has(key);
}
